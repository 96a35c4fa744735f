/**
 * The soak: the fault suite's system (its own PostgreSQL, broker and the four services as processes)
 * under a steady mixed load — order journeys with custody moves and temperature readings, catalog
 * edits, reads — for a fixed time, without faults. Every minute: calls answered and their p50 and
 * p99, the consumer groups' lag, the machine's load, and each service's memory: RSS, V8 heap in use
 * and committed, external memory and ArrayBuffers. The services run with the heap their production
 * containers have (scripts/k8s-services.ts). At the end, the slopes of least-squares lines through
 * each service's RSS and heap floor over the second half of the run: a leak shows as a slope above
 * the stated bound (leak-criterion.ts).
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
import {
  judgeMemory,
  LEAK_BOUND_MB_PER_MINUTE,
  leastSquaresSlope,
  type MemoryVerdict,
} from './leak-criterion';
import { Workload } from './workload';
import { SERVICE_MEMORY_LIMIT_MIB, SERVICE_NODE_OPTIONS } from '../../scripts/k8s-services';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.log(`[soak] ${message}`);
const MB = 1024 * 1024;
const SAMPLE_EVERY_MS = 10_000;

/** A service's memory at one instant: RSS from /proc, the rest from its metrics (null if unreadable). */
interface Memory {
  rssMb: number;
  /** RSS of anonymous pages: the heap, malloc's arenas, Buffers; RSS less mapped files (code). */
  rssAnonMb: number;
  /** V8 heap in use (live objects and garbage not yet collected). */
  heapMb: number | null;
  /** V8 heap committed (heapTotal): what V8 reserved for its spaces, in use or not. */
  heapTotalMb: number | null;
  /** Memory of C++ objects bound to JavaScript ones, ArrayBuffers included. */
  externalMb: number | null;
  /** ArrayBuffers and Buffers (a share of external). */
  arrayBuffersMb: number | null;
}

interface MemorySample extends Memory {
  at: number;
  service: ServiceName;
}

interface Minute {
  minute: number;
  calls: number;
  p50Ms: number | null;
  p99Ms: number | null;
  ordersAccepted: number;
  maxConsumerLag: number | null;
  load1: number;
  memory: Record<ServiceName, Memory>;
}

function percentile(sorted: number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

function rssMb(pid: number): { rssMb: number; rssAnonMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, rssAnonMb: kb('RssAnon') / 1024 };
}

const HEAP_METRICS = {
  heapMb: 'nodejs_heap_size_used_bytes',
  heapTotalMb: 'nodejs_heap_size_total_bytes',
  externalMb: 'nodejs_external_memory_bytes',
  arrayBuffersMb: 'hb_nodejs_array_buffers_bytes',
} as const;
type HeapFigures = Record<keyof typeof HEAP_METRICS, number | null>;

/** The service's V8 heap and external memory, from its Prometheus metrics (prom-client's default metrics). */
async function heapFigures(metricsUrl: string): Promise<HeapFigures> {
  const figures: HeapFigures = { heapMb: null, heapTotalMb: null, externalMb: null, arrayBuffersMb: null };
  try {
    const answer = await fetch(metricsUrl, { signal: AbortSignal.timeout(5_000) });
    if (!answer.ok) return figures;
    const lines = (await answer.text()).split('\n');
    for (const [key, metric] of Object.entries(HEAP_METRICS) as [keyof HeapFigures, string][]) {
      // `name{labels} value` or `name value`: the name must end where the labels or the value begin.
      const line = lines.find((text) => text.startsWith(`${metric}{`) || text.startsWith(`${metric} `));
      figures[key] = line ? Number(line.split(' ').at(-1)) / MB : null;
    }
    return figures;
  } catch {
    return figures;
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
    // The heap production's containers give a service: without it V8 sizes its young generation
    // for this machine's whole memory, and RSS steps by tens of MB as it grows (scripts/k8s-services.ts).
    nodeOptions: SERVICE_NODE_OPTIONS.split(' '),
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
            ...rssMb(fleet.pid(service)),
            ...(await heapFigures(fleet.metricsUrl(service))),
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
          SERVICES.map((service) => {
            const { rssMb, rssAnonMb, heapMb, heapTotalMb, externalMb, arrayBuffersMb } = last(service);
            return [service, { rssMb, rssAnonMb, heapMb, heapTotalMb, externalMb, arrayBuffersMb }];
          }),
        ) as Minute['memory'],
      };
      table.push(row);
      log(
        `minute ${minute}: ${row.calls} calls, p50 ${row.p50Ms?.toFixed(1)} ms, p99 ${row.p99Ms?.toFixed(1)} ms, lag ${row.maxConsumerLag}, load ${row.load1.toFixed(2)}, RSS ${SERVICES.map((service) => `${service} ${row.memory[service].rssMb.toFixed(0)}`).join(' ')} MB`,
      );
    }
    // Every sample (each service every 10 s), beside the run's logs, for a closer look than the table.
    writeFileSync(join(home, 'logs', runId, 'memory-samples.json'), JSON.stringify(samples));
    log('stopping the load');
    await workload.stop();

    const readings = (of: MemorySample[], pick: (sample: MemorySample) => number | null) =>
      of
        .filter((sample) => pick(sample) !== null)
        .map((sample) => ({ minute: (sample.at - started) / 60_000, mb: pick(sample)! }));
    // For the record, as before: the slopes after a warm-up of the first fifth (at least two minutes).
    const warmUpEnd = started + Math.max(2, minutes / 5) * 60_000;
    const slopes = Object.fromEntries(
      SERVICES.map((service) => {
        const steady = samples.filter((sample) => sample.service === service && sample.at >= warmUpEnd);
        const perMinute = (pick: (sample: MemorySample) => number | null) =>
          leastSquaresSlope(readings(steady, pick));
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
    // The bound: RSS and heap floor over the second half of the run (leak-criterion.ts says why).
    const secondHalf = Object.fromEntries(
      SERVICES.map((service) => {
        const own = samples.filter((sample) => sample.service === service);
        return [
          service,
          judgeMemory(
            readings(own, (sample) => sample.rssMb),
            readings(own, (sample) => sample.heapMb),
            minutes,
          ),
        ];
      }),
    ) as Record<ServiceName, MemoryVerdict>;
    const leaks = SERVICES.filter((service) => secondHalf[service].growing);
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
      leakCriterion:
        'over the second half of the run, the least-squares slope of RSS ≤ leakBoundMbPerMinute.rss and of the heap floor (each minute’s lowest heap-in-use sample) ≤ leakBoundMbPerMinute.heap',
      nodeOptions: SERVICE_NODE_OPTIONS,
      containerMemoryLimitMib: SERVICE_MEMORY_LIMIT_MIB,
      warmUpMinutes: (warmUpEnd - started) / 60_000,
      slopes,
      secondHalf,
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
        `Services run with the heap of their production container (${SERVICE_MEMORY_LIMIT_MIB} MiB limit): \`${SERVICE_NODE_OPTIONS}\` (scripts/k8s-services.ts).`,
        '',
        `Leak bound: over the second half of the run (minutes ${minutes / 2}–${minutes}), the least-squares slope of each service's RSS must stay at or below ${LEAK_BOUND_MB_PER_MINUTE.rss} MB/min and of its heap floor (each minute's lowest heap-in-use sample: what outlived the collections) at or below ${LEAK_BOUND_MB_PER_MINUTE.heap} MB/min. A leak grows at its rate in any window; memory that settles (V8 sizing its spaces, malloc's arenas) is flat by then (tests/faults/leak-criterion.ts). Result: ${leaks.length === 0 ? 'no service beyond the bound' : `beyond the bound: ${leaks.join(', ')}`}${heapUnmeasured.length ? `; heap not measured: ${heapUnmeasured.join(', ')}` : ''}; ${workload.failures.length} failed calls, ${fleet.unexpectedExits.length} unexpected exits.`,
        '',
        `| service | RSS slope, 2nd half (MB/min) | heap floor slope, 2nd half (MB/min) | RSS slope after ${report.warmUpMinutes.toFixed(0)} min (MB/min) | heap slope after ${report.warmUpMinutes.toFixed(0)} min (MB/min) |`,
        '| --- | --: | --: | --: | --: |',
        ...SERVICES.map(
          (service) =>
            `| ${service} | ${secondHalf[service].rssMbPerMinute.toFixed(3)} | ${secondHalf[service].heapFloorMbPerMinute.toFixed(3)} | ${slopes[service].rssMbPerMinute.toFixed(3)} | ${slopes[service].heapMbPerMinute.toFixed(3)} |`,
        ),
        '',
        `| minute | calls | p50 (ms) | p99 (ms) | orders | max consumer lag | load1 | ${SERVICES.map((service) => `${service} RSS / heap (MB)`).join(' | ')} | ${SERVICES.map((service) => `${service} heap total / external / arrayBuffers (MB)`).join(' | ')} |`,
        `| --: | --: | --: | --: | --: | --: | --: | ${SERVICES.map(() => '--:').join(' | ')} | ${SERVICES.map(() => '--:').join(' | ')} |`,
        ...table.map(
          (row) =>
            `| ${row.minute} | ${row.calls} | ${fixed(row.p50Ms)} | ${fixed(row.p99Ms)} | ${row.ordersAccepted} | ${row.maxConsumerLag ?? '–'} | ${row.load1.toFixed(2)} | ${SERVICES.map((service) => `${row.memory[service].rssMb.toFixed(0)} / ${fixed(row.memory[service].heapMb)}`).join(' | ')} | ${SERVICES.map((service) => `${fixed(row.memory[service].heapTotalMb, 0)} / ${fixed(row.memory[service].externalMb)} / ${fixed(row.memory[service].arrayBuffersMb)}`).join(' | ')} |`,
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
    log(`second half (MB/min): ${JSON.stringify(secondHalf)}`);
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
