import { Module } from '@nestjs/common';
import { ReliefModule } from '../relief/relief.module';
import { OrderLotsRepository } from './order-lots.repository';
import { RecallMarks } from './recall-marks';

/** The lots of orders and the marks recalls leave on them, shared by the saga and the recalls. */
@Module({
  imports: [ReliefModule],
  providers: [OrderLotsRepository, RecallMarks],
  exports: [OrderLotsRepository, RecallMarks],
})
export class LotTracingModule {}
