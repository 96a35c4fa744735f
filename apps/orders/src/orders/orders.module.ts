import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogViewModule } from '../catalog-view/catalog-view.module';
import { EmergencySalesModule } from '../emergency-sales/emergency-sales.module';
import { LotTracingModule } from '../recalls/lot-tracing.module';
import { ReliefModule } from '../relief/relief.module';
import { AutoAcceptanceService } from './auto-acceptance.service';
import { IdempotencyKeyRepository } from './idempotency-key.repository';
import { OrderLifecycle } from './order-lifecycle';
import { OrderLine } from './order-line.entity';
import { OrderRefund } from './order-refund.entity';
import { OrderSagaService } from './order-saga.service';
import { OrderSettlement } from './order-settlement';
import { OrderShipment } from './order-shipment.entity';
import { Order } from './order.entity';
import { OrderRepository } from './order.repository';
import { ORDERS_CONFIG, ordersConfigFromEnv } from './orders.config';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';
import { ReservationTimeoutService } from './reservation-timeout.service';
import { SagaHandler } from './saga.handler';

/** Bulk orders and the order saga. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Order, OrderLine, OrderShipment, OrderRefund]),
    CatalogViewModule,
    ReliefModule,
    EmergencySalesModule,
    LotTracingModule,
  ],
  controllers: [OrdersController, SagaHandler],
  providers: [
    { provide: ORDERS_CONFIG, useFactory: () => ordersConfigFromEnv() },
    OrderLifecycle,
    OrderRepository,
    IdempotencyKeyRepository,
    OrdersService,
    OrderSagaService,
    OrderSettlement,
    ReservationTimeoutService,
    AutoAcceptanceService,
  ],
  exports: [OrderLifecycle, OrdersService],
})
export class BulkOrdersModule {}
