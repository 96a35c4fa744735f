import type { ServiceDescription } from '@hb/platform';
import { logisticsMigrations } from './migrations';
import { LogisticsModule } from './logistics.module';

/** The logistics service as main.ts runs it and as the tests start it. */
export const logisticsService: ServiceDescription = {
  name: 'logistics',
  title: 'Harvest Bridge cold-chain logistics',
  description: 'Shipments, chain of custody, temperature telemetry, excursions and cold-chain verdicts.',
  module: LogisticsModule,
  migrations: logisticsMigrations,
};
