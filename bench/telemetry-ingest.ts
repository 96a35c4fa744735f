/**
 * Telemetry ingest benchmark: readings published to Kafka (logistics.telemetry.v1), consumed by the
 * real logistics service (inbox, validation against the contract, the readings into the keyed
 * readings table by INSERT … SELECT FROM unnest of binary arrays — one statement for the batches of
 * a consumed partition batch whose readings are each later than every one stored, without a
 * duplicate check; otherwise per message, with one —, excursion detection, cold-chain state and
 * excursion events through the outbox), compared with a reference measured in the same run: the same rows inserted with the `pg`
 * driver as plain multi-row INSERTs into a table with no key, index or constraint (and, second
 * reference, as COPY … FROM STDIN). Besides rates it measures the CPU time each side spends per
 * reading: this process (the service runs in it; for the references, their driver), the database's
 * PostgreSQL backends and the broker (when KAFKA_HOME_DIR names it), which a shared machine's load
 * moves far less than the rates.
 *
 *   npx ts-node -r tsconfig-paths/register bench/telemetry-ingest.ts [--duration 60] [--shipments 200]
 *     [--batch 200] [--concurrency 6] [--reference-duration 20] [--backlog-factor 1.3] [--quick]
 *
 * Steps: a database and a topic namespace of its own; the service starts and makes the shipments
 * from OrderConfirmed events, then stops; the reference runs for half its time; a backlog of device
 * messages is published while the service is stopped (so that producing does not compete with
 * consuming); the service starts again and drains it for --duration seconds while the stored
 * readings are counted every second; it stops, and the reference runs its second half (so that a
 * change in the machine's load during the run shows in both). Both sides get the same parallelism:
 * --concurrency partitions consumed at once by the service, --concurrency connections for the
 * reference. Results go to bench/results/telemetry-ingest.json (and, run by bench/run.ts, into
 * bench/results/latest.json). Not a test: nothing asserts on time. `--quick` (or BENCH_QUICK=1) makes
 * the defaults 10 s, 50 shipments, 6 s of reference.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Partitioners, type Message, type Producer } from 'kafkajs';
import type { Pool } from 'pg';
import { OrderConfirmed, TelemetryReadingsRecorded } from '@hb/contracts';
import { logisticsService } from '../apps/logistics/src';
import { copyText, CopyFrom, createDatabase } from './lib/db';
import { brokerPid, cpuBetween, cpuSnapshot, type CpuSnapshot } from './lib/processes';
import { profiled } from './lib/profile';
import { byMode, logger, QUICK, RESULTS_DIR, sleep, uniqueLabel } from './lib/env';
import { deleteTopics, kafka, topicEnd } from './lib/kafka';
import { finished, meets, newResult, runStandalone, writeFormatted, type BenchResult } from './lib/results';
import { startInProcess } from './lib/services';
import { ratio, round, thousands } from './lib/stats';
import { confirmedOrders, envelopeRecord, Fleet } from './lib/telemetry';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: byMode('10', '60') },
    shipments: { type: 'string', default: byMode('50', '200') },
    batch: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '6' },
    'reference-duration': { type: 'string', default: byMode('6', '20') },
    'backlog-factor': { type: 'string', default: '1.3' },
    'keep-database': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const positive = (name: keyof typeof flags): number => {
  const value = Number(flags[name]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const DURATION_S = positive('duration');
const SHIPMENTS = Math.round(positive('shipments'));
const BATCH = Math.min(Math.round(positive('batch')), 1000);
const CONCURRENCY = Math.round(positive('concurrency'));
const REFERENCE_S = positive('reference-duration');
const BACKLOG_FACTOR = positive('backlog-factor');
const GOAL = 1;

const label = uniqueLabel();
const prefix = `bench-${label}`;
const groupId = `${prefix}.logistics`;
const log = logger('telemetry');

/** The real logistics service in this process, on the benchmark's database and topics (as tests/support does). */
function startLogistics(databaseUrl: string): Promise<NestFastifyApplication> {
  return startInProcess(logisticsService, {
    databaseUrl,
    messaging: { topicPrefix: prefix, groupId, partitionsConsumedConcurrently: CONCURRENCY },
  });
}

async function createShipments(producer: Producer, pool: Pool): Promise<string[]> {
  const orders = confirmedOrders(SHIPMENTS);
  await producer.send({
    topic: `${prefix}.${OrderConfirmed.topic.name}`,
    acks: -1,
    messages: orders.map((order) => envelopeRecord(OrderConfirmed, order)),
  });
  for (;;) {
    const { rows } = await pool.query<{ id: string }>(`SELECT id FROM shipments ORDER BY id`);
    if (rows.length === SHIPMENTS) return rows.map((row) => row.id);
    await sleep(200);
  }
}

const REFERENCE_COLUMNS = [
  'shipment_id',
  'recorded_at',
  'device_id',
  'temperature_c',
  'humidity_pct',
  'lat',
  'lon',
  'source',
] as const;

interface Measured {
  readings: number;
  seconds: number;
  /** CPU seconds spent meanwhile: this process, the database's backends, the broker (when known). */
  cpu: { process: number; postgres: number; broker: number | null };
}

const BROKER_PID = brokerPid();

/** The backends of the benchmark's database (the service's pool, the references' connections). */
const backendsOf = (pool: Pool) => async (): Promise<number[]> =>
  (
    await pool.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)
  ).rows.map((row) => row.pid);

const snapshot = (pool: Pool): Promise<CpuSnapshot> => cpuSnapshot(backendsOf(pool), BROKER_PID);

/** The same rows, inserted as plain multi-row INSERTs into a table with no key, index or constraint. */
async function reference(pool: Pool, fleet: Fleet, seconds: number): Promise<Measured> {
  await pool.query(`
    CREATE TABLE IF NOT EXISTS reference_readings (
      shipment_id uuid, recorded_at timestamptz, device_id text, temperature_c double precision,
      humidity_pct real, lat double precision, lon double precision, source text,
      ingested_at timestamptz DEFAULT now()
    )`);
  const placeholders = Array.from(
    { length: BATCH },
    (_, row) =>
      `(${REFERENCE_COLUMNS.map((_column, column) => `$${row * REFERENCE_COLUMNS.length + column + 1}`).join(', ')})`,
  ).join(', ');
  const sql = `INSERT INTO reference_readings (${REFERENCE_COLUMNS.join(', ')}) VALUES ${placeholders}`;
  let message = 0;
  let readings = 0;
  const cpuBefore = await snapshot(pool);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < deadline) {
          const batch = fleet.batch(message++);
          const values = batch.readings.flatMap((reading) => [
            batch.shipmentId,
            reading.recordedAt,
            reading.deviceId,
            reading.temperatureC,
            reading.humidityPct,
            reading.lat,
            reading.lon,
            'device',
          ]);
          await client.query(sql, values);
          readings += batch.readings.length;
        }
      } finally {
        client.release();
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { readings, seconds: elapsed, cpu: cpuBetween(cpuBefore, await snapshot(pool)) };
}

/** The same rows again, each batch one `COPY … FROM STDIN` (text format) into the same kind of plain table. */
async function copyReference(pool: Pool, fleet: Fleet, seconds: number): Promise<Measured> {
  await pool.query(
    `CREATE TABLE IF NOT EXISTS copy_reference_readings (LIKE reference_readings INCLUDING DEFAULTS)`,
  );
  const sql = `COPY copy_reference_readings (${REFERENCE_COLUMNS.join(', ')}) FROM STDIN`;
  let message = 0;
  let readings = 0;
  const cpuBefore = await snapshot(pool);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < deadline) {
          const batch = fleet.batch(message++);
          let text = '';
          for (const reading of batch.readings) {
            text += `${[
              batch.shipmentId,
              reading.recordedAt,
              reading.deviceId,
              reading.temperatureC,
              reading.humidityPct,
              reading.lat,
              reading.lon,
              'device',
            ]
              .map(copyText)
              .join('\t')}\n`;
          }
          const copy = new CopyFrom(sql, Buffer.from(text));
          void client.query(copy as never);
          await copy.done;
          readings += batch.readings.length;
        }
      } finally {
        client.release();
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { readings, seconds: elapsed, cpu: cpuBetween(cpuBefore, await snapshot(pool)) };
}

/** Both references, half of `seconds` each. */
async function references(
  pool: Pool,
  fleet: Fleet,
  seconds: number,
): Promise<{ insert: Measured; copy: Measured }> {
  const insert = await reference(pool, fleet, seconds / 2);
  const copy = await copyReference(pool, fleet, seconds / 2);
  return { insert, copy };
}

/**
 * One send at a time, so that each logger's batches lie on their partition in the order they were
 * recorded (a logger streaming). With several sends in flight, a retried one could land after the
 * ones behind it, and the service would re-analyse those trips from the start (as it must for late
 * data), which is not the case measured here.
 */
async function produceBacklog(producer: Producer, fleet: Fleet, messages: number): Promise<number> {
  const topic = `${prefix}.${TelemetryReadingsRecorded.topic.name}`;
  const started = performance.now();
  const perSend = 100;
  for (let from = 0; from < messages; from += perSend) {
    const chunk: Message[] = [];
    for (let n = from; n < Math.min(from + perSend, messages); n += 1) {
      chunk.push(envelopeRecord(TelemetryReadingsRecorded, fleet.batch(n)));
    }
    await producer.send({ topic, acks: 1, messages: chunk });
  }
  return (performance.now() - started) / 1000;
}

/** Stored readings, from the cold-chain states (one small row per shipment, so counting stays cheap). */
async function storedReadings(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string | null }>(
    `SELECT sum((state->>'readings')::bigint) AS n FROM cold_chain_states`,
  );
  return Number(rows[0].n ?? 0);
}

interface Sample {
  t: number;
  readings: number;
  cpu: CpuSnapshot;
}

/** Microseconds of CPU per reading, by side, over several measurements. */
function cpuPerReading(...measured: Measured[]): {
  process: number;
  postgres: number;
  broker: number | null;
} {
  const readings = measured.reduce((sum, one) => sum + one.readings, 0);
  const us = (seconds: number) => round((seconds * 1e6) / Math.max(readings, 1), 2);
  const brokers = measured.map((one) => one.cpu.broker);
  return {
    process: us(measured.reduce((sum, one) => sum + one.cpu.process, 0)),
    postgres: us(measured.reduce((sum, one) => sum + one.cpu.postgres, 0)),
    broker: brokers.some((one) => one === null)
      ? null
      : us(brokers.reduce<number>((sum, one) => sum + one!, 0)),
  };
}

export async function run(): Promise<BenchResult> {
  const bench = newResult('telemetry', 'Telemetry ingest (Kafka → logistics → PostgreSQL)');
  log(`topics ${prefix}.*, ${SHIPMENTS} shipments, ${BATCH} readings per message`);
  const db = await createDatabase(`hb_bench_telemetry_${label}`, CONCURRENCY + 2);
  const pool = db.pool;
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  let app: NestFastifyApplication | null = await startLogistics(db.url);
  const stopLogistics = async () => {
    const running = app;
    app = null;
    await running?.close();
  };
  try {
    const shipmentIds = await createShipments(producer, pool);
    log(`${shipmentIds.length} shipments made from OrderConfirmed events`);
    await stopLogistics();

    const referenceFleet = new Fleet(
      shipmentIds.map(() => randomUUID()),
      BATCH,
    );
    log(
      `references, first half: plain multi-row INSERTs, then COPY, on ${CONCURRENCY} connections for ${REFERENCE_S / 2} s each`,
    );
    const firstHalf = await references(pool, referenceFleet, REFERENCE_S);
    const before = firstHalf.insert;
    log(
      `references, first half: INSERT ${Math.round(before.readings / before.seconds)}, COPY ${Math.round(firstHalf.copy.readings / firstHalf.copy.seconds)} readings/s`,
    );

    const fleet = new Fleet(shipmentIds, BATCH);
    const messages = Math.ceil(((before.readings / before.seconds) * DURATION_S * BACKLOG_FACTOR) / BATCH);
    log(
      `publishing a backlog of ${messages} messages (${messages * BATCH} readings) with the service stopped`,
    );
    const produceSeconds = await produceBacklog(producer, fleet, messages);
    log(`published in ${produceSeconds.toFixed(1)} s; starting the service`);

    app = await startLogistics(db.url);
    const samples: Sample[] = [];
    const begin = performance.now();
    const [first, profile] = await profiled('telemetry-ingest', async (): Promise<Sample> => {
      let started: Sample | null = null;
      for (;;) {
        const sample = {
          t: (performance.now() - begin) / 1000,
          readings: await storedReadings(pool),
          cpu: await snapshot(pool),
        };
        samples.push(sample);
        if (!started && sample.readings > 0) started = sample;
        if (started && (sample.t - started.t >= DURATION_S || sample.readings >= messages * BATCH)) {
          return started;
        }
        if (!started && sample.t > 60) throw new Error('the service stored nothing within a minute');
        await sleep(1000);
      }
    });
    const last = samples[samples.length - 1];
    const seconds = last.t - first.t;
    const ingested = last.readings - first.readings;
    const rate = ingested / seconds;
    const drained: Measured = { readings: ingested, seconds, cpu: cpuBetween(first.cpu, last.cpu) };
    const windows = samples
      .filter((sample) => sample.t >= first.t)
      .flatMap((sample, _index, window) => {
        const end = window.find((later) => later.t >= sample.t + 10);
        return end ? [(end.readings - sample.readings) / (end.t - sample.t)] : [];
      });
    const slowest10s = windows.length > 0 ? Math.min(...windows) : rate;
    const measured = samples.filter((sample) => sample.t >= first.t);
    const tenSecondSeries = measured
      .filter((_sample, index) => index % 10 === 0)
      .flatMap((sample, index, starts) => {
        const end = starts[index + 1];
        return end ? [Math.round((end.readings - sample.readings) / (end.t - sample.t))] : [];
      });
    const drainedEarly = last.readings >= messages * BATCH && seconds < DURATION_S - 1;

    const { rows: excursions } = await pool.query<{ excursions: number; events: number }>(
      `SELECT (SELECT count(*)::int FROM excursions) AS excursions,
              (SELECT count(*)::int FROM outbox WHERE type LIKE 'logistics.shipment.temperatureExcursion%') AS events`,
    );
    const deadLettered = await topicEnd(`${prefix}.${groupId}.dlt`).catch(() => 0);
    await stopLogistics();

    log(`references, second half: ${REFERENCE_S / 2} s each`);
    const secondHalf = await references(pool, referenceFleet, REFERENCE_S);
    const after = secondHalf.insert;
    const ref = { readings: before.readings + after.readings, seconds: before.seconds + after.seconds };
    const referenceRate = ref.readings / ref.seconds;
    const copyRef = {
      readings: firstHalf.copy.readings + secondHalf.copy.readings,
      seconds: firstHalf.copy.seconds + secondHalf.copy.seconds,
    };
    const copyRate = copyRef.readings / copyRef.seconds;
    const result = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
      settings: {
        durationSeconds: DURATION_S,
        shipments: SHIPMENTS,
        readingsPerMessage: BATCH,
        partitions: TelemetryReadingsRecorded.topic.partitions,
        partitionsConsumedConcurrently: CONCURRENCY,
        referenceConnections: CONCURRENCY,
        referenceSeconds: REFERENCE_S,
      },
      reference: {
        readings: ref.readings,
        seconds: round(ref.seconds),
        readingsPerSecond: Math.round(referenceRate),
        firstHalfReadingsPerSecond: Math.round(before.readings / before.seconds),
        secondHalfReadingsPerSecond: Math.round(after.readings / after.seconds),
      },
      copyReference: {
        readings: copyRef.readings,
        seconds: round(copyRef.seconds),
        readingsPerSecond: Math.round(copyRate),
        firstHalfReadingsPerSecond: Math.round(firstHalf.copy.readings / firstHalf.copy.seconds),
        secondHalfReadingsPerSecond: Math.round(secondHalf.copy.readings / secondHalf.copy.seconds),
      },
      logistics: {
        readings: ingested,
        seconds: round(seconds),
        readingsPerSecond: Math.round(rate),
        slowest10sReadingsPerSecond: Math.round(slowest10s),
        readingsPerSecondEvery10s: tenSecondSeries,
        drainedBacklogEarly: drainedEarly,
        excursionsDetected: excursions[0].excursions,
        excursionEvents: excursions[0].events,
        deadLettered,
      },
      /**
       * CPU microseconds per reading stored, by side: this process (the reference's driver, or the
       * service in it), PostgreSQL's backends of the database, the broker (only when KAFKA_HOME_DIR
       * names it). What a reading costs, which the machine's load moves far less than the rates.
       */
      cpuMicrosecondsPerReading: {
        reference: cpuPerReading(before, after),
        copyReference: cpuPerReading(firstHalf.copy, secondHalf.copy),
        logistics: cpuPerReading(drained),
      },
      ratio: ratio(rate, referenceRate),
      copyRatio: ratio(rate, copyRate),
      slowest10sRatio: ratio(slowest10s, referenceRate),
      goal: GOAL,
    };
    printTable(result);
    // The file the README cites, formatted as the repository formats its files (format:check passes);
    // a quick run does not replace the figures of a full one.
    const file = resolve(RESULTS_DIR, 'telemetry-ingest.json');
    if (!QUICK) {
      await writeFormatted(file, JSON.stringify(result));
      log(`results written to ${file}`);
    }
    if (drainedEarly)
      log('the backlog ran out before the duration: raise --backlog-factor for a full-length run');

    bench.rows.push(
      {
        measure: `readings stored per second (${BATCH} per message, ${CONCURRENCY} partitions at once)`,
        figure: `${thousands(rate)} readings/s`,
        reference: `pg multi-row INSERT into a plain table, ${CONCURRENCY} connections: ${thousands(referenceRate)} readings/s`,
        ratio: result.ratio,
        goal: `≥ ${GOAL} of the plain insert`,
        met: meets(result.ratio, '>=', GOAL),
      },
      {
        measure: 'slowest 10-second window',
        figure: `${thousands(slowest10s)} readings/s`,
        reference: `the same plain insert: ${thousands(referenceRate)} readings/s`,
        ratio: result.slowest10sRatio,
      },
      {
        measure: 'the same readings/s against COPY',
        figure: `${thousands(rate)} readings/s`,
        reference: `pg COPY … FROM STDIN into a plain table, ${CONCURRENCY} connections: ${thousands(copyRate)} readings/s`,
        ratio: result.copyRatio,
      },
    );
    bench.details = result;
    if (profile) bench.profiles = { logistics: profile };
    if (drainedEarly) bench.limits.push('the backlog ran out before the duration (raise --backlog-factor)');
    if (deadLettered > 0) bench.limits.push(`${deadLettered} messages were dead-lettered`);
    return finished(bench);
  } finally {
    await stopLogistics().catch(() => undefined);
    await producer.disconnect();
    await deleteTopics(prefix);
    if (flags['keep-database']) await pool.end();
    else await db.drop();
  }
}

function printTable(result: {
  reference: { readings: number; seconds: number; readingsPerSecond: number };
  copyReference: { readings: number; seconds: number; readingsPerSecond: number };
  copyRatio: number;
  logistics: {
    readings: number;
    seconds: number;
    readingsPerSecond: number;
    slowest10sReadingsPerSecond: number;
  };
  ratio: number;
  slowest10sRatio: number;
  cpuMicrosecondsPerReading: Record<
    'reference' | 'copyReference' | 'logistics',
    { process: number; postgres: number; broker: number | null }
  >;
}): void {
  const row = (name: string, readings: string, seconds: string, rate: string, ratio_: string) =>
    `${name.padEnd(44)}${readings.padStart(12)}${seconds.padStart(10)}${rate.padStart(14)}  ${ratio_}`;
  console.log('');
  console.log(row('', 'readings', 'seconds', 'readings/s', 'ratio'));
  console.log(
    row(
      'reference: pg multi-row INSERT, plain table',
      thousands(result.reference.readings),
      String(result.reference.seconds),
      thousands(result.reference.readingsPerSecond),
      '1.000',
    ),
  );
  console.log(
    row(
      'reference: pg COPY FROM STDIN, plain table',
      thousands(result.copyReference.readings),
      String(result.copyReference.seconds),
      thousands(result.copyReference.readingsPerSecond),
      (result.copyReference.readingsPerSecond / result.reference.readingsPerSecond).toFixed(3),
    ),
  );
  console.log(
    row(
      'logistics: Kafka → service → PostgreSQL',
      thousands(result.logistics.readings),
      String(result.logistics.seconds),
      thousands(result.logistics.readingsPerSecond),
      `${result.ratio.toFixed(3)} (of COPY ${result.copyRatio.toFixed(3)})`,
    ),
  );
  console.log(
    row(
      '  slowest 10-second window',
      '',
      '',
      thousands(result.logistics.slowest10sReadingsPerSecond),
      result.slowest10sRatio.toFixed(3),
    ),
  );
  console.log('');
  console.log('CPU µs per reading        this process   PostgreSQL   broker');
  for (const [name, cpu] of Object.entries(result.cpuMicrosecondsPerReading)) {
    console.log(
      `  ${name.padEnd(22)}${cpu.process.toFixed(2).padStart(13)}${cpu.postgres.toFixed(2).padStart(13)}${(cpu.broker === null ? '—' : cpu.broker.toFixed(2)).padStart(9)}`,
    );
  }
  console.log('');
}

if (require.main === module) runStandalone(run);
