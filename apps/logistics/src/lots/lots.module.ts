import { Module } from '@nestjs/common';
import { LotRecallHandler } from './lot-recall.handler';
import { ShipmentLotsRepository } from './shipment-lots.repository';

/** The harvest lots shipments carry (from confirmed orders) and their recalls. */
@Module({
  controllers: [LotRecallHandler],
  providers: [ShipmentLotsRepository],
  exports: [ShipmentLotsRepository],
})
export class LotsModule {}
