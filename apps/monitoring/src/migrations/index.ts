/** Monitoring schema migrations, oldest first (the shared messaging tables run before them). */
import type { MigrationClass } from '@hb/platform';
import { MonitoringSchema1764400000000 } from './1764400000000-monitoring-schema';
import { EmergencySales1765220000000 } from './1765220000000-emergency-sales';
import { MarketHistory1765230000000 } from './1765230000000-market-history';
import { MarketWindowIndexes1765240000000 } from './1765240000000-market-window-indexes';

export const monitoringMigrations: MigrationClass[] = [
  MonitoringSchema1764400000000,
  EmergencySales1765220000000,
  MarketHistory1765230000000,
  MarketWindowIndexes1765240000000,
];
