import { Module } from '@nestjs/common';
import { StockModule } from '../stock/stock.module';
import { LotTraceController } from './lots.controller';
import { LotTraceRepository } from './lot-trace.repository';
import { LotTraceService } from './lot-trace.service';
import { OrderConfirmationsHandler } from './order-confirmations.handler';

/** Traceability of harvest lots: the orders a lot reached, and its recall. */
@Module({
  imports: [StockModule],
  controllers: [LotTraceController, OrderConfirmationsHandler],
  providers: [LotTraceService, LotTraceRepository],
})
export class LotsModule {}
