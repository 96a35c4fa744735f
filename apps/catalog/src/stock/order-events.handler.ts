import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  OrderCancelled,
  OrderCompleted,
  OrderDisputed,
  OrderPlaced,
  type OrderCancelledData,
  type OrderCompletedData,
  type OrderDisputedData,
  type OrderPlacedData,
} from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { StockReservationsService } from './stock-reservations.service';

/**
 * The catalog's steps of the order saga: reserve on placement, release on cancellation, commit once
 * the buyer has taken delivery (accepted, or accepted in part and disputed the rest: the goods left).
 */
@Controller()
export class OrderEventsHandler {
  constructor(private readonly reservations: StockReservationsService) {}

  @EventPattern(OrderPlaced.type)
  async onOrderPlaced(
    @Payload() placed: ConsumedEvent<OrderPlacedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.reservations.reserve(context.transaction, placed.data);
  }

  @EventPattern(OrderCancelled.type)
  async onOrderCancelled(
    @Payload() cancelled: ConsumedEvent<OrderCancelledData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.reservations.release(context.transaction, cancelled.data.orderId);
  }

  @EventPattern(OrderCompleted.type)
  async onOrderCompleted(
    @Payload() completed: ConsumedEvent<OrderCompletedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.reservations.commit(context.transaction, completed.data.orderId);
  }

  @EventPattern(OrderDisputed.type)
  async onOrderDisputed(
    @Payload() disputed: ConsumedEvent<OrderDisputedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.reservations.commit(context.transaction, disputed.data.orderId);
  }
}
