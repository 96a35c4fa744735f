import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BrandRepository } from '../brands/brand.repository';
import { ProductEvents } from './product-events';
import { Product } from './product.entity';
import { ProductTags } from './product-tags';
import { ProductRepository } from './product.repository';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';

/** Products, their tiered prices, status (draft → listed ⇄ delisted) and search. */
@Module({
  imports: [TypeOrmModule.forFeature([Product])],
  controllers: [ProductsController],
  // The brand a product names is checked with the brands' own SQL (stateless, so shared without a module cycle).
  // ProductTags registers as a revalidator: every catalog write (not only these routes') is answered
  // once this replica's product tags have seen it (the platform's answerWritesOnceSeen).
  providers: [ProductEvents, ProductsService, ProductRepository, BrandRepository, ProductTags],
  exports: [ProductEvents, ProductRepository],
})
export class ProductsModule {}
