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
  messagingDefaults: {
    // A batch's end (the rules about every market, category and producer it touched) costs about the
    // same for 100 orders as for a whole fetch, so a partition's fetched batch is applied in one
    // transaction, and a fetch brings 4 MiB of a partition (some 8,500 order events of about 500 bytes)
    // instead of kafkajs' 1 MiB: catching up on 100,000 events takes 16 batch ends instead of 56.
    // Memory bounds it: a fetch (24 MiB at most, held twice while kafkajs joins its chunks) stays in
    // memory until its last batch commits, and a batch's events parsed take about 1 KB each (some
    // 10 MB for a batch), well inside the 384 MiB heap and 512 MiB container of k8s/base/monitoring.yaml.
    batchMaxEvents: 10_000,
    fetchMaxBytesPerPartition: 4 * 1_048_576,
    fetchMaxBytes: 24 * 1_048_576,
    // Batch ends of different partitions wait for each other on the same category and market locks,
    // so partitions applied side by side only add lock waits and deadlocks: one at a time was
    // 7–44 % faster in four pairs of bench/monitoring.ts runs.
    partitionsConsumedConcurrently: 1,
  },
};
