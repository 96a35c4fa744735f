import { Module } from '@nestjs/common';
import { ApplicationsModule } from './applications/applications.module';
import { CertificationBodiesModule } from './certification-bodies/certification-bodies.module';
import { CertificatesModule } from './certificates/certificates.module';
import { ProducerViewModule } from './producer-view/producer-view.module';
import { SettingsModule } from './settings.module';

/** The certification service's capabilities; the platform (database, messaging, auth, health) is added by bootstrap. */
@Module({
  imports: [
    SettingsModule,
    ProducerViewModule,
    CertificationBodiesModule,
    ApplicationsModule,
    CertificatesModule,
  ],
})
export class CertificationModule {}
