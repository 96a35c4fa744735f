/** Orders schema migrations, oldest first (the shared messaging tables run before them). */
import type { MigrationClass } from '@hb/platform';

export const ordersMigrations: MigrationClass[] = [];
