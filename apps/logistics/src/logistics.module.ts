import { Module } from '@nestjs/common';
import { ClockModule } from '@hb/platform';
import { ColdChainModule } from './cold-chain/cold-chain.module';
import { CustodyModule } from './custody/custody.module';
import { EpcisModule } from './epcis/epcis.module';
import { HistoryModule } from './history/history.module';
import { LotsModule } from './lots/lots.module';
import { ShipmentsModule } from './shipments/shipments.module';
import { TelemetryModule } from './telemetry/telemetry.module';

/** The logistics service's capabilities; the platform (database, messaging, auth, health) is added by bootstrap. */
@Module({
  imports: [
    ClockModule,
    ColdChainModule,
    ShipmentsModule,
    CustodyModule,
    TelemetryModule,
    HistoryModule,
    LotsModule,
    EpcisModule,
  ],
})
export class LogisticsModule {}
