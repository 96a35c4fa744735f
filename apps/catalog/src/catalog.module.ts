import { Module } from '@nestjs/common';
import { ClockModule } from '@hb/platform';
import { BrandsModule } from './brands/brands.module';
import { CertificatesModule } from './certificates/certificates.module';
import { CountiesModule } from './counties/counties.module';
import { EmergencySalesModule } from './emergency-sales/emergency-sales.module';
import { ListingsModule } from './listings/listings.module';
import { LotsModule } from './lots/lots.module';
import { PairingsModule } from './pairings/pairings.module';
import { PlatformsModule } from './platforms/platforms.module';
import { PriceReviewModule } from './price-review/price-review.module';
import { ProducersModule } from './producers/producers.module';
import { ProductsModule } from './products/products.module';
import { StockModule } from './stock/stock.module';

/** The catalog service's capabilities; the platform (database, messaging, auth, health) is added by bootstrap. */
@Module({
  imports: [
    ClockModule,
    CountiesModule,
    ProducersModule,
    ProductsModule,
    StockModule,
    ListingsModule,
    CertificatesModule,
    PairingsModule,
    PriceReviewModule,
    EmergencySalesModule,
    LotsModule,
    BrandsModule,
    PlatformsModule,
  ],
})
export class CatalogModule {}
