import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { LotRecalled, StockReleased, type LotRecalledData, type StockSettledData } from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { RecallsService } from './recalls.service';

/** Catalog's recalls reach the orders: the lot's announcement, and each reservation it took back. */
@Controller()
export class RecallEventsHandler {
  constructor(private readonly recalls: RecallsService) {}

  @EventPattern(LotRecalled.type)
  async onLotRecalled(
    @Payload() e: ConsumedEvent<LotRecalledData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.recalls.lotRecalled(context.transaction, e.data);
  }

  @EventPattern(StockReleased.type)
  async onStockReleased(
    @Payload() e: ConsumedEvent<StockSettledData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.recalls.reservationLostToRecall(context.transaction, e.data);
  }
}
