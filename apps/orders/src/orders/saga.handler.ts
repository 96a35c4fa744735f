import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  ShipmentCancelled,
  ShipmentCreated,
  ShipmentDelivered,
  ShipmentPickedUp,
  StockReservationRejected,
  StockReserved,
  type ShipmentDeliveredData,
  type ShipmentMovedData,
  type ShipmentRef,
  type StockReservationRejectedData,
  type StockReservedData,
} from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { OrderSagaService } from './order-saga.service';

/** Catalog's stock decisions and logistics' shipments move the orders. */
@Controller()
export class SagaHandler {
  constructor(private readonly saga: OrderSagaService) {}

  @EventPattern(StockReserved.type)
  async onStockReserved(
    @Payload() e: ConsumedEvent<StockReservedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.saga.stockReserved(context.transaction, e.data);
  }

  @EventPattern(StockReservationRejected.type)
  async onStockRejected(
    @Payload() e: ConsumedEvent<StockReservationRejectedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.saga.stockRejected(context.transaction, e.data);
  }

  @EventPattern(ShipmentCreated.type)
  async onShipmentCreated(
    @Payload() e: ConsumedEvent<ShipmentRef>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.saga.shipmentCreated(context.transaction, e.data);
  }

  @EventPattern(ShipmentPickedUp.type)
  async onShipmentPickedUp(
    @Payload() e: ConsumedEvent<ShipmentMovedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.saga.shipmentPickedUp(context.transaction, e.data);
  }

  @EventPattern(ShipmentDelivered.type)
  async onShipmentDelivered(
    @Payload() e: ConsumedEvent<ShipmentDeliveredData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.saga.shipmentDelivered(context.transaction, e.data);
  }

  @EventPattern(ShipmentCancelled.type)
  async onShipmentCancelled(
    @Payload() e: ConsumedEvent<ShipmentRef>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.saga.shipmentCancelled(context.transaction, e.data);
  }
}
