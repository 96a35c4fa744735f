/**
 * Order saga, with the real catalog and orders services as child processes (their `nest build`), each
 * on a database of its own, on one topic prefix: POST /v1/orders → OrderPlaced (orders' outbox) →
 * catalog reserves the stock (FEFO, row locks) → StockReserved (catalog's outbox) → orders confirms →
 * OrderConfirmed on orders.order.v1. The end of an order's path is the broker's append time of its
 * OrderConfirmed record (the topic is created with LogAppendTime before the services start), on the
 * same clock as the moment the POST was sent.
 *
 * 1. Maximum sustainable rate: `--concurrency` buyers place an order, wait for its confirmation,
 *    place the next (a closed loop: nothing queues up, the rate is what the system sustains).
 * 2. Latency at half that rate: orders arrive at a fixed rate (an open loop, so slow answers do not
 *    hold back the next orders) and each one's POST → CONFIRMED time is kept; p50 and p99.
 * 3. Latency at the fixed rates the goals name (20 and 40 orders/s), measured the same way; a rate
 *    above the maximum of phase 1 is reported as not sustainable instead of being queued up.
 * Same-run reference: the same three hops through Kafka with nothing else (bare kafkajs producers
 * with the relay's settings, consumers with the services' settings), at the same concurrency, and at
 * the same rate at the same time as phase 2: the transport's floor. Alongside phase 2 a bare
 * PostgreSQL commit is timed too (the saga commits three times in series).
 *
 *   npx ts-node -r tsconfig-paths/register bench/order-saga.ts [--quick] [--concurrency 24] [--duration 20]
 */
import { randomInt, randomUUID } from 'node:crypto';
import { Partitioners, type Consumer, type Producer } from 'kafkajs';
import { OrderConfirmed, OrderPlaced, OrderRejected, StockReserved, Topics } from '@hb/contracts';
import { messagingOptionsFromEnv } from '@hb/messaging';
import { createDatabase, type BenchDatabase } from './lib/db';
import { byMode, logger, numberFlag, sleep, uniqueLabel } from './lib/env';
import { call, tokenFor } from './lib/http';
import { createTopics, deleteTopics, kafka, TopicTap } from './lib/kafka';
import { closedLoop, openLoop } from './lib/load';
import { orderPlacedEnvelope } from './lib/outbox-service';
import { CpuMeter, cpuSecondsOf, RssSampler } from './lib/processes';
import { finished, meets, newResult, runStandalone, type BenchResult } from './lib/results';
import { listedProducts, productId, seedCatalog, seedOrdersCatalogView } from './lib/seed';
import { spawnService, stopServices, type ServiceProcess } from './lib/services';
import { distribution, ratio, round, thousands } from './lib/stats';

const log = logger('saga');
const GOAL_P99_MS = 250;
const GOAL_TAIL = 5;
/** Confirmed orders/s against the bare three hops' chains/s (issue 23). */
const GOAL_CAPACITY_RATIO = 0.35;
/** Fixed arrival rates with their own goals (issue 23): p99 and, where given, p99/p50. */
const FIXED_RATES: readonly { rate: number; p99Ms: number; tail?: number }[] = [
  { rate: 20, p99Ms: 150, tail: 4 },
  { rate: 40, p99Ms: 400 },
];
const PRODUCTS = 400;
const BUYERS = 50;

/** Completion times by key, from a tap on the last topic; a waiter per key. */
class Completions {
  private readonly done = new Map<string, number>();
  private readonly waiters = new Map<string, (at: number) => void>();

  complete(key: string, at: number): void {
    const waiter = this.waiters.get(key);
    if (waiter) {
      this.waiters.delete(key);
      waiter(at);
    } else this.done.set(key, at);
  }

  /** Resolves with the completion time of `key`; rejects after `timeoutMs`. */
  wait(key: string, timeoutMs = 60_000): Promise<number> {
    const at = this.done.get(key);
    if (at !== undefined) {
      this.done.delete(key);
      return Promise.resolve(at);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        reject(new Error(`${key} not completed within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.set(key, (completedAt) => {
        clearTimeout(timer);
        resolve(completedAt);
      });
    });
  }
}

/** The saga's three hops through Kafka with no service, no HTTP and no database. */
class BareChain {
  private constructor(
    private readonly first: Producer,
    private readonly consumers: Consumer[],
    private readonly producers: Producer[],
    private readonly topic: string,
  ) {}

  static async start(prefix: string, finalTopic: string): Promise<BareChain> {
    // Topics of their own (the services must never see these records); the last one is tapped.
    const hops = [`${prefix}.chain.placed`, `${prefix}.chain.reserved`, finalTopic];
    await createTopics(hops.slice(0, 2).map((name) => ({ name, partitions: Topics.order.partitions })));
    const producer = () =>
      kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
    const producers = [producer(), producer(), producer()];
    await Promise.all(producers.map((p) => p.connect()));
    const consumers: Consumer[] = [];
    for (const hop of [0, 1]) {
      const consumer = kafka.consumer({
        groupId: `${prefix}.chain-${hop}`,
        sessionTimeout: 30_000,
        heartbeatInterval: 3_000,
        maxWaitTimeInMs: 250,
      });
      await consumer.connect();
      await consumer.subscribe({ topics: [hops[hop]], fromBeginning: true });
      const joined = new Promise<void>((done) => consumer.on(consumer.events.GROUP_JOIN, () => done()));
      await consumer.run({
        partitionsConsumedConcurrently: messagingOptionsFromEnv('orders').partitionsConsumedConcurrently,
        eachMessage: async ({ message }) => {
          await producers[hop + 1].send({
            topic: hops[hop + 1],
            acks: -1,
            messages: [{ key: message.key, value: message.value, headers: message.headers }],
          });
        },
      });
      await joined;
      consumers.push(consumer);
    }
    return new BareChain(producers[0], consumers, producers, hops[0]);
  }

  async send(key: string): Promise<void> {
    const envelope = orderPlacedEnvelope();
    await this.first.send({
      topic: this.topic,
      acks: -1,
      messages: [{ key, value: JSON.stringify(envelope), headers: { ce_type: 'chain', ce_id: key } }],
    });
  }

  async stop(): Promise<void> {
    await Promise.allSettled([
      ...this.consumers.map((c) => c.disconnect()),
      ...this.producers.map((p) => p.disconnect()),
    ]);
  }
}

/**
 * CPU seconds of the PostgreSQL backends serving some databases (the server runs on this host): a
 * backend that starts during the measurement counts from zero, one that ends before it is lost (the
 * services' pools keep their connections while they are busy).
 */
class BackendCpuMeter {
  private constructor(
    private readonly db: BenchDatabase,
    private readonly names: readonly string[],
    private readonly before: Map<number, number>,
  ) {}

  private static async sample(db: BenchDatabase, names: readonly string[]): Promise<Map<number, number>> {
    const rows = await db.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = ANY($1::text[]) AND pid <> pg_backend_pid()',
      [names],
    );
    const seconds = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        seconds.set(pid, cpuSecondsOf(pid));
      } catch {
        // ended meanwhile
      }
    }
    return seconds;
  }

  static async start(db: BenchDatabase, names: readonly string[]): Promise<BackendCpuMeter> {
    return new BackendCpuMeter(db, names, await BackendCpuMeter.sample(db, names));
  }

  async stop(): Promise<number> {
    const after = await BackendCpuMeter.sample(this.db, this.names);
    let seconds = 0;
    for (const [pid, cpu] of after) seconds += cpu - (this.before.get(pid) ?? 0);
    return round(seconds, 2);
  }
}

interface Phase {
  rate: number;
  completed: number;
  failed: number;
  latencies: number[];
  firstError?: string;
}

export async function run(): Promise<BenchResult> {
  const result = newResult('saga', 'Order saga (POST → CONFIRMED)');
  const concurrency = Math.round(numberFlag('concurrency', byMode(16, 24)));
  const seconds = numberFlag('duration', byMode(8, 20));
  const label = uniqueLabel();
  const prefix = `bench-${label}`;
  const orderTopic = `${prefix}.${Topics.order.name}`;
  const databases: BenchDatabase[] = [];
  const services: ServiceProcess[] = [];
  let tap: TopicTap | null = null;
  let chain: BareChain | null = null;
  try {
    const stockTopic = `${prefix}.${Topics.stock.name}`;
    const chainTopic = `${prefix}.chain.confirmed`;
    await createTopics(
      [orderTopic, stockTopic, chainTopic].map((name) => ({
        name,
        partitions: Topics.order.partitions,
        config: { 'message.timestamp.type': 'LogAppendTime' },
      })),
    );
    const sagaDone = new Completions();
    const chainDone = new Completions();
    const rejected = new Set<string>();
    /** Append times of each order's OrderPlaced and StockReserved records, for the per-hop breakdown. */
    const placedAt = new Map<string, number>();
    const reservedAt = new Map<string, number>();
    tap = await TopicTap.start([orderTopic, stockTopic, chainTopic], ({ message, timestamp }) => {
      const type = message.headers?.ce_type?.toString();
      const key = message.key?.toString() ?? '';
      if (type === OrderPlaced.type) placedAt.set(key, timestamp);
      else if (type === StockReserved.type) reservedAt.set(key, timestamp);
      else if (type === OrderConfirmed.type) sagaDone.complete(key, timestamp);
      else if (type === OrderRejected.type) {
        rejected.add(key);
        sagaDone.complete(key, timestamp);
      } else if (type === 'chain') chainDone.complete(key, timestamp);
    });

    for (const service of ['catalog', 'orders'] as const) {
      databases.push(await createDatabase(`hb_bench_saga_${label}_${service}`));
    }
    const [catalogDb, ordersDb] = databases;
    services.push(
      ...(await Promise.all([
        spawnService('catalog', { databaseUrl: catalogDb.url, prefix }),
        spawnService('orders', { databaseUrl: ordersDb.url, prefix }),
      ])),
    );
    const [catalog, orders] = services;
    await seedCatalog(catalogDb, 0, PRODUCTS, { lotQuantity: 1_000_000_000 });
    await seedOrdersCatalogView(ordersDb, 0, PRODUCTS);
    const products = listedProducts(PRODUCTS).map(productId);
    const buyers = await Promise.all(Array.from({ length: BUYERS }, () => tokenFor('buyer', randomUUID())));
    const deliveryDate = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);

    interface Hops {
      post: number;
      placed: number;
      catalog: number;
      orders: number;
    }
    let hops: Hops[] = [];
    /** Places one order and resolves with its POST → CONFIRMED milliseconds. */
    const placeOrder = async (): Promise<number> => {
      const lines = new Map<string, number>();
      for (let count = 1 + randomInt(3); lines.size < count;) {
        lines.set(products[randomInt(products.length)], 10 + randomInt(50));
      }
      const started = Date.now();
      const answer = await call<{ id: string }>('POST', `${orders.url}/v1/orders`, {
        token: buyers[randomInt(buyers.length)],
        headers: { 'idempotency-key': randomUUID() },
        body: {
          lines: [...lines].map(([productId, quantity]) => ({ productId, quantity })),
          deliveryAddress: 'Mianyang No. 1 Middle School canteen, 12 Changhong Ave, Fucheng District',
          requestedDeliveryDate: deliveryDate,
        },
      });
      const answered = Date.now();
      if (answer.status !== 201) throw new Error(`POST /v1/orders answered ${answer.status}: ${answer.text}`);
      const id = answer.body.id;
      const confirmedAt = await sagaDone.wait(id);
      if (rejected.has(id)) throw new Error(`order ${id} was rejected`);
      const placed = placedAt.get(id);
      const reserved = reservedAt.get(id);
      placedAt.delete(id);
      reservedAt.delete(id);
      if (placed !== undefined && reserved !== undefined) {
        hops.push({
          post: answered - started,
          placed: placed - started,
          catalog: reserved - placed,
          orders: confirmedAt - reserved,
        });
      }
      return confirmedAt - started;
    };
    const breakdown = () => {
      const of = (pick: (hop: Hops) => number) => distribution(hops.map(pick));
      const parts = {
        postAnswered: of((hop) => hop.post),
        orderPlacedOnTopic: of((hop) => hop.placed),
        catalogHop: of((hop) => hop.catalog),
        ordersHop: of((hop) => hop.orders),
      };
      hops = [];
      return parts;
    };

    const measure = async (
      shape: 'closed' | 'open',
      amount: number,
      duration: number,
      one: () => Promise<number>,
    ): Promise<Phase> => {
      const latencies: number[] = [];
      const task = async () => {
        latencies.push(await one());
      };
      const loop =
        shape === 'closed'
          ? await closedLoop(amount, duration, task)
          : await openLoop(amount, duration, task);
      return {
        rate: loop.rate,
        completed: loop.completed,
        failed: loop.failed,
        latencies,
        firstError: loop.firstError,
      };
    };

    log(`warming up (${concurrency} buyers, 3 s)`);
    await measure('closed', concurrency, 3, placeOrder);

    log(`maximum sustainable rate: ${concurrency} buyers back to back for ${seconds} s`);
    const pids = { catalog: catalog.pid, orders: orders.pid };
    const cpu = new CpuMeter(pids);
    const backends = await BackendCpuMeter.start(ordersDb, [catalogDb.name, ordersDb.name]);
    const rss = new RssSampler(Object.values(pids));
    const capacity = await measure('closed', concurrency, seconds, placeOrder);
    const capacityCpu = cpu.stop();
    const capacityBackendCpu = await backends.stop();
    const peaks = rss.stop();
    const capacityHops = breakdown();
    if (capacity.completed === 0) throw new Error(`no order was confirmed: ${capacity.firstError}`);
    log(
      `${round(capacity.rate, 1)} orders/s confirmed (${capacity.failed} failed); machine CPU ${capacityCpu.machineBusyPct}% busy`,
    );

    const halfRate = capacity.rate / 2;
    log('same-run reference: the three hops through bare kafkajs');
    const bare = await BareChain.start(prefix, chainTopic);
    chain = bare;
    const chainOne = async () => {
      const key = randomUUID();
      const started = Date.now();
      await bare.send(key);
      return (await chainDone.wait(key)) - started;
    };
    await measure('closed', concurrency, 2, chainOne);
    // A bare PostgreSQL commit (one INSERT) five times a second beside each latency phase: the saga
    // commits three times in series.
    await ordersDb.query(
      `CREATE TABLE bench_commit_probe (id bigserial PRIMARY KEY, at timestamptz DEFAULT now())`,
    );
    const commitOne = async () => {
      const client = await ordersDb.pool.connect();
      const started = performance.now();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO bench_commit_probe DEFAULT VALUES');
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      return performance.now() - started;
    };
    /**
     * The saga at a fixed rate and the bare hops at the same rate, at the same time: both see the same
     * machine (the bare hops add a few records a second to the broker's work).
     */
    const latencyAt = async (rate: number) => {
      await sleep(1_000);
      const meter = new CpuMeter(pids);
      const [saga, bareChain, commits] = await Promise.all([
        measure('open', rate, seconds, placeOrder),
        measure('open', rate, seconds, chainOne),
        measure('open', 5, seconds, commitOne),
      ]);
      const phaseCpu = meter.stop();
      const latency = distribution(saga.latencies);
      const floor = distribution(bareChain.latencies);
      return {
        rate,
        saga,
        latency,
        floor,
        tail: round(latency.p99 / latency.p50, 2),
        floorTail: round(floor.p99 / floor.p50, 2),
        commit: distribution(commits.latencies),
        cpu: phaseCpu,
        hops: breakdown(),
      };
    };
    type LatencyPhase = Awaited<ReturnType<typeof latencyAt>>;

    log(
      `latency at half the maximum rate: ${round(halfRate, 1)} orders/s for ${seconds} s, bare hops alongside`,
    );
    const half = await latencyAt(halfRate);
    const fixed: { rate: number; p99Ms: number; tail?: number; phase?: LatencyPhase }[] = [];
    // `--fixed-rate N` adds a phase at N orders/s (no goal): the same load for builds compared one
    // after the other, or at once, on a machine too busy for the goals' rates.
    const extraRate = numberFlag('fixed-rate', 0.001);
    const rates = extraRate >= 0.01 ? [{ rate: extraRate, p99Ms: Infinity }, ...FIXED_RATES] : FIXED_RATES;
    for (const goal of rates) {
      if (goal.rate > capacity.rate) {
        log(
          `${goal.rate} orders/s is above the maximum sustainable rate (${round(capacity.rate, 1)}): not run`,
        );
        fixed.push(goal);
        continue;
      }
      log(`latency at ${goal.rate} orders/s for ${seconds} s, bare hops alongside`);
      fixed.push({ ...goal, phase: await latencyAt(goal.rate) });
    }
    const chainCapacity = await measure('closed', concurrency, Math.max(4, seconds / 2), chainOne);

    const capacityRatio = ratio(capacity.rate, chainCapacity.rate);
    result.rows.push(
      {
        measure: `orders confirmed per second, ${concurrency} buyers back to back`,
        figure: `${round(capacity.rate, 1)} orders/s`,
        reference: `bare Kafka, same three hops: ${thousands(chainCapacity.rate)} chains/s`,
        ratio: capacityRatio,
        goal: `≥ ${GOAL_CAPACITY_RATIO} of the bare chain`,
        met: meets(capacityRatio, '>=', GOAL_CAPACITY_RATIO),
      },
      {
        measure: `POST → CONFIRMED p50 at ${round(halfRate, 1)} orders/s (half the maximum)`,
        figure: `${half.latency.p50} ms`,
        reference: `bare Kafka, same hops and rate, p50: ${half.floor.p50} ms`,
        ratio: ratio(half.latency.p50, half.floor.p50),
      },
      {
        measure: `POST → CONFIRMED p99 at ${round(halfRate, 1)} orders/s`,
        figure: `${half.latency.p99} ms`,
        reference: `bare Kafka, same hops and rate, p99: ${half.floor.p99} ms`,
        ratio: ratio(half.latency.p99, half.floor.p99),
        goal: `p99 ≤ ${GOAL_P99_MS} ms`,
        met: meets(half.latency.p99, '<=', GOAL_P99_MS),
      },
      {
        measure: 'tail: p99 / p50',
        figure: String(half.tail),
        reference: `bare Kafka: ${half.floorTail}`,
        ratio: ratio(half.tail, half.floorTail),
        goal: `≤ ${GOAL_TAIL}`,
        met: meets(half.tail, '<=', GOAL_TAIL),
      },
    );
    for (const { rate, p99Ms, tail, phase } of fixed) {
      if (!phase) {
        if (!Number.isFinite(p99Ms)) continue;
        result.rows.push({
          measure: `POST → CONFIRMED p99 at ${rate} orders/s`,
          figure: `not sustainable: at most ${round(capacity.rate, 1)} orders/s`,
          reference: `bare Kafka, same three hops: ${thousands(chainCapacity.rate)} chains/s`,
          goal: `p99 ≤ ${p99Ms} ms`,
          met: false,
        });
        continue;
      }
      result.rows.push({
        measure: `POST → CONFIRMED p99 at ${rate} orders/s (p50 ${phase.latency.p50} ms)`,
        figure: `${phase.latency.p99} ms`,
        reference: `bare Kafka, same hops and rate, p99: ${phase.floor.p99} ms (p50 ${phase.floor.p50} ms)`,
        ratio: ratio(phase.latency.p99, phase.floor.p99),
        ...(Number.isFinite(p99Ms) && {
          goal: `p99 ≤ ${p99Ms} ms`,
          met: meets(phase.latency.p99, '<=', p99Ms),
        }),
      });
      if (tail !== undefined)
        result.rows.push({
          measure: `tail at ${rate} orders/s: p99 / p50`,
          figure: String(phase.tail),
          reference: `bare Kafka: ${phase.floorTail}`,
          ratio: ratio(phase.tail, phase.floorTail),
          goal: `≤ ${tail}`,
          met: meets(phase.tail, '<=', tail),
        });
    }
    const perOrder = (cpuSeconds: number, orders_: number) =>
      round((1000 * cpuSeconds) / Math.max(orders_, 1), 2);
    const phaseDetails = (phase: LatencyPhase) => ({
      rate: round(phase.rate, 2),
      completed: phase.saga.completed,
      failed: phase.saga.failed,
      latency: phase.latency,
      bareChain: phase.floor,
      barePostgresCommit: phase.commit,
      machineBusyPct: phase.cpu.machineBusyPct,
      cpuMsPerOrder: {
        catalog: perOrder(phase.cpu.seconds.catalog, phase.saga.completed),
        orders: perOrder(phase.cpu.seconds.orders, phase.saga.completed),
      },
      whereTheTimeGoes: phase.hops,
    });
    result.details = {
      concurrency,
      seconds,
      products: PRODUCTS,
      buyers: BUYERS,
      capacity: {
        rate: round(capacity.rate, 2),
        completed: capacity.completed,
        failed: capacity.failed,
        latency: distribution(capacity.latencies),
      },
      atHalfRate: phaseDetails(half),
      atFixedRates: fixed.map(({ rate, phase }) =>
        phase ? phaseDetails(phase) : { rate, notRun: 'above the maximum sustainable rate' },
      ),
      bareChain: {
        capacity: round(chainCapacity.rate, 1),
        capacityLatency: distribution(chainCapacity.latencies),
      },
      cpuDuringCapacity: {
        machineBusyPct: capacityCpu.machineBusyPct,
        cpuMsPerOrder: {
          catalog: perOrder(capacityCpu.seconds.catalog, capacity.completed),
          orders: perOrder(capacityCpu.seconds.orders, capacity.completed),
          postgresBackends: perOrder(capacityBackendCpu, capacity.completed),
        },
      },
      peakRssMb: { catalog: peaks.get(catalog.pid), orders: peaks.get(orders.pid) },
      rejected: rejected.size,
      whereTheTimeGoes: {
        note: 'ms from the POST: its answer, OrderPlaced on the topic; then catalog (OrderPlaced → StockReserved appended) and orders (StockReserved → OrderConfirmed appended)',
        atMaximum: capacityHops,
      },
    };
    for (const phase of [half, ...fixed.flatMap(({ phase: fixedPhase }) => (fixedPhase ? [fixedPhase] : []))])
      if (phase.saga.failed > 0)
        result.limits.push(
          `${phase.saga.failed} orders failed at ${round(phase.rate, 1)} orders/s: ${phase.saga.firstError}`,
        );
    result.limits.push(
      `at the maximum rate the machine's CPU was ${capacityCpu.machineBusyPct}% busy (all processes, both cores); ` +
        `each order took ${perOrder(capacityCpu.seconds.orders, capacity.completed)} ms of the orders process's CPU, ` +
        `${perOrder(capacityCpu.seconds.catalog, capacity.completed)} ms of catalog's and ` +
        `${perOrder(capacityBackendCpu, capacity.completed)} ms of their PostgreSQL backends', besides the broker's and this process's.`,
    );
    const hopsLine = (phase: LatencyPhase) =>
      `POST answered ${phase.hops.postAnswered.p50} / ${phase.hops.postAnswered.p99}, ` +
      `OrderPlaced on the topic ${phase.hops.orderPlacedOnTopic.p50} / ${phase.hops.orderPlacedOnTopic.p99}, ` +
      `catalog hop ${phase.hops.catalogHop.p50} / ${phase.hops.catalogHop.p99}, orders hop ${phase.hops.ordersHop.p50} / ${phase.hops.ordersHop.p99}`;
    const machineLine = (phase: LatencyPhase) =>
      `the machine's CPU was ${phase.cpu.machineBusyPct}% busy; at the same time the bare three hops had p50 ` +
      `${phase.floor.p50} ms and p99 ${phase.floor.p99} ms (p99/p50 ${phase.floorTail}), and a bare PostgreSQL ` +
      `commit (BEGIN, one INSERT, COMMIT) p50 ${phase.commit.p50} ms and p99 ${phase.commit.p99} ms`;
    result.limits.push(`where the time goes at half rate (p50 / p99 ms): ${hopsLine(half)}.`);
    if (!meets(half.latency.p99, '<=', GOAL_P99_MS) || !meets(half.tail, '<=', GOAL_TAIL)) {
      result.limits.push(
        `at half rate ${machineLine(half)}; an order waits for three such commits and three relay passes in series.`,
      );
    }
    for (const { rate, p99Ms, tail, phase } of fixed) {
      if (!phase) continue;
      const met =
        meets(phase.latency.p99, '<=', p99Ms) && (tail === undefined || meets(phase.tail, '<=', tail));
      result.limits.push(
        `at ${rate} orders/s (p50 / p99 ms): ${hopsLine(phase)}; CPU per order: orders ` +
          `${perOrder(phase.cpu.seconds.orders, phase.saga.completed)} ms, catalog ` +
          `${perOrder(phase.cpu.seconds.catalog, phase.saga.completed)} ms` +
          (met ? '.' : `; ${machineLine(phase)}.`),
      );
    }
    const profiles: Record<string, string[]> = {};
    await stopServices(services, profiles);
    if (Object.keys(profiles).length > 0) result.profiles = profiles;
    return finished(result);
  } finally {
    await chain?.stop();
    await tap?.stop().catch(() => undefined);
    for (const service of services) await service.stop().catch(() => undefined);
    for (const db of databases) await db.drop().catch(() => undefined);
    await deleteTopics(prefix);
  }
}

if (require.main === module) runStandalone(run);
