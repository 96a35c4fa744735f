/**
 * Memory: resident set size (VmRSS, /proc/<pid>/status) of each of the four services, run as child
 * processes from their `nest build` on one topic prefix (the whole system), idle and under load,
 * and their high-water mark (VmHWM). Same-run reference: an idle `node` process (the floor of any
 * Node service on this machine and Node version).
 *
 * Idle: a few seconds after every service answers /health/ready. Load, all at once for `--duration`:
 * catalog searches (150/s), orders placed (15/s; the saga runs through catalog and orders, and
 * logistics makes the shipments), readings of the shipments' loggers on logistics.telemetry.v1
 * (10 messages of 200 readings a second), certification's work queue read (100/s). RSS is sampled
 * every 250 ms; the peak is reported.
 *
 *   npx ts-node -r tsconfig-paths/register bench/memory.ts [--quick] [--duration 20]
 */
import { randomInt, randomUUID } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import { TelemetryReadingsRecorded, type ServiceName } from '@hb/contracts';
import { createDatabase, type BenchDatabase } from './lib/db';
import { byMode, logger, numberFlag, sleep, uniqueLabel } from './lib/env';
import { call, cannon, startIdleNode, tokenFor } from './lib/http';
import { deleteTopics, kafka } from './lib/kafka';
import { openLoop } from './lib/load';
import { memoryOf, RssSampler, type MemoryStatus } from './lib/processes';
import { finished, newResult, runStandalone, type BenchResult } from './lib/results';
import { listedProducts, productId, seedCatalog, seedOrdersCatalogView } from './lib/seed';
import { spawnService, stopServices, type ServiceProcess } from './lib/services';
import { ratio, round } from './lib/stats';
import { envelopeRecord, Fleet } from './lib/telemetry';

const log = logger('memory');
const SERVICES: readonly ServiceName[] = ['catalog', 'orders', 'logistics', 'certification'];
const PRODUCTS = 400;

export async function run(): Promise<BenchResult> {
  const result = newResult('memory', 'Memory (RSS per service)');
  const duration = numberFlag('duration', byMode(8, 20));
  const label = uniqueLabel();
  const prefix = `bench-${label}`;
  const databases: BenchDatabase[] = [];
  const services: ServiceProcess[] = [];
  const idleNode = startIdleNode(`${prefix}-idle-node`);
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  try {
    for (const service of SERVICES)
      databases.push(await createDatabase(`hb_bench_memory_${label}_${service}`));
    services.push(
      ...(await Promise.all(
        SERVICES.map((service, index) =>
          spawnService(service, { databaseUrl: databases[index].url, prefix }),
        ),
      )),
    );
    const byName = Object.fromEntries(services.map((service) => [service.service, service])) as Record<
      ServiceName,
      ServiceProcess
    >;
    await seedCatalog(databases[0], 0, PRODUCTS, { lotQuantity: 1_000_000_000 });
    await seedOrdersCatalogView(databases[1], 0, PRODUCTS);
    await producer.connect();

    await sleep(byMode(3_000, 5_000));
    const reference = memoryOf(idleNode.pid);
    const idle = Object.fromEntries(
      services.map((service) => [service.service, memoryOf(service.pid)]),
    ) as Record<ServiceName, MemoryStatus>;
    log(
      `idle: ${SERVICES.map((name) => `${name} ${idle[name].rssMb} MB`).join(', ')}; idle node ${reference.rssMb} MB`,
    );

    const buyer = await tokenFor('buyer', randomUUID());
    const certifier = await tokenFor('certifier', 'bench-certification-body');
    const products = listedProducts(PRODUCTS).map(productId);
    const deliveryDate = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const sampler = new RssSampler(services.map((service) => service.pid));
    log(`load for ${duration} s: searches, orders and their saga, telemetry, the certification queue`);
    const deadline = Date.now() + duration * 1000;
    // The loggers' shipments are the ones logistics makes for the orders of the load (their saga).
    const telemetry = (async () => {
      let shipments: string[] = [];
      while (shipments.length === 0 && Date.now() < deadline) {
        await sleep(500);
        shipments = (await databases[2].query<{ id: string }>(`SELECT id FROM shipments LIMIT 50`)).map(
          (row) => row.id,
        );
      }
      if (shipments.length === 0) return 0;
      const fleet = new Fleet(shipments, 200);
      const seconds = (deadline - Date.now()) / 1000;
      const loop = await openLoop(10, seconds, async (n) => {
        await producer.send({
          topic: `${prefix}.${TelemetryReadingsRecorded.topic.name}`,
          acks: 1,
          messages: [envelopeRecord(TelemetryReadingsRecorded, fleet.batch(n))],
        });
      });
      return loop.completed;
    })();
    const [searches, placed, queue, telemetryMessages] = await Promise.all([
      cannon({
        url: `${byName.catalog.url}/v1/products?limit=20`,
        connections: 4,
        overallRate: 150,
        duration,
        headers: { authorization: `Bearer ${buyer}` },
      }),
      openLoop(15, duration, async () => {
        const answer = await call('POST', `${byName.orders.url}/v1/orders`, {
          token: buyer,
          headers: { 'idempotency-key': randomUUID() },
          body: {
            lines: [{ productId: products[randomInt(products.length)], quantity: 10 + randomInt(50) }],
            deliveryAddress: 'Mianyang No. 1 Middle School canteen, 12 Changhong Ave',
            requestedDeliveryDate: deliveryDate,
          },
        });
        if (answer.status !== 201) throw new Error(`POST /v1/orders answered ${answer.status}`);
      }),
      cannon({
        url: `${byName.certification.url}/v1/applications`,
        connections: 2,
        overallRate: 100,
        duration,
        headers: { authorization: `Bearer ${certifier}` },
      }),
      telemetry,
    ]);
    const peaks = sampler.stop();
    const after = Object.fromEntries(
      services.map((service) => [service.service, memoryOf(service.pid)]),
    ) as Record<ServiceName, MemoryStatus>;

    for (const name of SERVICES) {
      const peak = peaks.get(byName[name].pid) ?? after[name].rssMb;
      result.rows.push({
        measure: `${name}: RSS idle → under load (peak), high-water mark`,
        figure: `${idle[name].rssMb} MB → ${peak} MB, HWM ${after[name].hwmMb} MB`,
        reference: `idle node process: ${reference.rssMb} MB`,
        ratio: ratio(peak, reference.rssMb),
      });
    }
    result.details = {
      duration,
      referenceIdleNode: reference,
      idle,
      peakRssMb: Object.fromEntries(SERVICES.map((name) => [name, peaks.get(byName[name].pid)])),
      afterLoad: after,
      idleOverReference: Object.fromEntries(
        SERVICES.map((name) => [name, ratio(idle[name].rssMb, reference.rssMb)]),
      ),
      load: {
        searchesPerSecond: searches.requestsPerSecond,
        ordersPerSecond: round(placed.rate, 1),
        ordersFailed: placed.failed,
        queueReadsPerSecond: queue.requestsPerSecond,
        telemetryMessages,
      },
    };
    result.limits.push(
      `load reached: catalog searches ${searches.requestsPerSecond}/s (150 asked), orders ${round(placed.rate, 1)}/s ` +
        `(15 asked), certification queue reads ${queue.requestsPerSecond}/s (100 asked), ${telemetryMessages} ` +
        'telemetry messages of 200 readings (10/s asked once the shipments existed).',
    );
    const profiles: Record<string, string[]> = {};
    await stopServices(services, profiles);
    if (Object.keys(profiles).length > 0) result.profiles = profiles;
    return finished(result);
  } finally {
    await producer.disconnect().catch(() => undefined);
    await idleNode.stop();
    for (const service of services) await service.stop().catch(() => undefined);
    for (const db of databases) await db.drop().catch(() => undefined);
    await deleteTopics(prefix);
  }
}

if (require.main === module) runStandalone(run);
