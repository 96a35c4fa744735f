import 'reflect-metadata';
import { runService } from '@hb/platform';
import { OrdersModule } from './orders.module';

runService({
  name: 'orders',
  title: 'Harvest Bridge orders',
  description: 'Bulk orders, the order saga and the consumption-relief ledger.',
  module: OrdersModule,
}).catch((error: unknown) => {
  console.error(
    JSON.stringify({ level: 'fatal', service: 'orders', msg: 'failed to start', err: String(error) }),
  );
  process.exit(1);
});
