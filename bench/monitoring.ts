/**
 * Monitoring: events per second the monitoring service applies (read model and rule evaluation, the
 * events of a partition's fetched batch in one transaction, as it runs) against references on the
 * same records of the same topics in the same run: a bare kafkajs consumer loop that only parses (run
 * three times, its median taken: alone it reads the records in about a second, and single runs
 * differed 2.5× on this machine), and a bare kafkajs loop that applies each event with monitoring's
 * own handlers (the same SQL, one transaction per batch, finished as the consumer finishes it) on a
 * database of its own, without inbox, validation, trace or metrics. A third loop only parses and
 * writes each record's inbox row, per partition batch: the floor of any consumer that applies each
 * event once, before it applies anything. All four consume with the
 * service's own fetch settings (its MessagingOptions: bytes per partition and per fetch) and are
 * timed the same way: from the first fetched record handed to their code (kafkajs' eachMessage or
 * eachBatch; the service's InboxProcessor.processBatch) to the last record parsed or committed, so
 * that joining the group is in none of them. Then the p99 of the market-indicator query over a read
 * model holding 1 million order lines, against /health/live of the same service.
 *
 *   npx ts-node -r tsconfig-paths/register --transpile-only bench/monitoring.ts [--quick] [--orders 50000] [--lines 1000000]
 */
import { randomUUID } from 'node:crypto';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { Partitioners, type Message } from 'kafkajs';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import {
  OrderCompleted,
  OrderPlaced,
  ProductListed,
  PRODUCT_CATEGORIES,
  writersOf,
  type EventDefinition,
  type EventEnvelope,
  type ProductSnapshot,
} from '@hb/contracts';
import {
  EventContext,
  InboxProcessor,
  isLockConflict,
  MESSAGING_OPTIONS,
  TopicProvisioner,
  TransactionBatch,
  type EventHandler,
  type MessagingOptions,
} from '@hb/messaging';
import { createService, mintDevelopmentToken, startService } from '@hb/platform';
import {
  MarketEventsHandler,
  MarketHistoryHandler,
  monitoringService,
  MONITORED_TOPICS,
  OwnFindingsHandler,
} from '../apps/monitoring/src';
import { createDatabase } from './lib/db';
import { byMode, logger, numberFlag, sleep, uniqueLabel } from './lib/env';
import { deleteTopics, kafka, withAdmin } from './lib/kafka';
import { finished, meets, newResult, runStandalone, type BenchResult } from './lib/results';
import { distribution, median, ratio, round, thousands } from './lib/stats';

const log = logger('monitoring');
const GOAL = 0.5;
/** Runs of the parse-only loop; its median is the reference. */
const BARE_RUNS = 3;
const COUNTIES = ['513431', '522728', '433130', '623026', '532530'];

const envelope = <T extends object>(definition: EventDefinition<T>, data: T, time: Date) => ({
  key: definition.subjectOf(data),
  value: JSON.stringify({
    id: randomUUID(),
    type: definition.type,
    // The topic's owner: monitoring believes an event only from the service that owns its topic.
    source: writersOf(definition.topic)[0],
    time: time.toISOString(),
    subject: definition.subjectOf(data),
    specversion: '1.0',
    datacontenttype: 'application/json',
    data,
  }),
  headers: { 'content-type': 'application/cloudevents+json' },
});

function product(index: number): ProductSnapshot {
  const category = PRODUCT_CATEGORIES[index % PRODUCT_CATEGORIES.length];
  return {
    id: randomUUID(),
    producerId: randomUUID(),
    countyCode: COUNTIES[index % COUNTIES.length],
    name: `product ${index}`,
    category,
    unit: 'kg',
    shelfLifeDays: 365,
    minOrderQuantity: 1,
    priceTiers: [{ minQuantity: 1, unitPriceCents: 1000 + (index % 50) * 20 }],
    brand: null,
    status: 'listed',
    badges: [],
    reliefEligible: false,
    coldChainProfile: { minC: 0, maxC: 25, maxDwellMinutes: 720 },
    version: 1,
  };
}

/** Products, then orders placed and accepted over the last 90 days: what the topics hold before either consumer starts. */
async function publishMarket(prefix: string, products: ProductSnapshot[], orders: number): Promise<number> {
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    allowAutoTopicCreation: false,
    // A send retried after the broker had written it would put its records on the topics twice (runs
    // held 59 to 119 product snapshots twice): every loop would then read more than was published.
    idempotent: true,
  });
  await producer.connect();
  let sent = 0;
  const send = async (definition: EventDefinition, messages: Message[]) => {
    for (let start = 0; start < messages.length; start += 1000) {
      await producer.send({
        topic: `${prefix}.${definition.topic.name}`,
        acks: -1,
        messages: messages.slice(start, start + 1000),
      });
    }
    sent += messages.length;
  };
  const now = Date.now();
  await send(
    ProductListed,
    products.map((p) => envelope(ProductListed, p, new Date(now - 100 * 86_400_000))),
  );
  const placed: Message[] = [];
  const completed: Message[] = [];
  for (let index = 0; index < orders; index += 1) {
    const p = products[index % products.length];
    const orderId = randomUUID();
    const at = new Date(now - ((index * 7919) % 90) * 86_400_000);
    const unitPriceCents = p.priceTiers[0].unitPriceCents;
    placed.push(
      envelope(
        OrderPlaced,
        {
          orderId,
          buyerId: `buyer-${index % 40}`,
          lines: [{ productId: p.id, quantity: 10, unitPriceCents, lineTotalCents: 10 * unitPriceCents }],
          totalCents: 10 * unitPriceCents,
          placedAt: at.toISOString(),
        },
        at,
      ),
    );
    completed.push(
      envelope(
        OrderCompleted,
        { orderId, buyerId: `buyer-${index % 40}` },
        new Date(at.getTime() + 3_600_000),
      ),
    );
  }
  const interleaved = placed.flatMap((message, index) => [message, completed[index]]);
  await send(OrderPlaced, interleaved);
  await producer.disconnect();
  return sent;
}

/** How the service's consumer fetches (its MessagingOptions), for the references to fetch alike. */
interface FetchSettings {
  maxWaitTimeInMs: number;
  maxBytesPerPartition: number;
  maxBytes: number;
}

const fetchSettingsOf = (options: MessagingOptions): FetchSettings => ({
  maxWaitTimeInMs: 250,
  maxBytesPerPartition: options.fetchMaxBytesPerPartition,
  maxBytes: options.fetchMaxBytes,
});

/**
 * Seconds a bare kafkajs consumer (parse only) takes from its first record to its `records`th, and
 * from the start of its run (joining the group and the first fetch included) to its `records`th.
 */
async function bareLoop(
  topics: string[],
  groupId: string,
  records: number,
  fetch: FetchSettings,
): Promise<{ seconds: number; withJoin: number }> {
  const consumer = kafka.consumer({ groupId, ...fetch });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  let seen = 0;
  let started = 0;
  let ended = 0;
  const run = performance.now();
  const done = new Promise<void>((resolve) => {
    void consumer.run({
      partitionsConsumedConcurrently: 6,
      eachMessage: async ({ message }) => {
        if (seen === 0) started = performance.now();
        JSON.parse(message.value!.toString());
        seen += 1;
        if (seen === records) {
          ended = performance.now();
          resolve();
        }
      },
    });
  });
  await done;
  await consumer.disconnect();
  return { seconds: (ended - started) / 1000, withJoin: (ended - run) / 1000 };
}

/**
 * Seconds a bare kafkajs consumer takes, from its first fetched batch to the commit that completes
 * `records` records, to parse each record and write its inbox row, one transaction and one INSERT of
 * the batch's rows per partition batch (the statement libs/messaging's consumer runs), 6 partitions at
 * once: what any consumer that applies each event once (the inbox) pays before applying anything.
 */
async function inboxLoop(
  pool: Pool,
  topics: string[],
  groupId: string,
  records: number,
  fetch: FetchSettings,
): Promise<number> {
  const consumer = kafka.consumer({ groupId, ...fetch });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  let seen = 0;
  let started = 0;
  let ended = 0;
  const done = new Promise<void>((resolve, reject) => {
    void consumer.run({
      partitionsConsumedConcurrently: 6,
      eachBatch: async ({ batch }) => {
        if (started === 0) started = performance.now();
        const events = batch.messages.map(
          (message) => JSON.parse(message.value!.toString()) as { id: string; type: string },
        );
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query(
            `INSERT INTO inbox (consumer_group, event_id, type, topic, "partition", "offset")
             SELECT $1, event_id, type, $4, $5, "offset"
               FROM unnest($2::uuid[], $3::text[], $6::bigint[]) AS b(event_id, type, "offset")
             ON CONFLICT DO NOTHING`,
            [
              groupId,
              events.map((event) => event.id),
              events.map((event) => event.type),
              batch.topic,
              batch.partition,
              batch.messages.map((message) => message.offset),
            ],
          );
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        } finally {
          client.release();
        }
        seen += events.length;
        if (seen >= records && ended === 0) {
          ended = performance.now();
          resolve();
        }
      },
    });
  });
  await done;
  await consumer.disconnect();
  return (ended - started) / 1000;
}

/** Monitoring's `@EventPattern` handlers of a service instance, by event type, called directly. */
function handlersOf(app: Awaited<ReturnType<typeof createService>>): Map<string, EventHandler> {
  const handlers = new Map<string, EventHandler>();
  for (const type of [MarketEventsHandler, MarketHistoryHandler, OwnFindingsHandler]) {
    const instance = app.get<object>(type);
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const method = prototype[name];
      if (typeof method !== 'function') continue;
      const patterns = Reflect.getMetadata(PATTERN_METADATA, method) as unknown[] | undefined;
      for (const pattern of [patterns ?? []].flat(2)) {
        if (typeof pattern === 'string')
          handlers.set(pattern, (event, context) => (method as EventHandler).call(instance, event, context));
      }
    }
  }
  return handlers;
}

/** Per event type in the SQL loop: statements, time waiting for them, time in the handler in all. */
interface EventCost {
  events: number;
  statementsPerEvent: number;
  sqlMsPerEvent: number;
  handlerMsPerEvent: number;
}

/**
 * Seconds a bare kafkajs consumer takes, from its first fetched batch to its last commit, to apply
 * `records` records of the topics with monitoring's handlers on `app`'s database: the same SQL per
 * event, one transaction per partition batch (at most `perTransaction` events), one batch at a time,
 * no inbox, no validation (the data as parsed), no trace, no metrics.
 */
async function sqlLoop(
  app: Awaited<ReturnType<typeof createService>>,
  topics: string[],
  groupId: string,
  records: number,
  perTransaction: number,
  fetch: FetchSettings,
): Promise<{
  seconds: number;
  withJoin: number;
  deadlocks: number;
  byType: Record<string, EventCost>;
  slowest: { statement: string; count: number; msEach: number; shareOfSql: number }[];
}> {
  const handlers = handlersOf(app);
  let deadlocks = 0;
  const costs = new Map<string, { events: number; statements: number; sqlNs: bigint; handlerNs: bigint }>();
  // Time by statement (its first words), to say which ones the loop waits for.
  const byStatement = new Map<string, { count: number; ns: bigint }>();
  const dataSource = app.get(DataSource);
  const consumer = kafka.consumer({ groupId, ...fetch });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  let seen = 0;
  let started = 0;
  let ended = 0;
  const run = performance.now();
  const done = new Promise<void>((resolve, reject) => {
    void consumer.run({
      // One partition's batch at a time: monitoring's handlers lock the markets an event touches, and
      // batches of different partitions holding those locks at once deadlock (84 in a minute at 6).
      partitionsConsumedConcurrently: 1,
      eachBatch: async ({ batch, heartbeat }) => {
        if (started === 0) started = performance.now();
        for (let start = 0; start < batch.messages.length; start += perTransaction) {
          const messages = batch.messages.slice(start, start + perTransaction);
          // Like any loop holding locks across events, it retries a transaction that lost a deadlock.
          for (;;) {
            try {
              await dataSource.transaction(async (transaction) => {
                // Where an event's time goes: its statements, and their time against the handler's.
                let statements = 0;
                let sqlNs = 0n;
                const query = transaction.query.bind(transaction);
                transaction.query = async <T>(sql: string, parameters?: unknown[]): Promise<T> => {
                  statements += 1;
                  const start = process.hrtime.bigint();
                  try {
                    return await query<T>(sql, parameters);
                  } finally {
                    const took = process.hrtime.bigint() - start;
                    sqlNs += took;
                    const name = sql.replace(/\s+/g, ' ').trim().slice(0, 60);
                    const seen = byStatement.get(name) ?? { count: 0, ns: 0n };
                    seen.count += 1;
                    seen.ns += took;
                    byStatement.set(name, seen);
                  }
                };
                const shared = new TransactionBatch();
                const record = (type: string, statementsBefore: number, sqlBefore: bigint, start: bigint) => {
                  const cost = costs.get(type) ?? { events: 0, statements: 0, sqlNs: 0n, handlerNs: 0n };
                  cost.events += 1;
                  cost.statements += statements - statementsBefore;
                  cost.sqlNs += sqlNs - sqlBefore;
                  cost.handlerNs += process.hrtime.bigint() - start;
                  costs.set(type, cost);
                };
                for (const message of messages) {
                  const event = JSON.parse(message.value!.toString()) as EventEnvelope<object>;
                  const handler = handlers.get(event.type);
                  if (!handler) continue;
                  const position = { topic: batch.topic, partition: batch.partition, offset: message.offset };
                  const [statementsBefore, sqlBefore, start] = [statements, sqlNs, process.hrtime.bigint()];
                  await handler(event, new EventContext(transaction, event, position, 1, shared));
                  record(event.type, statementsBefore, sqlBefore, start);
                }
                // What the handlers left for the end of the transaction (orders: applied and evaluated per batch).
                const [statementsBefore, sqlBefore, start] = [statements, sqlNs, process.hrtime.bigint()];
                await shared.finish();
                record('(end of the batch)', statementsBefore, sqlBefore, start);
              });
              break;
            } catch (error) {
              if (!isLockConflict(error)) {
                reject(error instanceof Error ? error : new Error(String(error)));
                return;
              }
              deadlocks += 1;
            }
          }
          seen += messages.length;
          await heartbeat();
        }
        if (seen >= records && ended === 0) {
          ended = performance.now();
          resolve();
        }
      },
    });
  });
  await done;
  const seconds = (ended - started) / 1000;
  await consumer.disconnect();
  const byType: Record<string, EventCost> = {};
  for (const [type, cost] of costs) {
    byType[type] = {
      events: cost.events,
      statementsPerEvent: round(cost.statements / cost.events, 1),
      sqlMsPerEvent: round(Number(cost.sqlNs) / 1e6 / cost.events, 2),
      handlerMsPerEvent: round(Number(cost.handlerNs) / 1e6 / cost.events, 2),
    };
  }
  const slowest = [...byStatement]
    .sort(([, a], [, b]) => (a.ns > b.ns ? -1 : a.ns < b.ns ? 1 : 0))
    .slice(0, 6)
    .map(([statement, { count, ns }]) => ({
      statement,
      count,
      msEach: round(Number(ns) / 1e6 / count, 2),
      shareOfSql: round(
        Number(ns) / Number([...byStatement.values()].reduce((sum, { ns: each }) => sum + each, 0n)),
        3,
      ),
    }));
  return { seconds, withJoin: (ended - run) / 1000, deadlocks, byType, slowest };
}

/** Each partition's end offset (`topic:partition`, physical names): where the published records end. */
async function endOffsets(topics: string[]): Promise<Map<string, number>> {
  return withAdmin(async (admin) => {
    const ends = new Map<string, number>();
    for (const topic of topics) {
      for (const { partition, high } of await admin.fetchTopicOffsets(topic))
        ends.set(`${topic}:${partition}`, Number(high));
    }
    return ends;
  });
}

async function caughtUp(groupId: string, topics: string[], ends: ReadonlyMap<string, number>): Promise<void> {
  await withAdmin(async (admin) => {
    for (;;) {
      const committed = await admin.fetchOffsets({ groupId, topics });
      const behind = committed.some(({ topic, partitions }) =>
        partitions.some(({ partition, offset }) => {
          const end = ends.get(`${topic}:${partition}`) ?? 0;
          return end > 0 && Number(offset) < end;
        }),
      );
      if (!behind) return;
      await sleep(200);
    }
  });
}

/**
 * Times the service's consumer like the references: from the first batch of fetched records its
 * InboxProcessor is handed to the end of the last one holding published records (the batch's
 * transactions and offsets committed). Its own findings, which it publishes and reads back, are not
 * the published records and do not extend the time. Also counts the batches and their records, and
 * the time spent in them (the rest is kafkajs fetching while no batch is being applied).
 */
function timeConsumer(
  app: Awaited<ReturnType<typeof createService>>,
  prefix: string,
  ends: ReadonlyMap<string, number>,
) {
  const processor = app.get(InboxProcessor);
  const processBatch = processor.processBatch.bind(processor);
  const timed = { first: 0, last: 0, batches: [] as number[], inBatchesMs: 0 };
  processor.processBatch = async (records, handlerFor, control) => {
    const start = performance.now();
    if (timed.first === 0) timed.first = start;
    const published = records.filter(
      ({ topic, partition, offset }) => Number(offset) < (ends.get(`${prefix}.${topic}:${partition}`) ?? 0),
    ).length;
    await processBatch(records, handlerFor, control);
    timed.inBatchesMs += performance.now() - start;
    if (published > 0) {
      timed.last = performance.now();
      timed.batches.push(published);
    }
  };
  return timed;
}

/**
 * The bench process's memory before `work` and at its peak while it runs (sampled every 50 ms), in
 * MiB: what the service's consumer adds (fetched records, parsed events, its transactions) is the rise.
 */
async function memoryDuring<T>(work: () => Promise<T>): Promise<{
  result: T;
  before: { rss: number; heap: number; external: number };
  peak: { rss: number; heap: number; external: number };
}> {
  const mib = (bytes: number) => round(bytes / 1_048_576, 0);
  const now = () => {
    const { rss, heapUsed, external } = process.memoryUsage();
    return { rss: mib(rss), heap: mib(heapUsed), external: mib(external) };
  };
  // With --expose-gc, what is left of the references' runs is collected first.
  (globalThis as { gc?: () => void }).gc?.();
  const before = now();
  const peak = { ...before };
  const sample = () => {
    const current = now();
    peak.rss = Math.max(peak.rss, current.rss);
    peak.heap = Math.max(peak.heap, current.heap);
    peak.external = Math.max(peak.external, current.external);
  };
  const sampler = setInterval(sample, 50);
  try {
    const result = await work();
    sample();
    return { result, before, peak };
  } finally {
    clearInterval(sampler);
  }
}

/** `lines` accepted order lines over the last year, straight into the read model (as the consumer would leave them). */
async function fillOrderLines(query: (sql: string) => Promise<unknown>, lines: number): Promise<void> {
  await query(`
    INSERT INTO order_lines (order_id, product_id, buyer_id, category, county_code, quantity, unit_price_cents, placed_at,
                             accepted_quantity, accepted_cents, accepted_at)
    SELECT gen_random_uuid(), p.id, 'buyer-' || (i % 40), p.category, p.county_code, 10, p.lowest_unit_price_cents,
           now() - make_interval(secs => (i::bigint * 7919) % 31536000),
           10, 10 * p.lowest_unit_price_cents, now() - make_interval(secs => (i::bigint * 7919) % 31536000) + interval '1 hour'
      FROM generate_series(1, ${lines}) AS i
      JOIN (SELECT id, category, county_code, lowest_unit_price_cents, row_number() OVER (ORDER BY id) - 1 AS n FROM products) p
        ON p.n = i % (SELECT count(*) FROM products)`);
  await query('ANALYZE order_lines');
}

export async function run(): Promise<BenchResult> {
  const result = newResult('monitoring', 'Monitoring consumer and indicator query');
  const label = uniqueLabel();
  const prefix = `bench-mon-${label}`;
  const db = await createDatabase(`hb_bench_mon_${label}`);
  const referenceDb = await createDatabase(`hb_bench_monref_${label}`);
  const orders = numberFlag('orders', byMode(2_000, 50_000));
  const lines = numberFlag('lines', byMode(100_000, 1_000_000));
  const queries = byMode(40, 300);
  const products = Array.from({ length: 180 }, (_, index) => product(index));
  const topics = MONITORED_TOPICS.map((topic) => `${prefix}.${topic}`);
  const groupId = `${prefix}.monitoring`;
  let app: Awaited<ReturnType<typeof createService>> | undefined;
  let reference: Awaited<ReturnType<typeof createService>> | undefined;
  try {
    app = await createService(monitoringService, {
      databaseUrl: db.url,
      messaging: { topicPrefix: prefix, groupId },
    });
    await app.get(TopicProvisioner).ensureTopics();
    const records = await publishMarket(prefix, products, orders);
    log(`published ${thousands(records)} events`);

    const options = app.get<MessagingOptions>(MESSAGING_OPTIONS);
    const fetch = fetchSettingsOf(options);
    const ends = await endOffsets(topics);
    const onTopics = [...ends.values()].reduce((sum, end) => sum + end, 0);
    if (onTopics !== records)
      throw new Error(`published ${records} events, the topics hold ${onTopics} records`);
    const bareRuns: number[] = [];
    const bareRunsWithJoin: number[] = [];
    for (let run = 1; run <= BARE_RUNS; run += 1) {
      const { seconds, withJoin } = await bareLoop(topics, `${prefix}.bare${run}`, records, fetch);
      bareRuns.push(records / seconds);
      bareRunsWithJoin.push(records / withJoin);
      log(
        `bare loop, run ${run}: ${thousands(records / seconds)} events/s (${round(seconds, 2)} s; ${round(withJoin, 2)} s with the join)`,
      );
    }
    const bareRate = median(bareRuns);
    log(`bare loop: median ${thousands(bareRate)} events/s`);

    // Monitoring's code on a database of its own, never started as a consumer: only its handlers run.
    reference = await createService(monitoringService, {
      databaseUrl: referenceDb.url,
      messaging: { topicPrefix: prefix, groupId: `${prefix}.reference` },
    });
    // The service's own cap (MESSAGING_BATCH_MAX_EVENTS, monitoring's default of it).
    const perTransaction = reference.get<MessagingOptions>(MESSAGING_OPTIONS).batchMaxEvents;
    const {
      seconds: sqlSeconds,
      withJoin: sqlWithJoin,
      deadlocks,
      byType: sqlCostByType,
      slowest,
    } = await sqlLoop(reference, topics, `${prefix}.sql`, records, perTransaction, fetch);
    const sqlRate = records / sqlSeconds;
    log(`bare loop with monitoring's SQL: ${thousands(sqlRate)} events/s (${deadlocks} deadlocks retried)`);
    log(`its cost per event type: ${JSON.stringify(sqlCostByType)}`);
    log(`its slowest statements: ${JSON.stringify(slowest)}`);
    await reference.close();
    reference = undefined;
    const inboxSeconds = await inboxLoop(referenceDb.pool, topics, `${prefix}.inbox`, records, fetch);
    const inboxRate = records / inboxSeconds;
    const inboxOfBare = ratio(inboxRate, bareRate);
    log(
      `bare loop writing only the inbox rows: ${thousands(inboxRate)} events/s (${inboxOfBare} of the parse-only loop)`,
    );

    const consumed = timeConsumer(app, prefix, ends);
    const serviceStarted = performance.now();
    const memory = await memoryDuring(async () => {
      await startService(app!);
      await caughtUp(groupId, topics, ends);
    });
    const applySeconds = (consumed.last - consumed.first) / 1000;
    const applyRate = records / applySeconds;
    log(
      `monitoring: ${thousands(applyRate)} events/s (${round(applySeconds, 2)} s, ${consumed.batches.length} partition batches: ${JSON.stringify(distribution(consumed.batches))}, ${round((100 * consumed.inBatchesMs) / (consumed.last - consumed.first), 1)} % of the time in them; ` +
        `memory of the bench process before → peak: ${JSON.stringify(memory.before)} → ${JSON.stringify(memory.peak)} MiB)`,
    );
    const ofBare = ratio(applyRate, bareRate);
    const ofSql = ratio(applyRate, sqlRate);
    // As the bench timed them before 2026-12-07: from the consumer's start, joining the group included.
    const withJoin = {
      bareEventsPerSecond: round(median(bareRunsWithJoin), 0),
      sqlLoopEventsPerSecond: round(records / sqlWithJoin, 0),
      serviceEventsPerSecond: round(records / ((consumed.last - serviceStarted) / 1000), 0),
    };
    log(`with the group's join, as timed before: ${JSON.stringify(withJoin)}`);

    log(`filling ${thousands(lines)} order lines`);
    await fillOrderLines((sql) => db.query(sql), lines);
    const token = await mintDevelopmentToken({ sub: 'bench', role: 'admin', org: 'platform' });
    const fastify = app.getHttpAdapter().getInstance();
    const timed = async (url: string, withToken: boolean): Promise<number> => {
      const start = process.hrtime.bigint();
      const answer = await fastify.inject({
        method: 'GET',
        url,
        headers: withToken ? { authorization: `Bearer ${token}` } : {},
      });
      if (answer.statusCode !== 200) throw new Error(`${url} answered ${answer.statusCode}: ${answer.body}`);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const indicatorSamples: number[] = [];
    const healthSamples: number[] = [];
    for (let index = 0; index < queries; index += 1) {
      const category = PRODUCT_CATEGORIES[index % PRODUCT_CATEGORIES.length];
      const county = index % 2 === 0 ? `&countyCode=${COUNTIES[index % COUNTIES.length]}` : '';
      const granularity = index % 3 === 0 ? 'week' : 'month';
      indicatorSamples.push(
        await timed(
          `/v1/market/indicators?category=${category}${county}&granularity=${granularity}&limit=100`,
          county !== '',
        ),
      );
      healthSamples.push(await timed('/health/live', false));
    }
    const indicators = distribution(indicatorSamples);
    const health = distribution(healthSamples);
    result.rows.push(
      {
        measure:
          'monitoring consumer: events applied (read model + rules, one transaction per partition batch)',
        figure: `${thousands(applyRate)} events/s`,
        reference: `bare kafkajs consumer loop on the same topics and records (parse only, the service's fetch settings; median of ${BARE_RUNS} runs): ${thousands(bareRate)} events/s`,
        ratio: ofBare,
        goal: `≥ ${GOAL} of the bare loop`,
        met: meets(ofBare, '>=', GOAL),
      },
      {
        measure:
          'floor of any consumer that applies each event once: parse and write its inbox row, nothing else',
        figure: `${thousands(inboxRate)} events/s`,
        reference: `the parse-only loop above: ${thousands(bareRate)} events/s`,
        ratio: inboxOfBare,
      },
      {
        measure: 'monitoring consumer against a bare loop running the same SQL',
        figure: `${thousands(applyRate)} events/s`,
        reference: `bare kafkajs loop applying each event with monitoring's handlers (same SQL, one transaction per batch of ≤ ${perTransaction}, no inbox/validation/trace/metrics): ${thousands(sqlRate)} events/s`,
        ratio: ofSql,
        goal: `≥ ${GOAL} of the SQL loop`,
        met: meets(ofSql, '>=', GOAL),
      },
      {
        measure: `GET /v1/market/indicators p99 with ${thousands(lines)} order lines`,
        figure: `${indicators.p99} ms (p50 ${indicators.p50} ms)`,
        reference: `GET /health/live of the same service: p99 ${health.p99} ms`,
      },
    );
    result.details = {
      records,
      orders,
      lines,
      fetch,
      bareRuns: bareRuns.map((rate) => round(rate, 0)),
      bareSeconds: round(records / bareRate, 2),
      sqlSeconds: round(sqlSeconds, 2),
      inboxOnlySeconds: round(inboxSeconds, 2),
      sqlLoopDeadlocks: deadlocks,
      sqlLoopCostByType: sqlCostByType,
      sqlLoopSlowestStatements: slowest,
      applySeconds: round(applySeconds, 2),
      withJoin,
      servicePartitionBatches: consumed.batches.length,
      serviceShareInBatches: round(consumed.inBatchesMs / (consumed.last - consumed.first), 3),
      serviceBatchRecords: distribution(consumed.batches),
      serviceCatchUpMemoryMiB: { before: memory.before, peak: memory.peak },
      indicators,
      health,
    };
    if (!meets(ofBare, '>=', GOAL)) {
      // Where the SQL loop's time went, per event of the run: what is left between the two loops.
      const costs = Object.values(sqlCostByType);
      const perEvent = (pick: (cost: EventCost) => number) =>
        round(costs.reduce((sum, cost) => sum + pick(cost) * cost.events, 0) / records, 2);
      const batchEnd = sqlCostByType['(end of the batch)'];
      result.limits.push(
        `orders and product snapshots are applied per batch (lines in one statement, the rules evaluated once for ` +
          `what the batch touched); the loop running the same SQL still spends ${perEvent((c) => c.sqlMsPerEvent)} ms ` +
          `per event waiting for PostgreSQL (${perEvent((c) => c.statementsPerEvent)} statements per event` +
          (batchEnd
            ? `; a batch's end: ${batchEnd.statementsPerEvent} statements, ${batchEnd.sqlMsPerEvent} ms, ${batchEnd.events} of them`
            : '') +
          `), against microseconds to parse; the slowest statements: ` +
          slowest
            .slice(0, 3)
            .map(
              (each) =>
                `"${each.statement}…" ${each.msEach} ms × ${each.count} (${round(each.shareOfSql * 100, 1)} %)`,
            )
            .join(', ') +
          `. The service applies ${ofSql} of that loop's rate: the same batches, one partition at a time, ` +
          `plus its inbox, validation and metrics.`,
      );
      result.limits.push(
        `a loop that only parses each record and writes its inbox row (one INSERT per partition batch, 6 ` +
          `partitions at once) reaches ${inboxOfBare} of the parse-only loop (${thousands(inboxRate)} events/s)` +
          (inboxOfBare < GOAL
            ? `: below the goal of ${GOAL} before applying anything, so no consumer that applies each event ` +
              `once through an inbox in PostgreSQL can meet it on this machine`
            : ''),
      );
    }
    return finished(result);
  } finally {
    await app?.close().catch(() => undefined);
    await reference?.close().catch(() => undefined);
    await db.drop();
    await referenceDb.drop();
    await deleteTopics(prefix);
  }
}

if (require.main === module) runStandalone(run);
