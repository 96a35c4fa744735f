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
};
