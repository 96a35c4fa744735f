import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogViewModule } from '../catalog-view/catalog-view.module';
import { ReliefModule } from '../relief/relief.module';
import { OrderLifecycle } from './order-lifecycle';
import { OrderLine } from './order-line.entity';
import { OrderSagaService } from './order-saga.service';
import { OrderShipment } from './order-shipment.entity';
import { Order } from './order.entity';
import { ORDERS_CONFIG, ordersConfigFromEnv } from './orders.config';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';
import { ReservationTimeoutService } from './reservation-timeout.service';
import { SagaHandler } from './saga.handler';

/** Bulk orders and the order saga. */
@Module({
  imports: [TypeOrmModule.forFeature([Order, OrderLine, OrderShipment]), CatalogViewModule, ReliefModule],
  controllers: [OrdersController, SagaHandler],
  providers: [
    { provide: ORDERS_CONFIG, useFactory: () => ordersConfigFromEnv() },
    OrderLifecycle,
    OrdersService,
    OrderSagaService,
    ReservationTimeoutService,
  ],
})
export class BulkOrdersModule {}
