import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogCounty } from './catalog-county.entity';
import { CatalogEventsHandler } from './catalog-events.handler';
import { CatalogProduct } from './catalog-product.entity';
import { CatalogViewRepository } from './catalog-view.repository';

/** The local read model of catalog products and counties. */
@Module({
  imports: [TypeOrmModule.forFeature([CatalogProduct, CatalogCounty])],
  controllers: [CatalogEventsHandler],
  providers: [CatalogViewRepository],
  exports: [TypeOrmModule, CatalogViewRepository],
})
export class CatalogViewModule {}
