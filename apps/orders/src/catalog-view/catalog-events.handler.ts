import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  CountyRegistered,
  CountyUpdated,
  ProductDelisted,
  ProductListed,
  ProductRegistered,
  ProductUpdated,
  type CountySnapshot,
  type ProductSnapshot,
} from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { CatalogViewService } from './catalog-view.service';

/** Feeds the local read model from catalog's events, so placing an order never calls catalog. */
@Controller()
export class CatalogEventsHandler {
  constructor(private readonly view: CatalogViewService) {}

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

  @EventPattern(CountyRegistered.type)
  async onCountyRegistered(
    @Payload() e: ConsumedEvent<CountySnapshot>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.view.upsertCounty(context.transaction, e.data);
  }

  @EventPattern(CountyUpdated.type)
  async onCountyUpdated(
    @Payload() e: ConsumedEvent<CountySnapshot>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.view.upsertCounty(context.transaction, e.data);
  }
}
