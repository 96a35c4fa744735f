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
import { CpuMeter, RssSampler } from './lib/processes';
import { finished, meets, newResult, runStandalone, type BenchResult } from './lib/results';
import { listedProducts, productId, seedCatalog, seedOrdersCatalogView } from './lib/seed';
import { spawnService, stopServices, type ServiceProcess } from './lib/services';
import { distribution, ratio, round, thousands } from './lib/stats';

const log = logger('saga');
const GOAL_P99_MS = 250;
const GOAL_TAIL = 5;
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
    const rss = new RssSampler(Object.values(pids));
    const capacity = await measure('closed', concurrency, seconds, placeOrder);
    const capacityCpu = cpu.stop();
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
    await sleep(1_000);
    // The saga at half its maximum rate and the bare hops at the same rate, at the same time: both see
    // the same machine (the bare hops add a few records a second to the broker's work).
    log(
      `latency at half the maximum rate: ${round(halfRate, 1)} orders/s for ${seconds} s, bare hops alongside`,
    );
    const latencyCpu = new CpuMeter(pids);
    // And a bare PostgreSQL commit (one INSERT) five times a second: the saga commits three times in series.
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
    const [atHalf, chainAtHalf, commits] = await Promise.all([
      measure('open', halfRate, seconds, placeOrder),
      measure('open', halfRate, seconds, chainOne),
      measure('open', 5, seconds, commitOne),
    ]);
    const halfCpu = latencyCpu.stop();
    const halfHops = breakdown();
    const chainCapacity = await measure('closed', concurrency, Math.max(4, seconds / 2), chainOne);

    const saga = distribution(atHalf.latencies);
    const floor = distribution(chainAtHalf.latencies);
    const tail = round(saga.p99 / saga.p50, 2);
    result.rows.push(
      {
        measure: `orders confirmed per second, ${concurrency} buyers back to back`,
        figure: `${round(capacity.rate, 1)} orders/s`,
        reference: `bare Kafka, same three hops: ${thousands(chainCapacity.rate)} chains/s`,
        ratio: ratio(capacity.rate, chainCapacity.rate),
      },
      {
        measure: `POST → CONFIRMED p50 at ${round(halfRate, 1)} orders/s (half the maximum)`,
        figure: `${saga.p50} ms`,
        reference: `bare Kafka, same hops and rate, p50: ${floor.p50} ms`,
        ratio: ratio(saga.p50, floor.p50),
      },
      {
        measure: `POST → CONFIRMED p99 at ${round(halfRate, 1)} orders/s`,
        figure: `${saga.p99} ms`,
        reference: `bare Kafka, same hops and rate, p99: ${floor.p99} ms`,
        ratio: ratio(saga.p99, floor.p99),
        goal: `p99 ≤ ${GOAL_P99_MS} ms`,
        met: meets(saga.p99, '<=', GOAL_P99_MS),
      },
      {
        measure: 'tail: p99 / p50',
        figure: String(tail),
        reference: `bare Kafka: ${round(floor.p99 / floor.p50, 2)}`,
        ratio: ratio(tail, floor.p99 / floor.p50),
        goal: `≤ ${GOAL_TAIL}`,
        met: meets(tail, '<=', GOAL_TAIL),
      },
    );
    const perOrder = (cpuSeconds: number, orders_: number) =>
      round((1000 * cpuSeconds) / Math.max(orders_, 1), 2);
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
      atHalfRate: {
        rate: round(halfRate, 2),
        completed: atHalf.completed,
        failed: atHalf.failed,
        latency: saga,
      },
      bareChain: {
        capacity: round(chainCapacity.rate, 1),
        atHalfRate: floor,
        capacityLatency: distribution(chainCapacity.latencies),
      },
      cpuDuringCapacity: {
        machineBusyPct: capacityCpu.machineBusyPct,
        cpuMsPerOrder: {
          catalog: perOrder(capacityCpu.seconds.catalog, capacity.completed),
          orders: perOrder(capacityCpu.seconds.orders, capacity.completed),
        },
      },
      cpuAtHalfRate: { machineBusyPct: halfCpu.machineBusyPct },
      barePostgresCommitAtHalfRate: distribution(commits.latencies),
      peakRssMb: { catalog: peaks.get(catalog.pid), orders: peaks.get(orders.pid) },
      rejected: rejected.size,
      whereTheTimeGoes: {
        note: 'ms from the POST: its answer, OrderPlaced on the topic; then catalog (OrderPlaced → StockReserved appended) and orders (StockReserved → OrderConfirmed appended)',
        atHalfRate: halfHops,
        atMaximum: capacityHops,
      },
    };
    if (atHalf.failed > 0)
      result.limits.push(`${atHalf.failed} orders failed at half rate: ${atHalf.firstError}`);
    result.limits.push(
      `at the maximum rate the machine's CPU was ${capacityCpu.machineBusyPct}% busy (all processes, both cores); ` +
        `each order took ${perOrder(capacityCpu.seconds.orders, capacity.completed)} ms of the orders process's CPU and ` +
        `${perOrder(capacityCpu.seconds.catalog, capacity.completed)} ms of catalog's, besides PostgreSQL's and the broker's.`,
    );
    result.limits.push(
      `where the time goes at half rate (p50 / p99 ms): POST answered ${halfHops.postAnswered.p50} / ${halfHops.postAnswered.p99}, ` +
        `OrderPlaced on the topic ${halfHops.orderPlacedOnTopic.p50} / ${halfHops.orderPlacedOnTopic.p99}, ` +
        `catalog hop ${halfHops.catalogHop.p50} / ${halfHops.catalogHop.p99}, orders hop ${halfHops.ordersHop.p50} / ${halfHops.ordersHop.p99}.`,
    );
    const commit = distribution(commits.latencies);
    if (!meets(saga.p99, '<=', GOAL_P99_MS) || !meets(tail, '<=', GOAL_TAIL)) {
      result.limits.push(
        `at half rate the machine's CPU was ${halfCpu.machineBusyPct}% busy; at the same time the bare three ` +
          `hops had p50 ${floor.p50} ms and p99 ${floor.p99} ms (p99/p50 ${round(floor.p99 / floor.p50, 2)}), and a ` +
          `bare PostgreSQL commit (BEGIN, one INSERT, COMMIT) p50 ${commit.p50} ms and p99 ${commit.p99} ms; ` +
          'an order waits for three such commits and three relay passes in series.',
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
