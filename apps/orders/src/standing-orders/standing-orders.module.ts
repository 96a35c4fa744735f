import { Module } from '@nestjs/common';
import { BulkOrdersModule } from '../orders/orders.module';
import { StandingOrderRepository } from './standing-order.repository';
import { StandingOrderSweep } from './standing-order-sweep.service';
import { STANDING_ORDERS_CONFIG, standingOrdersConfigFromEnv } from './standing-orders.config';
import { StandingOrdersController } from './standing-orders.controller';
import { StandingOrdersService } from './standing-orders.service';

/** Standing orders: the same lines every week or month, each occurrence placed as an ordinary order. */
@Module({
  imports: [BulkOrdersModule],
  controllers: [StandingOrdersController],
  providers: [
    { provide: STANDING_ORDERS_CONFIG, useFactory: () => standingOrdersConfigFromEnv() },
    StandingOrderRepository,
    StandingOrdersService,
    StandingOrderSweep,
  ],
})
export class StandingOrdersModule {}
