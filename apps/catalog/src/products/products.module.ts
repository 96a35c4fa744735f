import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BrandRepository } from '../brands/brand.repository';
import { ProductEvents } from './product-events';
import { Product } from './product.entity';
import { ProductTags } from './product-tags';
import { ProductRepository } from './product.repository';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';
import { WritesSeenInterceptor } from './writes-seen.interceptor';

/** Products, their tiered prices, status (draft → listed ⇄ delisted) and search. */
@Module({
  imports: [TypeOrmModule.forFeature([Product])],
  controllers: [ProductsController],
  // The brand a product names is checked with the brands' own SQL (stateless, so shared without a module cycle).
  // Every catalog write (not only these routes') waits until this replica's product tags have seen it.
  providers: [
    ProductEvents,
    ProductsService,
    ProductRepository,
    BrandRepository,
    ProductTags,
    { provide: APP_INTERCEPTOR, useClass: WritesSeenInterceptor },
  ],
  exports: [ProductEvents, ProductRepository],
})
export class ProductsModule {}
