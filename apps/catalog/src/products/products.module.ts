import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProductEvents } from './product-events';
import { Product } from './product.entity';

/** Products, their tiered prices, status (draft → listed ⇄ delisted) and search. */
@Module({
  imports: [TypeOrmModule.forFeature([Product])],
  controllers: [],
  providers: [ProductEvents],
  exports: [ProductEvents],
})
export class ProductsModule {}
