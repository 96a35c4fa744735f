import 'reflect-metadata';
import { runService } from '@hb/platform';
import { CertificationModule } from './certification.module';

runService({
  name: 'certification',
  title: 'Harvest Bridge certification',
  description:
    'Certification applications, staged review with a poverty-county priority lane, certificates and public verification.',
  module: CertificationModule,
}).catch((error: unknown) => {
  console.error(
    JSON.stringify({ level: 'fatal', service: 'certification', msg: 'failed to start', err: String(error) }),
  );
  process.exit(1);
});
