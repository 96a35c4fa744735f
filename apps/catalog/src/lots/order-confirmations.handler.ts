import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { OrderConfirmed, type OrderConfirmedData } from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { LotTraceService } from './lot-trace.service';

/** Catalog learns which reservations became confirmed orders: a recall leaves those in place. */
@Controller()
export class OrderConfirmationsHandler {
  constructor(private readonly lots: LotTraceService) {}

  @EventPattern(OrderConfirmed.type)
  async onOrderConfirmed(
    @Payload() confirmed: ConsumedEvent<OrderConfirmedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.lots.orderConfirmed(context.transaction, confirmed.data.orderId, new Date(confirmed.time));
  }
}
