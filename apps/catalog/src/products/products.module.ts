import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BrandsModule } from '../brands/brands.module';
import { ProductEvents } from './product-events';
import { Product } from './product.entity';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';

/** Products, their tiered prices, status (draft → listed ⇄ delisted) and search. */
@Module({
  imports: [TypeOrmModule.forFeature([Product]), BrandsModule],
  controllers: [ProductsController],
  providers: [ProductEvents, ProductsService],
  exports: [ProductEvents],
})
export class ProductsModule {}
