import 'reflect-metadata';
import { runService } from '@hb/platform';
import { monitoringService } from './service';

runService(monitoringService).catch((error: unknown) => {
  console.error(
    JSON.stringify({ level: 'fatal', service: 'monitoring', msg: 'failed to start', err: String(error) }),
  );
  process.exit(1);
});
