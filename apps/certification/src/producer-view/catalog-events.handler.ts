import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  CountyRegistered,
  CountyUpdated,
  ProducerRegistered,
  ProductDelisted,
  ProductListed,
  ProductRegistered,
  ProductUpdated,
  type CountySnapshot,
  type ProducerSnapshot,
  type ProductSnapshot,
} from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { ProducerViewService } from './producer-view.service';

/** Feeds the local read model from catalog's events, so applications are decided without calling catalog. */
@Controller()
export class CatalogEventsHandler {
  constructor(private readonly view: ProducerViewService) {}

  @EventPattern(CountyRegistered.type)
  async onCountyRegistered(
    @Payload() e: ConsumedEvent<CountySnapshot>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.view.upsertCounty(context.transaction, e.data, e.time);
  }

  @EventPattern(CountyUpdated.type)
  async onCountyUpdated(
    @Payload() e: ConsumedEvent<CountySnapshot>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.view.upsertCounty(context.transaction, e.data, e.time);
  }

  @EventPattern(ProducerRegistered.type)
  async onProducerRegistered(
    @Payload() e: ConsumedEvent<ProducerSnapshot>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.view.upsertProducer(context.transaction, e.data, e.time);
  }

  @EventPattern(ProductRegistered.type)
  async onProductRegistered(
    @Payload() e: ConsumedEvent<ProductSnapshot>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.view.upsertProduct(context.transaction, e.data);
  }

  @EventPattern(ProductUpdated.type)
  async onProductUpdated(
    @Payload() e: ConsumedEvent<ProductSnapshot>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.view.upsertProduct(context.transaction, e.data);
  }

  @EventPattern(ProductListed.type)
  async onProductListed(
    @Payload() e: ConsumedEvent<ProductSnapshot>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.view.upsertProduct(context.transaction, e.data);
  }

  @EventPattern(ProductDelisted.type)
  async onProductDelisted(
    @Payload() e: ConsumedEvent<ProductSnapshot>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.view.upsertProduct(context.transaction, e.data);
  }
}
