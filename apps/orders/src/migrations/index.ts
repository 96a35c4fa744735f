import type { MigrationClass } from '@hb/platform';
import { OrdersSchema1764310000000 } from './1764310000000-orders-schema';

/** Orders schema migrations, oldest first (the shared messaging tables run before them). */
export const ordersMigrations: MigrationClass[] = [OrdersSchema1764310000000];
