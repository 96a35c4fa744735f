import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogEventsHandler } from './catalog-events.handler';
import { ProducerViewService } from './producer-view.service';
import { ViewedCounty } from './viewed-county.entity';
import { ViewedProducer } from './viewed-producer.entity';
import { ViewedProduct } from './viewed-product.entity';

/** The local read model of catalog's counties, producers and products. */
@Module({
  imports: [TypeOrmModule.forFeature([ViewedCounty, ViewedProducer, ViewedProduct])],
  controllers: [CatalogEventsHandler],
  providers: [ProducerViewService],
  exports: [ProducerViewService],
})
export class ProducerViewModule {}
