import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ColdChainModule } from '../cold-chain/cold-chain.module';
import { CustodyEvent } from '../custody/custody-event.entity';
import { LotsModule } from '../lots/lots.module';
import { OrderEventsHandler } from './order-events.handler';
import { OrderShipmentsService } from './order-shipments.service';
import { ProducerEventsHandler } from './producer-events.handler';
import { Shipment } from './shipment.entity';
import { ShipmentRepository } from './shipment.repository';
import { ShipmentsController } from './shipments.controller';
import { ShipmentsService } from './shipments.service';

/** Shipments: made from confirmed orders, cancelled with them, read by their parties. */
@Module({
  imports: [TypeOrmModule.forFeature([Shipment, CustodyEvent]), ColdChainModule, LotsModule],
  controllers: [ShipmentsController, OrderEventsHandler, ProducerEventsHandler],
  providers: [ShipmentsService, OrderShipmentsService, ShipmentRepository],
  exports: [ShipmentsService],
})
export class ShipmentsModule {}
