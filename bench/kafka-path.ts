/**
 * Kafka path: events per second published by the transactional outbox's relay (libs/messaging, as
 * every service runs it) against two references measured in the same run on the same broker and
 * topic: a bare kafkajs producer loop with the relay's settings (idempotent, acks=all, one request in
 * flight, batches of OUTBOX_BATCH_SIZE) sending the same records, and Apache Kafka's own producer
 * benchmark (org.apache.kafka.tools.ProducerPerformance, Java client defaults, acks=all, idempotent)
 * with the same record size: how fast the broker takes records from one producer on this machine.
 *
 *   npx ts-node -r tsconfig-paths/register bench/kafka-path.ts [--quick] [--events 25000] [--rounds 6]
 *
 * Rounds alternate bare loop and relay (ABBA) so that a change in the machine's load shows in both;
 * the goal's ratio is the median of the rounds' pairs (each relay round against the bare round next
 * to it), which a load spike during one round moves far less than the ratio of the totals. A relay
 * round commits `--events` rows to the outbox in one transaction and times from the commit until
 * the last row is marked published. Beside the rates: the CPU time of this process per event (both
 * sides) and of the PostgreSQL sessions serving the relay per event (the work the outbox adds, on
 * the cores the broker needs too).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Partitioners, type Message } from 'kafkajs';
import { Topics } from '@hb/contracts';
import { kafkaSecurityFromEnv, messagingOptionsFromEnv, OUTBOX_CHANNEL } from '@hb/messaging';
import { BENCH_APPLICATION_NAME, createDatabase, type BenchDatabase } from './lib/db';
import { byMode, logger, numberFlag, ROOT, uniqueLabel, WORK_DIR } from './lib/env';
import { createTopics, deleteTopics, kafka, KAFKA_LIB } from './lib/kafka';
import { alternate } from './lib/load';
import { orderPlacedEnvelope, relayHeaders, startOutboxService } from './lib/outbox-service';
import { profiled } from './lib/profile';
import { finished, meets, newResult, runStandalone, type BenchResult } from './lib/results';
import { cpuSecondsOf } from './lib/processes';
import { median, ratio, round, thousands } from './lib/stats';

const log = logger('kafka-path');
const GOAL = 0.9;

interface Round {
  events: number;
  seconds: number;
  rate: number;
  /** CPU time (user + system) of this process per event during the round, µs. */
  cpuUs: number;
  /** CPU time of the PostgreSQL sessions serving the relay per event during the round, µs (relay rounds). */
  databaseCpuUs?: number;
  /** CPU time of the benchmark's own PostgreSQL sessions (its completion probe) per event, µs (relay rounds). */
  probeCpuUs?: number;
}

/** The PostgreSQL backends of a database's sessions: the relay's, or the benchmark's own. */
async function sessions(db: BenchDatabase, whose: 'relay' | 'benchmark'): Promise<number[]> {
  const rows = await db.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND (application_name = $1) = $2 AND backend_type = 'client backend'`,
    [BENCH_APPLICATION_NAME, whose === 'benchmark'],
  );
  return rows.map((row) => row.pid);
}

/** CPU seconds the given processes have used so far (one that has gone counts nothing). */
const cpuSecondsOfAll = (pids: readonly number[]): number =>
  pids.reduce((sum, pid) => {
    try {
      return sum + cpuSecondsOf(pid);
    } catch {
      return sum;
    }
  }, 0);

/** The median of each relay round's rate over the rate of the bare round paired with it. */
const medianPairRatio = (relay: readonly Round[], bare: readonly Round[]): number =>
  round(median(relay.map((r, index) => r.rate / bare[index].rate)), 3);

const rateOf = (rounds: readonly Round[]): number =>
  rounds.reduce((sum, r) => sum + r.events, 0) / rounds.reduce((sum, r) => sum + r.seconds, 0);

/** µs of CPU per event over rounds: a figure other tenants' load disturbs far less than a rate. */
const cpuOf = (rounds: readonly Round[]): number =>
  rounds.reduce((sum, r) => sum + r.cpuUs * r.events, 0) / rounds.reduce((sum, r) => sum + r.events, 0);

const cpuMicros = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/**
 * The same credentials as the kafkajs side (KAFKA_SASL_*), as a Java client properties file:
 * `--producer-props` splits each property at its first `=` and refuses the JAAS line's spaces.
 */
function javaClientConfig(): string[] {
  const { sasl } = kafkaSecurityFromEnv();
  if (!sasl) return [];
  const jaas = `org.apache.kafka.common.security.scram.ScramLoginModule required username="${sasl.username}" password="${sasl.password}";`;
  const file = resolve(WORK_DIR, 'producer-performance.properties');
  mkdirSync(WORK_DIR, { recursive: true });
  writeFileSync(
    file,
    [
      'security.protocol=SASL_PLAINTEXT',
      `sasl.mechanism=${sasl.mechanism.toUpperCase()}`,
      `sasl.jaas.config=${jaas}`,
    ]
      .map((line) => `${line}\n`)
      .join(''),
    { mode: 0o600 },
  );
  return ['--producer.config', file];
}

/** Apache Kafka's producer benchmark; returns records/s from its summary line. */
async function producerPerformance(
  topic: string,
  records: number,
  recordSize: number,
): Promise<{ rate: number; line: string }> {
  const { stdout } = await promisify(execFile)(
    'java',
    [
      '-Xmx256m',
      '-cp',
      `${KAFKA_LIB}/*`,
      `-Dlog4j2.configurationFile=${resolve(ROOT, 'infra', 'kafka', 'log4j2.xml')}`,
      `-Dkafka.logs.dir=${resolve(ROOT, '.data', 'bench', 'logs')}`,
      'org.apache.kafka.tools.ProducerPerformance',
      '--topic',
      topic,
      '--num-records',
      String(records),
      '--record-size',
      String(recordSize),
      '--throughput',
      '-1',
      '--producer-props',
      `bootstrap.servers=${(process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',')[0]}`,
      'acks=all',
      'enable.idempotence=true',
      ...javaClientConfig(),
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const line =
    stdout
      .trim()
      .split('\n')
      .reverse()
      .find((text) => text.includes('records/sec')) ?? '';
  const match = /([\d.]+) records\/sec/.exec(line);
  if (!match) throw new Error(`ProducerPerformance printed no summary:\n${stdout.slice(-2000)}`);
  return { rate: Number(match[1]), line };
}

export async function run(): Promise<BenchResult> {
  const result = newResult('kafka-path', 'Kafka path (outbox relay)');
  const events = Math.round(numberFlag('events', byMode(10_000, 25_000)));
  const rounds = Math.round(numberFlag('rounds', byMode(4, 8)));
  const batchSize = messagingOptionsFromEnv('orders').relay.batchSize;
  const javaRecords = byMode(150_000, 500_000);
  const label = uniqueLabel();
  const prefix = `bench-${label}`;
  const topic = `${prefix}.${Topics.order.name}`;
  const db = await createDatabase(`hb_bench_kafka_${label}`);
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  let app: Awaited<ReturnType<typeof startOutboxService>> | null = null;
  try {
    await createTopics([{ name: topic, partitions: Topics.order.partitions }]);
    app = await startOutboxService(db.url, prefix, [Topics.order]);
    await producer.connect();

    const template = orderPlacedEnvelope();
    const sample: Message = {
      key: template.subject,
      value: JSON.stringify(template),
      headers: relayHeaders(template),
    };
    const headerBytes = Object.entries(relayHeaders(template)).reduce(
      (sum, [name, value]) => sum + name.length + value.length,
      0,
    );
    const valueBytes = Buffer.byteLength(sample.value as string);
    const recordBytes = valueBytes + template.subject.length + headerBytes;
    log(
      `${rounds} rounds of ${thousands(events)} events, batches of ${batchSize}, ` +
        `records of ${recordBytes} bytes (value ${valueBytes}, key 36, headers ${headerBytes})`,
    );

    const bareRound = async (count: number): Promise<Round> => {
      const messages: Message[] = [];
      for (let index = 0; index < count; index += 1) {
        const envelope = orderPlacedEnvelope();
        messages.push({
          key: envelope.subject,
          value: JSON.stringify(envelope),
          headers: relayHeaders(envelope),
        });
      }
      const started = performance.now();
      const cpuStart = cpuMicros();
      for (let from = 0; from < count; from += batchSize) {
        await producer.sendBatch({
          topicMessages: [{ topic, messages: messages.slice(from, from + batchSize) }],
          acks: -1,
        });
      }
      const seconds = (performance.now() - started) / 1000;
      return { events: count, seconds, rate: count / seconds, cpuUs: (cpuMicros() - cpuStart) / count };
    };

    const relayRound = async (count: number): Promise<Round> => {
      const client = await db.pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO outbox (event_id, topic, key, type, envelope)
           SELECT e.id, $1, e.key, $2,
                  jsonb_set(jsonb_set(jsonb_set($3::jsonb, '{id}', to_jsonb(e.id::text)),
                            '{subject}', to_jsonb(e.key)), '{data,orderId}', to_jsonb(e.key))
             FROM (SELECT gen_random_uuid() AS id, gen_random_uuid()::text AS key
                     FROM generate_series(1, $4)) AS e`,
          [Topics.order.name, template.type, JSON.stringify(template), count],
        );
        await client.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      const relayBackends = await sessions(db, 'relay');
      const benchBackends = await sessions(db, 'benchmark');
      const databaseCpuStart = cpuSecondsOfAll(relayBackends);
      const probeCpuStart = cpuSecondsOfAll(benchBackends);
      const started = performance.now();
      const cpuStart = cpuMicros();
      // Whether any row is left, not how many: counting them every 5 ms took a third of a core from
      // the machine the relay and the broker share (the probe's CPU is reported beside the relay's).
      for (;;) {
        const [{ pending }] = await db.query<{ pending: boolean }>(
          `SELECT EXISTS (SELECT FROM outbox WHERE published_at IS NULL) AS pending`,
        );
        if (!pending) break;
        await new Promise((done) => setTimeout(done, 5));
      }
      const seconds = (performance.now() - started) / 1000;
      return {
        events: count,
        seconds,
        rate: count / seconds,
        cpuUs: (cpuMicros() - cpuStart) / count,
        databaseCpuUs: ((cpuSecondsOfAll(relayBackends) - databaseCpuStart) * 1e6) / count,
        probeCpuUs: ((cpuSecondsOfAll(benchBackends) - probeCpuStart) * 1e6) / count,
      };
    };

    log('warming up both sides');
    await bareRound(Math.min(events, 5_000));
    await relayRound(Math.min(events, 5_000));

    const [{ a: bare, b: relay }, profile] = await profiled('kafka-path', () =>
      alternate(
        rounds,
        () => bareRound(events),
        () => relayRound(events),
        (index, b, r) =>
          log(
            `round ${index + 1}: bare loop ${thousands(b.rate)}/s (${round(b.cpuUs, 1)} µs CPU/event), ` +
              `relay ${thousands(r.rate)}/s (${round(r.cpuUs, 1)} µs CPU/event, ` +
              `PostgreSQL ${round(r.databaseCpuUs ?? 0, 1)} µs/event, completion probe ` +
              `${round(r.probeCpuUs ?? 0, 1)} µs/event): ${ratio(r.rate, b.rate)}`,
          ),
      ),
    );
    if (profile) result.profiles = { 'bench process (relay and bare loop)': profile };

    log(`ProducerPerformance: ${thousands(javaRecords)} records of ${recordBytes} bytes`);
    const java = await producerPerformance(topic, javaRecords, recordBytes);
    log(java.line);

    const relayRate = rateOf(relay);
    const bareRate = rateOf(bare);
    const ofBare = medianPairRatio(relay, bare);
    const databaseCpuUs =
      relay.reduce((sum, r) => sum + (r.databaseCpuUs ?? 0) * r.events, 0) /
      relay.reduce((sum, r) => sum + r.events, 0);
    result.rows.push(
      {
        measure: `outbox relay → Kafka, median of ${rounds} paired rounds`,
        figure: `${thousands(median(relay.map((r) => r.rate)))} events/s (median round)`,
        reference: `bare kafkajs loop, same batches and acks: ${thousands(median(bare.map((r) => r.rate)))} events/s (median round)`,
        ratio: ofBare,
        goal: `≥ ${GOAL} of the bare loop`,
        met: meets(ofBare, '>=', GOAL),
      },
      {
        measure: 'outbox relay → Kafka, all rounds together',
        figure: `${thousands(relayRate)} events/s`,
        reference: `bare kafkajs loop: ${thousands(bareRate)} events/s`,
        ratio: ratio(relayRate, bareRate),
      },
      {
        measure: 'CPU of the PostgreSQL sessions serving the relay per event',
        figure: `${round(databaseCpuUs, 1)} µs/event`,
        reference: `the publishing process (relay rounds): ${round(cpuOf(relay), 1)} µs/event`,
        ratio: ratio(databaseCpuUs, cpuOf(relay)),
      },
      {
        measure: 'CPU of the publishing process per event',
        figure: `relay ${round(cpuOf(relay), 1)} µs/event`,
        reference: `bare kafkajs loop: ${round(cpuOf(bare), 1)} µs/event`,
        ratio: ratio(cpuOf(relay), cpuOf(bare)),
      },
      {
        measure: 'outbox relay → Kafka, against the broker',
        figure: `${thousands(relayRate)} events/s`,
        reference: `Kafka ProducerPerformance (Java, ${recordBytes} B records): ${thousands(java.rate)} records/s`,
        ratio: ratio(relayRate, java.rate),
      },
    );
    result.details = {
      eventsPerRound: events,
      batchSize,
      recordBytes,
      valueBytes,
      bareRounds: bare.map((r) => ({
        ...r,
        seconds: round(r.seconds, 2),
        rate: Math.round(r.rate),
        cpuUs: round(r.cpuUs, 1),
      })),
      relayRounds: relay.map((r) => ({
        ...r,
        seconds: round(r.seconds, 2),
        rate: Math.round(r.rate),
        cpuUs: round(r.cpuUs, 1),
        databaseCpuUs: round(r.databaseCpuUs ?? 0, 1),
        probeCpuUs: round(r.probeCpuUs ?? 0, 1),
      })),
      roundRatios: relay.map((r, index) => ratio(r.rate, bare[index].rate)),
      bareLoopOfJava: ratio(bareRate, java.rate),
      producerPerformance: { records: javaRecords, recordBytes, summary: java.line },
    };
    if (!meets(ofBare, '>=', GOAL)) {
      result.limits.push(
        `relay rounds reach ${ofBare} of the bare kafkajs loop's (median of ${rounds} pairs; all rounds together ` +
          `${thousands(relayRate)}/s against ${thousands(bareRate)}/s); each event also costs PostgreSQL ` +
          `${round(databaseCpuUs, 1)} µs of CPU (claim, row locks, the mark's new row version and index entries), ` +
          `on the cores the broker needs as well, which the bare loop does not pay; ` +
          `the bare loop itself reaches ${ratio(bareRate, java.rate)} of the Java producer (${thousands(java.rate)}/s).`,
      );
    }
    result.limits.push(
      `kafkajs with one request in flight (what an ordered, idempotent relay needs) reaches ` +
        `${ratio(bareRate, java.rate)} of the Java client with its defaults (pipelined requests, ` +
        `compression none, linger 5 ms): the ceiling of this path is the Node client, not the broker.`,
    );
    return finished(result);
  } finally {
    await app?.close().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await db.drop();
    await deleteTopics(prefix);
  }
}

if (require.main === module) runStandalone(run);
