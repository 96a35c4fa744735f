import type { ServiceDescription } from '@hb/platform';
import { ordersMigrations } from './migrations';
import { OrdersModule } from './orders.module';

/** The orders service as main.ts runs it and as the tests start it. */
export const ordersService: ServiceDescription = {
  name: 'orders',
  title: 'Harvest Bridge orders',
  description: 'Bulk orders, the order saga and the consumption-relief ledger.',
  module: OrdersModule,
  migrations: ordersMigrations,
};
