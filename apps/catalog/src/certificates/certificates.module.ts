import { Module } from '@nestjs/common';
import { ProductsModule } from '../products/products.module';
import { CertificateEventsHandler } from './certificate-events.handler';
import { ProductBadgesService } from './product-badges.service';

/** Product badges and relief eligibility, kept in step with certification events. */
@Module({
  imports: [ProductsModule],
  controllers: [CertificateEventsHandler],
  providers: [ProductBadgesService],
})
export class CertificatesModule {}
