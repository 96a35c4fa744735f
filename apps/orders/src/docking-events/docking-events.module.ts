import { Module } from '@nestjs/common';
import { BulkOrdersModule } from '../orders/orders.module';
import { DockingEventRepository } from './docking-event.repository';
import { DOCKING_EVENTS_CONFIG, dockingEventsConfigFromEnv } from './docking-events.config';
import { DockingEventsController } from './docking-events.controller';
import { DockingEventsService } from './docking-events.service';
import { PurchaseIntentsController } from './purchase-intents.controller';

/** Production–marketing docking fairs: booths at reduced fees, purchase intents that become orders. */
@Module({
  imports: [BulkOrdersModule],
  controllers: [DockingEventsController, PurchaseIntentsController],
  providers: [
    { provide: DOCKING_EVENTS_CONFIG, useFactory: () => dockingEventsConfigFromEnv() },
    DockingEventRepository,
    DockingEventsService,
  ],
})
export class DockingEventsModule {}
