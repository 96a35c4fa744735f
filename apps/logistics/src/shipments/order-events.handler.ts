import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  OrderCancelled,
  OrderConfirmed,
  OrderRejected,
  type OrderCancelledData,
  type OrderConfirmedData,
  type OrderRejectedData,
} from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { OrderShipmentsService } from './order-shipments.service';

/** Confirmed orders get their shipments; cancelled (or recall-rejected) ones take the shipments not yet picked up with them. */
@Controller()
export class OrderEventsHandler {
  constructor(private readonly shipments: OrderShipmentsService) {}

  @EventPattern(OrderConfirmed.type)
  async onOrderConfirmed(
    @Payload() confirmed: ConsumedEvent<OrderConfirmedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.shipments.createForOrder(context.transaction, confirmed.data);
  }

  @EventPattern(OrderCancelled.type)
  async onOrderCancelled(
    @Payload() cancelled: ConsumedEvent<OrderCancelledData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.shipments.cancelForOrder(context.transaction, cancelled.data);
  }

  /** Only a recalled lot rejects an order after its confirmation, i.e. after its shipments were made. */
  @EventPattern(OrderRejected.type)
  async onOrderRejected(
    @Payload() rejected: ConsumedEvent<OrderRejectedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.shipments.cancelForOrder(context.transaction, rejected.data);
  }
}
