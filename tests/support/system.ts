import type { ServiceName } from '@hb/contracts';
import type { ServiceDescription } from '@hb/platform';
import { catalogService } from '../../apps/catalog/src';
import { certificationService } from '../../apps/certification/src';
import { logisticsService } from '../../apps/logistics/src';
import { monitoringService } from '../../apps/monitoring/src';
import { ordersService } from '../../apps/orders/src';
import type { DemoTarget } from '../../scripts/demo/demo-data';
import { uniquePrefix } from './kafka';
import { runService, type RunningService } from './service-harness';

const SERVICES: Readonly<Record<ServiceName, ServiceDescription>> = {
  catalog: catalogService,
  orders: ordersService,
  logistics: logisticsService,
  certification: certificationService,
  monitoring: monitoringService,
};

/** The five services on one topic namespace, each with a database of its own, serving HTTP on free ports. */
export interface RunningSystem {
  readonly services: Readonly<Record<ServiceName, RunningService>>;
  readonly urls: Readonly<Record<ServiceName, string>>;
  /** Where the demo loader (scripts/demo) finds this system. */
  readonly demoTarget: DemoTarget;
  stop(): Promise<void>;
}

/**
 * Starts the five together, as a fresh deployment would (each with its own Kafka user and the ACLs of
 * the contracts on a secured broker); if one fails to start, stops the others.
 */
export async function startSystem(label: string): Promise<RunningSystem> {
  const prefix = uniquePrefix(label);
  const names = Object.keys(SERVICES) as ServiceName[];
  const started = await Promise.allSettled(
    names.map((name) =>
      runService(SERVICES[name], `${label}-${name}`, { prefix, listen: true, ownKafkaUser: true }),
    ),
  );
  const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.allSettled(running.map((service) => service.stop()));
    throw failed.reason;
  }
  const services = Object.fromEntries(names.map((name, index) => [name, running[index]])) as Record<
    ServiceName,
    RunningService
  >;
  const urls = Object.fromEntries(names.map((name) => [name, services[name].url!])) as Record<
    ServiceName,
    string
  >;
  return {
    services,
    urls,
    demoTarget: {
      urls,
      topic: (logical) => `${prefix}.${logical}`,
      consumerGroup: (service) => services[service].groupId,
    },
    async stop() {
      await Promise.allSettled(running.map((service) => service.stop()));
    },
  };
}
