import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { PriceCleared, PriceFlagged, type PriceFlaggedData } from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { PriceReviewService } from './price-review.service';

/** Follows monitoring's price findings (monitoring.price.v1). */
@Controller()
export class PriceEventsHandler {
  constructor(private readonly reviews: PriceReviewService) {}

  @EventPattern(PriceFlagged.type)
  async onFlagged(
    @Payload() e: ConsumedEvent<PriceFlaggedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.reviews.flagged(context.transaction, e.data.productId);
  }

  @EventPattern(PriceCleared.type)
  async onCleared(
    @Payload() e: ConsumedEvent<PriceFlaggedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.reviews.cleared(context.transaction, e.data.productId);
  }
}
