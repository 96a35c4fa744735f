import 'reflect-metadata';
import { runService } from '@hb/platform';
import { certificationService } from './service';

runService(certificationService).catch((error: unknown) => {
  console.error(
    JSON.stringify({ level: 'fatal', service: 'certification', msg: 'failed to start', err: String(error) }),
  );
  process.exit(1);
});
