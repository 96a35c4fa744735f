/** Certification schema migrations, oldest first (the shared messaging tables run before them). */
import type { MigrationClass } from '@hb/platform';
import { CertificationSchema1764320000000 } from './1764320000000-certification-schema';
import { CertificationBodies1765000000000 } from './1765000000000-certification-bodies';

export const certificationMigrations: MigrationClass[] = [
  CertificationSchema1764320000000,
  CertificationBodies1765000000000,
];
