/** Logistics schema migrations, oldest first (the shared messaging tables run before them). */
import type { MigrationClass } from '@hb/platform';
import { LogisticsSchema1764320000000 } from './1764320000000-logistics-schema';
import { ProducerCounties1764400000000 } from './1764400000000-producer-counties';
import { LotRecalls1765210000000 } from './1765210000000-lot-recalls';
import { LotGtin1765400000000 } from './1765400000000-lot-gtin';

export const logisticsMigrations: MigrationClass[] = [
  LogisticsSchema1764320000000,
  ProducerCounties1764400000000,
  LotRecalls1765210000000,
  LotGtin1765400000000,
];
