/** Monitoring schema migrations, oldest first (the shared messaging tables run before them). */
import type { MigrationClass } from '@hb/platform';
import { MonitoringSchema1764400000000 } from './1764400000000-monitoring-schema';

export const monitoringMigrations: MigrationClass[] = [MonitoringSchema1764400000000];
