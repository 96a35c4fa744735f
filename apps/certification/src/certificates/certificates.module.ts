import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProducerViewModule } from '../producer-view/producer-view.module';
import { CertificateActionRecord } from './certificate-action.entity';
import { CertificateExpiryService } from './certificate-expiry.service';
import { CertificateLifecycle } from './certificate-lifecycle';
import { Certificate } from './certificate.entity';
import { CertificateRepository } from './certificate.repository';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';

/** Certificates: issuance, suspension, reinstatement, revocation, expiry on time, public verification. */
@Module({
  imports: [TypeOrmModule.forFeature([Certificate, CertificateActionRecord]), ProducerViewModule],
  controllers: [CertificatesController],
  providers: [CertificateLifecycle, CertificatesService, CertificateExpiryService, CertificateRepository],
  exports: [CertificateLifecycle, CertificateRepository],
})
export class CertificatesModule {}
