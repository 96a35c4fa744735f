/**
 * Telemetry ingest benchmark: readings published to Kafka (logistics.telemetry.v1), consumed by the
 * real logistics service (inbox, validation against the contract, one multi-row INSERT per batch
 * with duplicate check, excursion detection, cold-chain state and excursion events through the
 * outbox), compared with a reference measured in the same run: the same rows inserted with the `pg`
 * driver as plain multi-row INSERTs into a table with no key, index or constraint.
 *
 *   npx ts-node -r tsconfig-paths/register bench/telemetry-ingest.ts [--duration 60] [--shipments 200]
 *     [--batch 200] [--concurrency 6] [--reference-duration 20] [--backlog-factor 1.3]
 *
 * Steps: a database and a topic namespace of its own; the service starts and makes the shipments
 * from OrderConfirmed events, then stops; the reference runs for half its time; a backlog of device
 * messages is published while the service is stopped (so that producing does not compete with
 * consuming); the service starts again and drains it for --duration seconds while the stored
 * readings are counted every second; it stops, and the reference runs its second half (so that a
 * change in the machine's load during the run shows in both). Both sides get the same parallelism:
 * --concurrency partitions consumed at once by the service, --concurrency connections for the
 * reference. Results go to bench/results/telemetry-ingest.json. Not a test: nothing asserts on time.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Kafka, logLevel, Partitioners, type Message, type Producer } from 'kafkajs';
import { Client, Pool } from 'pg';
import { format, resolveConfig } from 'prettier';
import {
  COLD_CHAIN_PROFILES,
  OrderConfirmed,
  TelemetryReadingsRecorded,
  type EventDefinition,
  type OrderConfirmedData,
  type TelemetryReading,
  type TelemetryReadingsData,
} from '@hb/contracts';
import { createService, startService } from '@hb/platform';
import { logisticsService } from '../apps/logistics/src/service';

process.env.LOG_LEVEL ??= 'warn';
process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    shipments: { type: 'string', default: '200' },
    batch: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '6' },
    'reference-duration': { type: 'string', default: '20' },
    'backlog-factor': { type: 'string', default: '1.3' },
    'keep-database': { type: 'boolean', default: false },
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

const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const READING_EVERY_MS = 30_000;
const label = randomBytes(4).toString('hex');
const prefix = `bench-${label}`;
const groupId = `${prefix}.logistics`;
const database = `hb_bench_${label}`;
const kafka = new Kafka({ clientId: 'bench', brokers: BROKERS, logLevel: logLevel.NOTHING });

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const log = (message: string) => console.log(`[bench] ${message}`);

function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(sql: string): Promise<void> {
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** The real logistics service in this process, on the benchmark's database and topics (as tests/support does). */
async function startLogistics(): Promise<NestFastifyApplication> {
  const app = await createService(logisticsService, {
    databaseUrl: databaseUrl(database),
    messaging: { topicPrefix: prefix, groupId, partitionsConsumedConcurrently: CONCURRENCY },
  });
  await startService(app);
  return app;
}

function envelope<T extends object>(definition: EventDefinition<T>, data: T): Message {
  const subject = definition.subjectOf(data);
  return {
    key: subject,
    value: JSON.stringify({
      id: randomUUID(),
      type: definition.type,
      source: 'bench',
      time: new Date().toISOString(),
      subject,
      specversion: '1.0',
      datacontenttype: 'application/json',
      data,
    }),
    headers: { 'content-type': 'application/cloudevents+json' },
  };
}

/**
 * The readings of one logger per shipment, every 30 s from 60 days ago: 2–3.5 °C with a twelve-minute
 * warm spell (5.5 °C, a minor excursion) once a simulated day and a 40-minute one (6.5 °C, major) every
 * third day, so that excursion detection and its events are exercised too.
 */
class Fleet {
  private readonly start = Date.now() - 60 * 86_400_000;
  private readonly next: number[];

  constructor(readonly shipmentIds: readonly string[]) {
    this.next = shipmentIds.map(() => 0);
  }

  temperature(index: number): number {
    const ofDay = index % 2880;
    if (ofDay >= 1000 && ofDay < 1024) return 5.5;
    if (index % 8640 >= 5000 && index % 8640 < 5080) return 6.5;
    return Math.round((2.75 + 0.75 * Math.sin(index / 37)) * 100) / 100;
  }

  /** The next batch of the `n`-th message, round robin over the shipments. */
  batch(n: number): TelemetryReadingsData {
    const shipment = n % this.shipmentIds.length;
    const first = this.next[shipment];
    this.next[shipment] = first + BATCH;
    const readings: TelemetryReading[] = [];
    for (let index = first; index < first + BATCH; index += 1) {
      readings.push({
        deviceId: `TT-4G-86${String(shipment).padStart(13, '0')}`,
        recordedAt: new Date(this.start + index * READING_EVERY_MS).toISOString(),
        temperatureC: this.temperature(index),
        humidityPct: 88,
        lat: 26.7719,
        lon: 106.5723,
      });
    }
    return { shipmentId: this.shipmentIds[shipment], readings };
  }
}

async function createShipments(producer: Producer, pool: Pool): Promise<string[]> {
  const orders: OrderConfirmedData[] = Array.from({ length: SHIPMENTS }, () => ({
    orderId: randomUUID(),
    buyerId: randomUUID(),
    deliveryAddress: 'Guiyang No. 3 Middle School canteen, 88 Zhonghua North Road, Yunyan District',
    requestedDeliveryDate: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
    lines: [
      {
        productId: randomUUID(),
        producerId: randomUUID(),
        quantity: 300,
        coldChainProfile: { ...COLD_CHAIN_PROFILES.chilled_meat },
      },
    ],
  }));
  await producer.send({
    topic: `${prefix}.${OrderConfirmed.topic.name}`,
    acks: -1,
    messages: orders.map((order) => envelope(OrderConfirmed, order)),
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
}

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
  return { readings, seconds: (performance.now() - started) / 1000 };
}

async function produceBacklog(producer: Producer, fleet: Fleet, messages: number): Promise<number> {
  const topic = `${prefix}.${TelemetryReadingsRecorded.topic.name}`;
  const started = performance.now();
  const perSend = 50;
  const inFlight: Promise<unknown>[] = [];
  for (let from = 0; from < messages; from += perSend) {
    const chunk: Message[] = [];
    for (let n = from; n < Math.min(from + perSend, messages); n += 1) {
      chunk.push(envelope(TelemetryReadingsRecorded, fleet.batch(n)));
    }
    inFlight.push(producer.send({ topic, acks: 1, messages: chunk }));
    if (inFlight.length >= 8) await inFlight.shift();
  }
  await Promise.all(inFlight);
  return (performance.now() - started) / 1000;
}

async function deadLetterCount(): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(`${prefix}.${groupId}.dlt`);
    return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
  } finally {
    await admin.disconnect();
  }
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
}

async function main(): Promise<void> {
  log(`database ${database}, topics ${prefix}.*, ${SHIPMENTS} shipments, ${BATCH} readings per message`);
  await onServer(`CREATE DATABASE ${database}`);
  const pool = new Pool({ connectionString: databaseUrl(database), max: CONCURRENCY + 2 });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  let app: NestFastifyApplication | null = await startLogistics();
  const stopLogistics = async () => {
    const running = app;
    app = null;
    await running?.close();
  };
  try {
    const shipmentIds = await createShipments(producer, pool);
    log(`${shipmentIds.length} shipments made from OrderConfirmed events`);
    await stopLogistics();

    const referenceFleet = new Fleet(shipmentIds.map(() => randomUUID()));
    log(
      `reference, first half: plain multi-row INSERTs on ${CONCURRENCY} connections for ${REFERENCE_S / 2} s`,
    );
    const before = await reference(pool, referenceFleet, REFERENCE_S / 2);
    log(`reference, first half: ${Math.round(before.readings / before.seconds)} readings/s`);

    const fleet = new Fleet(shipmentIds);
    const messages = Math.ceil(((before.readings / before.seconds) * DURATION_S * BACKLOG_FACTOR) / BATCH);
    log(
      `publishing a backlog of ${messages} messages (${messages * BATCH} readings) with the service stopped`,
    );
    const produceSeconds = await produceBacklog(producer, fleet, messages);
    log(`published in ${produceSeconds.toFixed(1)} s; starting the service`);

    app = await startLogistics();
    const samples: Sample[] = [];
    const begin = performance.now();
    let first: Sample | null = null;
    for (;;) {
      const sample = { t: (performance.now() - begin) / 1000, readings: await storedReadings(pool) };
      samples.push(sample);
      if (!first && sample.readings > 0) first = sample;
      if (first && (sample.t - first.t >= DURATION_S || sample.readings >= messages * BATCH)) break;
      if (!first && sample.t > 60) throw new Error('the service stored nothing within a minute');
      await sleep(1000);
    }
    const last = samples[samples.length - 1];
    const seconds = last.t - first.t;
    const ingested = last.readings - first.readings;
    const rate = ingested / seconds;
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
    const deadLettered = await deadLetterCount();
    await stopLogistics();

    log(`reference, second half: ${REFERENCE_S / 2} s`);
    const after = await reference(pool, referenceFleet, REFERENCE_S / 2);
    const ref = { readings: before.readings + after.readings, seconds: before.seconds + after.seconds };
    const referenceRate = ref.readings / ref.seconds;
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
      ratio: round(rate / referenceRate, 3),
      slowest10sRatio: round(slowest10s / referenceRate, 3),
      goal: 0.5,
    };
    printTable(result);
    const file = resolve(__dirname, 'results', 'telemetry-ingest.json');
    mkdirSync(resolve(__dirname, 'results'), { recursive: true });
    // Formatted as the repository formats its files, so that the committed results pass format:check.
    writeFileSync(
      file,
      await format(JSON.stringify(result), { ...(await resolveConfig(file)), filepath: file }),
    );
    log(`results written to ${file}`);
    if (drainedEarly)
      log('the backlog ran out before the duration: raise --backlog-factor for a full-length run');
  } finally {
    await stopLogistics().catch(() => undefined);
    await producer.disconnect();
    await pool.end();
    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(`${prefix}.`));
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
    if (!flags['keep-database']) await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

function printTable(result: {
  reference: { readings: number; seconds: number; readingsPerSecond: number };
  logistics: {
    readings: number;
    seconds: number;
    readingsPerSecond: number;
    slowest10sReadingsPerSecond: number;
  };
  ratio: number;
  slowest10sRatio: number;
}): void {
  const row = (name: string, readings: string, seconds: string, rate: string, ratio: string) =>
    `${name.padEnd(44)}${readings.padStart(12)}${seconds.padStart(10)}${rate.padStart(14)}${ratio.padStart(8)}`;
  const number = (value: number) => value.toLocaleString('en-US');
  console.log('');
  console.log(row('', 'readings', 'seconds', 'readings/s', 'ratio'));
  console.log(
    row(
      'reference: pg multi-row INSERT, plain table',
      number(result.reference.readings),
      String(result.reference.seconds),
      number(result.reference.readingsPerSecond),
      '1.000',
    ),
  );
  console.log(
    row(
      'logistics: Kafka → service → PostgreSQL',
      number(result.logistics.readings),
      String(result.logistics.seconds),
      number(result.logistics.readingsPerSecond),
      result.ratio.toFixed(3),
    ),
  );
  console.log(
    row(
      '  slowest 10-second window',
      '',
      '',
      number(result.logistics.slowest10sReadingsPerSecond),
      result.slowest10sRatio.toFixed(3),
    ),
  );
  console.log('');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
