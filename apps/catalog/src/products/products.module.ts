import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BrandRepository } from '../brands/brand.repository';
import { ProductEvents } from './product-events';
import { Product } from './product.entity';
import { ProductRepository } from './product.repository';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';

/** Products, their tiered prices, status (draft → listed ⇄ delisted) and search. */
@Module({
  imports: [TypeOrmModule.forFeature([Product])],
  controllers: [ProductsController],
  // The brand a product names is checked with the brands' own SQL (stateless, so shared without a module cycle).
  providers: [ProductEvents, ProductsService, ProductRepository, BrandRepository],
  exports: [ProductEvents, ProductRepository],
})
export class ProductsModule {}
