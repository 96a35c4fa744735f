import { Module } from '@nestjs/common';
import { ProductsModule } from '../products/products.module';

/** Product badges and relief eligibility, kept in step with certification events. */
@Module({
  imports: [ProductsModule],
  controllers: [],
  providers: [],
})
export class CertificatesModule {}
