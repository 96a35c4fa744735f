import type { ServiceDescription } from '@hb/platform';
import { CertificationModule } from './certification.module';
import { certificationMigrations } from './migrations';

/** The certification service as main.ts runs it and as the tests start it. */
export const certificationService: ServiceDescription = {
  name: 'certification',
  title: 'Harvest Bridge certification',
  description:
    'Certification applications, staged review with a poverty-county priority lane, certificates and public verification.',
  module: CertificationModule,
  migrations: certificationMigrations,
};
