import type { MigrationClass } from '@hb/platform';
import { CatalogSchema1764300000000 } from './1764300000000-catalog-schema';

/** Catalog schema migrations, oldest first (the shared messaging tables run before them). */
export const catalogMigrations: MigrationClass[] = [CatalogSchema1764300000000];
