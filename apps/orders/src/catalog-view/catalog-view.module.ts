import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogCounty } from './catalog-county.entity';
import { CatalogEventsHandler } from './catalog-events.handler';
import { CatalogProduct } from './catalog-product.entity';
import { CatalogViewService } from './catalog-view.service';

/** The local read model of catalog products and counties. */
@Module({
  imports: [TypeOrmModule.forFeature([CatalogProduct, CatalogCounty])],
  controllers: [CatalogEventsHandler],
  providers: [CatalogViewService],
  exports: [TypeOrmModule],
})
export class CatalogViewModule {}
