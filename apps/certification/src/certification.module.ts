import { Module } from '@nestjs/common';
import { PlatformModule } from '@hb/platform';
import { certificationMigrations } from './migrations';

@Module({
  imports: [PlatformModule.forService({ service: 'certification', migrations: certificationMigrations })],
})
export class CertificationModule {}
