import type { ServiceDescription } from '@hb/platform';
import { catalogMigrations } from './migrations';
import { CatalogModule } from './catalog.module';

/** The catalog service as main.ts runs it and as the tests start it. */
export const catalogService: ServiceDescription = {
  name: 'catalog',
  title: 'Harvest Bridge catalog',
  description: 'Counties, producers, products, harvest lots, platform listings and stock reservation.',
  module: CatalogModule,
  migrations: catalogMigrations,
};
