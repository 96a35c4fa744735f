import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificationBodiesController } from './certification-bodies.controller';
import { CertificationBodiesService } from './certification-bodies.service';
import { CertificationBody } from './certification-body.entity';
import { CertificationBodyRepository } from './certification-body.repository';

/** The register of certification bodies: who may review which applications and act on which certificates. */
@Module({
  imports: [TypeOrmModule.forFeature([CertificationBody])],
  controllers: [CertificationBodiesController],
  providers: [CertificationBodiesService, CertificationBodyRepository],
  exports: [CertificationBodiesService],
})
export class CertificationBodiesModule {}
