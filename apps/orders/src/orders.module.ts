import { Module } from '@nestjs/common';
import { ClockModule } from '@hb/platform';
import { BuyersModule } from './buyers/buyers.module';
import { CatalogViewModule } from './catalog-view/catalog-view.module';
import { DockingEventsModule } from './docking-events/docking-events.module';
import { EmergencySalesModule } from './emergency-sales/emergency-sales.module';
import { BulkOrdersModule } from './orders/orders.module';
import { RecallsModule } from './recalls/recalls.module';
import { ReliefModule } from './relief/relief.module';
import { RfqsModule } from './rfqs/rfqs.module';
import { StandingOrdersModule } from './standing-orders/standing-orders.module';

/** The orders service's capabilities; the platform (database, messaging, auth, health) is added by bootstrap. */
@Module({
  imports: [
    ClockModule,
    BuyersModule,
    CatalogViewModule,
    BulkOrdersModule,
    ReliefModule,
    EmergencySalesModule,
    RecallsModule,
    StandingOrdersModule,
    RfqsModule,
    DockingEventsModule,
  ],
})
export class OrdersModule {}
