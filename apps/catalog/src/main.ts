import 'reflect-metadata';
import { runService } from '@hb/platform';
import { catalogService } from './service';

runService(catalogService).catch((error: unknown) => {
  console.error(
    JSON.stringify({ level: 'fatal', service: 'catalog', msg: 'failed to start', err: String(error) }),
  );
  process.exit(1);
});
