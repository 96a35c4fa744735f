import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  COUNTY_SNAPSHOT_EVENTS,
  PRODUCT_SNAPSHOT_EVENTS,
  ProducerRegistered,
  typesOf,
  type CountySnapshot,
  type ProducerSnapshot,
  type ProductSnapshot,
} from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { ProducerViewRepository } from './producer-view.repository';

/** Feeds the local read model from catalog's events, so applications are decided without calling catalog. */
@Controller()
export class CatalogEventsHandler {
  constructor(private readonly view: ProducerViewRepository) {}

  @EventPattern(typesOf(COUNTY_SNAPSHOT_EVENTS))
  async onCounty(@Payload() e: ConsumedEvent<CountySnapshot>, @Ctx() context: EventContext): Promise<void> {
    await this.view.upsertCounty(context.transaction, e.data, e.time);
  }

  @EventPattern(ProducerRegistered.type)
  async onProducerRegistered(
    @Payload() e: ConsumedEvent<ProducerSnapshot>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.view.upsertProducer(context.transaction, e.data, e.time);
  }

  @EventPattern(typesOf(PRODUCT_SNAPSHOT_EVENTS))
  async onProduct(@Payload() e: ConsumedEvent<ProductSnapshot>, @Ctx() context: EventContext): Promise<void> {
    await this.view.upsertProduct(context.transaction, e.data);
  }
}
