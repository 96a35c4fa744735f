import 'reflect-metadata';
import { runService } from '@hb/platform';
import { CatalogModule } from './catalog.module';

runService({
  name: 'catalog',
  title: 'Harvest Bridge catalog',
  description: 'Counties, producers, products, harvest lots, platform listings and stock reservation.',
  module: CatalogModule,
}).catch((error: unknown) => {
  console.error(
    JSON.stringify({ level: 'fatal', service: 'catalog', msg: 'failed to start', err: String(error) }),
  );
  process.exit(1);
});
