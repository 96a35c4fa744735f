import type { MigrationClass } from '@hb/platform';
import { OrdersSchema1764310000000 } from './1764310000000-orders-schema';
import { ReliefAudit1764400000000 } from './1764400000000-relief-audit';
import { Pairings1764410000000 } from './1764410000000-pairings';
import { EmergencySalesAndPacing1765190100000 } from './1765190100000-emergency-sales-and-pacing';
import { LotRecalls1765210000000 } from './1765210000000-lot-recalls';
import { StandingOrders1765220000000 } from './1765220000000-standing-orders';
import { Rfqs1765220100000 } from './1765220100000-rfqs';
import { DockingEvents1765230200000 } from './1765230200000-docking-events';
import { ProductGtin1765400000000 } from './1765400000000-product-gtin';

/** Orders schema migrations, oldest first (the shared messaging tables run before them). */
export const ordersMigrations: MigrationClass[] = [
  OrdersSchema1764310000000,
  ReliefAudit1764400000000,
  Pairings1764410000000,
  EmergencySalesAndPacing1765190100000,
  LotRecalls1765210000000,
  StandingOrders1765220000000,
  Rfqs1765220100000,
  DockingEvents1765230200000,
  ProductGtin1765400000000,
];
