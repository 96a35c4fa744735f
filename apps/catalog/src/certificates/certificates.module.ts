import { Module } from '@nestjs/common';
import { ProductsModule } from '../products/products.module';
import { CertificateEventsHandler } from './certificate-events.handler';
import { CertificateStandingRepository } from './certificate-standing.repository';
import { CertificateStandingsService } from './certificate-standings.service';
import { ProductBadgesService } from './product-badges.service';

/** Certificate standings, product badges and relief eligibility, kept in step with certification events. */
@Module({
  imports: [ProductsModule],
  controllers: [CertificateEventsHandler],
  providers: [ProductBadgesService, CertificateStandingRepository, CertificateStandingsService],
})
export class CertificatesModule {}
