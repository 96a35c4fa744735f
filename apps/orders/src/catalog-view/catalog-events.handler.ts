import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  COUNTY_SNAPSHOT_EVENTS,
  PAIRING_EVENTS,
  PRODUCT_SNAPSHOT_EVENTS,
  typesOf,
  type CountySnapshot,
  type PairingSnapshot,
  type ProductSnapshot,
} from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { CatalogViewRepository } from './catalog-view.repository';

/** Feeds the local read model from catalog's events, so placing an order never calls catalog. */
@Controller()
export class CatalogEventsHandler {
  constructor(private readonly view: CatalogViewRepository) {}

  @EventPattern(typesOf(PRODUCT_SNAPSHOT_EVENTS))
  async onProduct(@Payload() e: ConsumedEvent<ProductSnapshot>, @Ctx() context: EventContext): Promise<void> {
    await this.view.upsertProduct(context.transaction, e.data);
  }

  @EventPattern(typesOf(COUNTY_SNAPSHOT_EVENTS))
  async onCounty(@Payload() e: ConsumedEvent<CountySnapshot>, @Ctx() context: EventContext): Promise<void> {
    await this.view.upsertCounty(context.transaction, e.data);
  }

  @EventPattern(typesOf(PAIRING_EVENTS))
  async onPairing(@Payload() e: ConsumedEvent<PairingSnapshot>, @Ctx() context: EventContext): Promise<void> {
    await this.view.upsertPairing(context.transaction, e.data);
  }
}
