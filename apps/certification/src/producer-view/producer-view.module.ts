import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogEventsHandler } from './catalog-events.handler';
import { ProducerViewRepository } from './producer-view.repository';
import { ViewedCounty } from './viewed-county.entity';
import { ViewedProducer } from './viewed-producer.entity';
import { ViewedProduct } from './viewed-product.entity';

/** The local read model of catalog's counties, producers and products. */
@Module({
  imports: [TypeOrmModule.forFeature([ViewedCounty, ViewedProducer, ViewedProduct])],
  controllers: [CatalogEventsHandler],
  providers: [ProducerViewRepository],
  exports: [ProducerViewRepository],
})
export class ProducerViewModule {}
