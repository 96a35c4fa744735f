import 'reflect-metadata';
import { runService } from '@hb/platform';
import { logisticsService } from './service';

runService(logisticsService).catch((error: unknown) => {
  console.error(
    JSON.stringify({ level: 'fatal', service: 'logistics', msg: 'failed to start', err: String(error) }),
  );
  process.exit(1);
});
