import 'reflect-metadata';
import { runService } from '@hb/platform';
import { ordersService } from './service';

runService(ordersService).catch((error: unknown) => {
  console.error(
    JSON.stringify({ level: 'fatal', service: 'orders', msg: 'failed to start', err: String(error) }),
  );
  process.exit(1);
});
