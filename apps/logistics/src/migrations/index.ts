/** Logistics schema migrations, oldest first (the shared messaging tables run before them). */
import type { MigrationClass } from '@hb/platform';
import { LogisticsSchema1764320000000 } from './1764320000000-logistics-schema';

export const logisticsMigrations: MigrationClass[] = [LogisticsSchema1764320000000];
