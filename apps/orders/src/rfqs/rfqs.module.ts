import { Module } from '@nestjs/common';
import { BulkOrdersModule } from '../orders/orders.module';
import { RfqRepository } from './rfq.repository';
import { RfqsController } from './rfqs.controller';
import { RfqsService } from './rfqs.service';

/** Requests for quotation: buyers ask, producers of the category quote, an award becomes an order. */
@Module({
  imports: [BulkOrdersModule],
  controllers: [RfqsController],
  providers: [RfqRepository, RfqsService],
})
export class RfqsModule {}
