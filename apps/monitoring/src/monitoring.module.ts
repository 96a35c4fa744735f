import { Module } from '@nestjs/common';
import { AlertsModule } from './alerts/alerts.module';
import { FindingsModule } from './evaluation/findings.module';
import { MarketHistoryModule } from './history/market-history.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { MonitoringMetrics } from './metrics/monitoring-metrics';
import { ReadModelModule } from './read-model/read-model.module';
import { RiskModule } from './risk/risk.module';
import { SettingsModule } from './settings.module';

/** The monitoring service's capabilities; the platform (database, messaging, auth, health) is added by bootstrap. */
@Module({
  imports: [
    SettingsModule,
    ReadModelModule,
    IndicatorsModule,
    MarketHistoryModule,
    AlertsModule,
    RiskModule,
    FindingsModule,
  ],
  providers: [MonitoringMetrics],
})
export class MonitoringModule {}
