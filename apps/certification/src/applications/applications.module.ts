import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificationBodiesModule } from '../certification-bodies/certification-bodies.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { ProducerViewModule } from '../producer-view/producer-view.module';
import { ApplicationStep } from './application-step.entity';
import { Application } from './application.entity';
import { ApplicationRepository } from './application.repository';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';

/** Applications: submission with fee and lane, the staged review, withdrawal, the work queue. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Application, ApplicationStep]),
    ProducerViewModule,
    CertificatesModule,
    CertificationBodiesModule,
  ],
  controllers: [ApplicationsController],
  providers: [ApplicationsService, ApplicationRepository],
})
export class ApplicationsModule {}
