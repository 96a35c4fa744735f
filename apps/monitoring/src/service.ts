import type { ServiceDescription } from '@hb/platform';
import { monitoringMigrations } from './migrations';
import { MonitoringModule } from './monitoring.module';

/** The monitoring service as main.ts runs it and as the tests start it. */
export const monitoringService: ServiceDescription = {
  name: 'monitoring',
  title: 'Harvest Bridge monitoring',
  description:
    'Market indicators, early-warning alerts, price reasonableness and producer risk, built only from the other services’ events.',
  module: MonitoringModule,
  migrations: monitoringMigrations,
  // A batch's end (the rules about every market, category and producer it touched) costs about the
  // same for 100 orders as for a whole fetch: one transaction per fetched partition batch (kafkajs
  // fetches at most 1 MB of a partition, some 2,000 order events) rather than one per 100 events.
  batchMaxEvents: 5_000,
};
