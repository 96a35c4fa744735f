/**
 * The soak: the fault suite's system (its own PostgreSQL, broker and the four services as processes)
 * under a steady mixed load — order journeys with custody moves and temperature readings, catalog
 * edits, reads — for a fixed time, without faults. Every minute: calls answered and their p50 and
 * p99, the consumer groups' lag, the machine's load, and each service's RSS and heap in use. At the
 * end, the slope of a least-squares line through each service's memory after a warm-up: a leak
 * shows as a slope above the stated bound.
 *
 *   npm run soak -- --minutes 30
 *
 * Ports: FAULTS_PG_PORT, FAULTS_KAFKA_PORT, FAULTS_FIRST_SERVICE_PORT as for the fault suite. Writes
 * docs/reliability/soak.json and soak.md; exits 1 if memory grew beyond the bound, a call failed, or
 * a service died.
 */
import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { Pool } from 'pg';
import { SERVICES, type ServiceName } from '@hb/contracts';
import { kafkaClientConfig, kafkaSecurityFromEnv } from '@hb/messaging';
import {
  KafkaBroker,
  PostgresCluster,
  removeServerDataDir,
  ROOT,
  serverDataDir,
  ServiceFleet,
} from './cluster';
import { Workload } from './workload';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.log(`[soak] ${message}`);
const MB = 1024 * 1024;
const SAMPLE_EVERY_MS = 10_000;
/** Memory may rise this fast at most, after the warm-up, before it counts as a leak. */
const LEAK_BOUND_MB_PER_MINUTE = { rss: 2, heap: 1 };

interface MemorySample {
  at: number;
  service: ServiceName;
  rssMb: number;
  heapMb: number | null;
}

interface Minute {
  minute: number;
  calls: number;
  p50Ms: number | null;
  p99Ms: number | null;
  ordersAccepted: number;
  maxConsumerLag: number | null;
  load1: number;
  memory: Record<ServiceName, { rssMb: number; heapMb: number | null }>;
}

function percentile(sorted: number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** Slope of the least-squares line through (x, y), in y per unit of x. */
function leastSquaresSlope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / n;
  const covariance = points.reduce((sum, point) => sum + (point.x - meanX) * (point.y - meanY), 0);
  const variance = points.reduce((sum, point) => sum + (point.x - meanX) ** 2, 0);
  return variance === 0 ? 0 : covariance / variance;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** The service's V8 heap in use, from its Prometheus metrics (prom-client's default metrics). */
async function heapMb(metricsUrl: string): Promise<number | null> {
  try {
    const answer = await fetch(metricsUrl, { signal: AbortSignal.timeout(5_000) });
    if (!answer.ok) return null;
    const line = (await answer.text())
      .split('\n')
      .find((text) => text.startsWith('nodejs_heap_size_used_bytes'));
    return line ? Number(line.split(' ').at(-1)) / MB : null;
  } catch {
    return null;
  }
}

/** The largest lag (records not yet committed) of any consumer group on any partition. */
async function maxConsumerLag(admin: Admin): Promise<number | null> {
  try {
    const { groups } = await admin.listGroups();
    let worst = 0;
    for (const { groupId } of groups) {
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
        const ends = new Map(
          (await admin.fetchTopicOffsets(topic)).map((end) => [end.partition, Number(end.high)]),
        );
        for (const { partition, offset } of partitions) {
          const committed = Number(offset);
          const lag = (ends.get(partition) ?? 0) - (committed < 0 ? 0 : committed);
          worst = Math.max(worst, lag);
        }
      }
    }
    return worst;
  } catch (error) {
    log(`consumer lag not measured: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '30' },
      'orders-per-second': { type: 'string', default: '1' },
      'reads-per-second': { type: 'string', default: '10' },
    },
  });
  const minutes = Number(values.minutes);
  const ordersPerSecond = Number(values['orders-per-second']);
  const readsPerSecond = Number(values['reads-per-second']);
  const runId = randomBytes(3).toString('hex');
  const home = join(ROOT, '.data', 'soak');
  mkdirSync(home, { recursive: true });
  const port = (name: string, fallback: number) => Number.parseInt(process.env[name] ?? String(fallback), 10);
  const pg = new PostgresCluster(serverDataDir('pg', 'postgres'), port('FAULTS_PG_PORT', 55432));
  const broker = new KafkaBroker(serverDataDir('kafka'), port('FAULTS_KAFKA_PORT', 19092));
  if (!process.env.FAULTS_SKIP_BUILD) {
    log('building the services');
    ServiceFleet.build();
  }
  const fleet = new ServiceFleet({
    databaseBaseUrl: pg.url,
    brokers: broker.bootstrap,
    topicPrefix: `soak-${runId}`,
    logDir: join(home, 'logs', runId),
    controlFile: join(home, `crash-point-${runId}`),
    firstPort: port('FAULTS_FIRST_SERVICE_PORT', 4101),
  });
  const ordersDb = new Pool({ connectionString: `${pg.url}/harvest_orders`, max: 2 });
  ordersDb.on('error', () => undefined);
  let admin: Admin | undefined;
  let failed = false;
  try {
    log(`run ${runId}: ${minutes} minutes, ${ordersPerSecond} order/s, ${readsPerSecond} reads/s`);
    await pg.start();
    broker.start();
    for (const service of SERVICES) await pg.recreateDatabase(`harvest_${service}`);
    await fleet.startAll();
    // Signed in as the broker's admin (SASL, like every client of it): it may read every group's offsets.
    admin = new Kafka({
      ...kafkaClientConfig('soak', [broker.bootstrap], kafkaSecurityFromEnv()),
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    const workload = new Workload(fleet.urls, broker.bootstrap, `soak-${runId}`, ordersDb, runId);
    await workload.prepare();
    const started = Date.now();
    workload.start(ordersPerSecond, readsPerSecond);

    const samples: MemorySample[] = [];
    const table: Minute[] = [];
    for (let minute = 1; minute <= minutes; minute += 1) {
      const minuteEnd = started + minute * 60_000;
      while (Date.now() < minuteEnd) {
        const at = Date.now();
        for (const service of SERVICES) {
          samples.push({
            at,
            service,
            rssMb: rssMb(fleet.pid(service)),
            heapMb: await heapMb(fleet.metricsUrl(service)),
          });
        }
        await sleep(Math.min(SAMPLE_EVERY_MS, Math.max(0, minuteEnd - Date.now())));
      }
      const calls = workload.latencies
        .filter((call) => call.at >= minuteEnd - 60_000 && call.at < minuteEnd)
        .map((call) => call.ms)
        .sort((a, b) => a - b);
      const last = (service: ServiceName) => samples.filter((sample) => sample.service === service).at(-1)!;
      const row: Minute = {
        minute,
        calls: calls.length,
        p50Ms: percentile(calls, 0.5),
        p99Ms: percentile(calls, 0.99),
        ordersAccepted: workload.orders.filter(
          (order) => order.acceptedAt >= minuteEnd - 60_000 && order.acceptedAt < minuteEnd,
        ).length,
        maxConsumerLag: await maxConsumerLag(admin),
        load1: loadavg()[0],
        memory: Object.fromEntries(
          SERVICES.map((service) => [service, { rssMb: last(service).rssMb, heapMb: last(service).heapMb }]),
        ) as Minute['memory'],
      };
      table.push(row);
      log(
        `minute ${minute}: ${row.calls} calls, p50 ${row.p50Ms?.toFixed(1)} ms, p99 ${row.p99Ms?.toFixed(1)} ms, lag ${row.maxConsumerLag}, load ${row.load1.toFixed(2)}, RSS ${SERVICES.map((service) => `${service} ${row.memory[service].rssMb.toFixed(0)}`).join(' ')} MB`,
      );
    }
    log('stopping the load');
    await workload.stop();

    // The first fifth (at least two minutes) is warm-up: caches, JIT, pools filling.
    const warmUpEnd = started + Math.max(2, minutes / 5) * 60_000;
    const slopes = Object.fromEntries(
      SERVICES.map((service) => {
        const steady = samples.filter((sample) => sample.service === service && sample.at >= warmUpEnd);
        const perMinute = (pick: (sample: MemorySample) => number | null) =>
          leastSquaresSlope(
            steady
              .filter((sample) => pick(sample) !== null)
              .map((sample) => ({ x: (sample.at - started) / 60_000, y: pick(sample)! })),
          );
        return [
          service,
          {
            rssMbPerMinute: perMinute((sample) => sample.rssMb),
            heapMbPerMinute: perMinute((sample) => sample.heapMb),
          },
        ];
      }),
    ) as Record<ServiceName, { rssMbPerMinute: number; heapMbPerMinute: number }>;
    // A slope of no samples is 0: a heap that could not be read must not pass for a flat one.
    const heapUnmeasured = SERVICES.filter(
      (service) => !samples.some((sample) => sample.service === service && sample.heapMb !== null),
    );
    const leaks = SERVICES.filter(
      (service) =>
        slopes[service].rssMbPerMinute > LEAK_BOUND_MB_PER_MINUTE.rss ||
        slopes[service].heapMbPerMinute > LEAK_BOUND_MB_PER_MINUTE.heap,
    );
    const report = {
      run: runId,
      finishedAt: new Date().toISOString(),
      minutes,
      load: {
        ordersPerSecond,
        readsPerSecond,
        journeys: 'order, claim, custody moves, 5 reading batches, delivery, acceptance',
      },
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        totalMemoryMb: Math.round(totalmem() / MB),
        note: 'shared with other engineers’ test runs during the soak; load1 per minute below',
      },
      leakBoundMbPerMinute: LEAK_BOUND_MB_PER_MINUTE,
      warmUpMinutes: (warmUpEnd - started) / 60_000,
      slopes,
      leaks,
      heapUnmeasured,
      workloadErrors: workload.failures,
      unexpectedExits: fleet.unexpectedExits,
      perMinute: table,
      passed:
        leaks.length === 0 &&
        heapUnmeasured.length === 0 &&
        workload.failures.length === 0 &&
        fleet.unexpectedExits.length === 0,
    };
    const dir = join(ROOT, 'docs', 'reliability');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'soak.json'), `${JSON.stringify(report, null, 2)}\n`);
    const fixed = (value: number | null, digits = 1) => (value === null ? '–' : value.toFixed(digits));
    writeFileSync(
      join(dir, 'soak.md'),
      [
        `# Soak, ${report.finishedAt.slice(0, 16).replace('T', ' ')} UTC (run ${runId})`,
        '',
        `${minutes} minutes of steady mixed load without faults: ${ordersPerSecond} order journey/s (order, claim, custody moves, readings on the device topic and over HTTP, delivery, acceptance), catalog edits every 0.4 s, ${readsPerSecond} reads/s of products, orders and shipments. Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.totalMemoryMb} MB, ${report.machine.note}.`,
        '',
        `Leak bound: after a ${report.warmUpMinutes.toFixed(0)}-minute warm-up, the least-squares slope of each service's RSS must stay at or below ${LEAK_BOUND_MB_PER_MINUTE.rss} MB/min and of its V8 heap in use at or below ${LEAK_BOUND_MB_PER_MINUTE.heap} MB/min. Result: ${leaks.length === 0 ? 'no service beyond the bound' : `beyond the bound: ${leaks.join(', ')}`}${heapUnmeasured.length ? `; heap not measured: ${heapUnmeasured.join(', ')}` : ''}; ${workload.failures.length} failed calls, ${fleet.unexpectedExits.length} unexpected exits.`,
        '',
        '| service | RSS slope (MB/min) | heap slope (MB/min) |',
        '| --- | --: | --: |',
        ...SERVICES.map(
          (service) =>
            `| ${service} | ${slopes[service].rssMbPerMinute.toFixed(3)} | ${slopes[service].heapMbPerMinute.toFixed(3)} |`,
        ),
        '',
        `| minute | calls | p50 (ms) | p99 (ms) | orders | max consumer lag | load1 | ${SERVICES.map((service) => `${service} RSS / heap (MB)`).join(' | ')} |`,
        `| --: | --: | --: | --: | --: | --: | --: | ${SERVICES.map(() => '--:').join(' | ')} |`,
        ...table.map(
          (row) =>
            `| ${row.minute} | ${row.calls} | ${fixed(row.p50Ms)} | ${fixed(row.p99Ms)} | ${row.ordersAccepted} | ${row.maxConsumerLag ?? '–'} | ${row.load1.toFixed(2)} | ${SERVICES.map((service) => `${row.memory[service].rssMb.toFixed(0)} / ${fixed(row.memory[service].heapMb)}`).join(' | ')} |`,
        ),
        '',
      ].join('\n'),
    );
    spawnSync(
      join(ROOT, 'node_modules', '.bin', 'prettier'),
      ['--write', '--log-level', 'warn', join(dir, 'soak.md'), join(dir, 'soak.json')],
      {
        stdio: 'inherit',
      },
    );
    log(`slopes (MB/min): ${JSON.stringify(slopes)}`);
    log(report.passed ? 'soak passed' : 'SOAK FAILED');
    failed = !report.passed;
  } finally {
    await admin?.disconnect().catch(() => undefined);
    await fleet.stopAll();
    await ordersDb.end().catch(() => undefined);
    broker.stop();
    pg.stop();
    removeServerDataDir(broker.dir);
    removeServerDataDir(pg.dir);
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error('[soak] failed:', error instanceof Error ? error.stack : error);
  process.exit(1);
});
