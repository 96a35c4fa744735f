import { Module } from '@nestjs/common';
import { BulkOrdersModule } from '../orders/orders.module';
import { LotTracingModule } from './lot-tracing.module';
import { RecallEventsHandler } from './recall-events.handler';
import { RecallsController } from './recalls.controller';
import { RecallsService } from './recalls.service';

/** Lot recalls in orders: marks, refusals and reversals, buyer notices, and the buyer's list. */
@Module({
  imports: [BulkOrdersModule, LotTracingModule],
  controllers: [RecallsController, RecallEventsHandler],
  providers: [RecallsService],
})
export class RecallsModule {}
