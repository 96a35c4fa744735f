import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal, ShipmentStatus, TelemetryReading } from '@hb/contracts';
import { Clock, NotFoundError } from '@hb/platform';
import { ColdChainLedger, DEVICE_TIME_MS, type ShipmentUnderWatch } from '../cold-chain/cold-chain.ledger';
import type { ColdChainState, Reading } from '../cold-chain/excursions';
import { assertHolds } from '../shipments/shipment-access';
import { isInTheFuture } from '../timestamps';
import { ReadingsInTheFuture, ShipmentTakesNoReadings } from './telemetry.errors';

export type ReadingSource = 'http' | 'device';

export interface IngestReceipt {
  received: number;
  stored: number;
  duplicates: number;
  afterDelivery: number;
}

interface LockedShipmentRow {
  id: string;
  order_id: string;
  buyer_id: string;
  producer_id: string;
  operator_id: string | null;
  status: ShipmentStatus;
  min_c: number;
  max_c: number;
  max_dwell_minutes: number;
  delivered_ms: number | null;
  state: ColdChainState;
}

interface InsertResult {
  stored: number;
  /** Whether the planned state was saved; if not, the readings really stored, as [device, ms, °C]. */
  saved: boolean;
  readings: [string, number, number][] | null;
}

const MAX_PROBLEMS_LISTED = 10;

/** A logger's repeated reading within one batch counts once: the first, as the INSERT keeps the first. */
function firstOfEach(trip: readonly { reading: TelemetryReading; at: number }[]): Reading[] {
  const seen = new Map<string, Set<number>>();
  const readings: Reading[] = [];
  for (const { reading, at } of trip) {
    let times = seen.get(reading.deviceId);
    if (!times) seen.set(reading.deviceId, (times = new Set()));
    if (times.has(at)) continue;
    times.add(at);
    readings.push({ deviceId: reading.deviceId, at, temperatureC: reading.temperatureC });
  }
  return readings;
}

/**
 * A PostgreSQL array literal of values that need no quoting: numbers, and timestamps already
 * checked against the ISO-8601 pattern (digits, `-`, `:`, `.`, `T`, `Z`, `+`). node-postgres would
 * quote and escape every element of every array, at ingest rate.
 */
const unquotedArray = (values: readonly (number | string | null | undefined)[]): string =>
  `{${values.map((value) => (value === null || value === undefined ? 'NULL' : String(value))).join(',')}}`;

/**
 * Stores temperature readings in batches — one multi-row INSERT … SELECT FROM unnest per batch, the
 * duplicate check done by the primary key (ON CONFLICT DO NOTHING) — and feeds what was new to the
 * cold-chain ledger in the same transaction. A batch is all or nothing. Device time is kept to the
 * millisecond, as `Date.parse` reads it, so that the database and the fold agree on what a repeat
 * is (loggers measure every few seconds at most). Per batch: the shipment row
 * lock with its state, then one statement that inserts and saves the new state, then excursions and
 * events only when there are some.
 */
@Injectable()
export class TelemetryIngestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly coldChain: ColdChainLedger,
    private readonly clock: Clock,
  ) {}

  /** An operator's upload for a shipment it holds. */
  async postReadings(
    caller: Principal,
    shipmentId: string,
    readings: TelemetryReading[],
  ): Promise<IngestReceipt> {
    return this.dataSource.transaction(async (tx) => {
      const shipment = await this.lock(tx, shipmentId);
      assertHolds(
        caller,
        shipment && {
          id: shipment.id,
          buyerId: shipment.buyer_id,
          producerId: shipment.producer_id,
          operatorId: shipment.operator_id,
        },
        shipmentId,
        'post readings for',
      );
      return this.ingest(tx, shipment!, readings, 'http');
    });
  }

  /** A logger's batch from Kafka, in the consumer's transaction; anything refused is dead-lettered. */
  async recordDeviceBatch(
    tx: EntityManager,
    shipmentId: string,
    readings: TelemetryReading[],
  ): Promise<IngestReceipt> {
    const shipment = await this.lock(tx, shipmentId);
    if (!shipment) throw new NotFoundError('shipment', shipmentId);
    return this.ingest(tx, shipment, readings, 'device');
  }

  /** The shipment and its cold-chain state, its row locked: batches of one shipment apply one at a time. */
  private async lock(tx: EntityManager, shipmentId: string): Promise<LockedShipmentRow | null> {
    const [row] = await tx.query<LockedShipmentRow[]>(
      `SELECT s.id, s.order_id, s.buyer_id, s.producer_id, s.operator_id, s.status, s.min_c, s.max_c,
              s.max_dwell_minutes, (extract(epoch FROM s.delivered_at) * 1000)::float8 AS delivered_ms, c.state
         FROM shipments s JOIN cold_chain_states c ON c.shipment_id = s.id
        WHERE s.id = $1
          FOR NO KEY UPDATE OF s`,
      [shipmentId],
    );
    return row ?? null;
  }

  private async ingest(
    tx: EntityManager,
    shipment: LockedShipmentRow,
    readings: readonly TelemetryReading[],
    source: ReadingSource,
  ): Promise<IngestReceipt> {
    if (shipment.status === 'cancelled') {
      throw new ShipmentTakesNoReadings(shipment.id);
    }
    const times = readings.map((reading) => Date.parse(reading.recordedAt));
    this.refuseFutureReadings(readings, times);
    // A logger left running at the buyer's after delivery says nothing about the trip.
    const trip = readings.flatMap((reading, index) =>
      shipment.delivered_ms === null || times[index] <= shipment.delivered_ms
        ? [{ reading, at: times[index] }]
        : [],
    );
    const receipt = {
      received: readings.length,
      stored: 0,
      duplicates: 0,
      afterDelivery: readings.length - trip.length,
    };
    if (trip.length === 0) return receipt;

    const watched: ShipmentUnderWatch = {
      id: shipment.id,
      orderId: shipment.order_id,
      producerId: shipment.producer_id,
      profile: { minC: shipment.min_c, maxC: shipment.max_c, maxDwellMinutes: shipment.max_dwell_minutes },
    };
    // The state after this batch, computed before writing it on the assumption that every reading
    // is new, is saved by the INSERT's own statement when that holds (the common case, one round
    // trip); otherwise the readings really stored are applied afterwards.
    const fresh = firstOfEach(trip);
    const planned = this.coldChain.prepare(watched, shipment.state, fresh);
    const [result] = await tx.query<InsertResult[]>(
      `WITH stored AS (
         INSERT INTO temperature_readings
                (shipment_id, recorded_at, device_id, temperature_c, humidity_pct, lat, lon, source)
         SELECT $1, date_trunc('milliseconds', r.recorded_at), r.device_id, r.temperature_c, round(r.humidity_pct::numeric, 2)::real, r.lat, r.lon, $2
           FROM unnest($3::timestamptz[], $4::text[], $5::float8[], $6::float8[], $7::float8[], $8::float8[])
                AS r(recorded_at, device_id, temperature_c, humidity_pct, lat, lon)
         ON CONFLICT DO NOTHING
         RETURNING device_id, recorded_at, temperature_c
       ), saved AS (
         UPDATE cold_chain_states SET state = $9::jsonb, updated_at = now()
          WHERE shipment_id = $1 AND $9::jsonb IS NOT NULL AND (SELECT count(*) FROM stored) = $10
         RETURNING 1
       )
       SELECT (SELECT count(*)::int FROM stored) AS stored,
              EXISTS (SELECT 1 FROM saved) AS saved,
              CASE WHEN EXISTS (SELECT 1 FROM saved) THEN NULL
                   ELSE (SELECT json_agg(json_build_array(device_id, ${DEVICE_TIME_MS}, temperature_c)) FROM stored)
              END AS readings`,
      [
        shipment.id,
        source,
        unquotedArray(trip.map(({ reading }) => reading.recordedAt)),
        trip.map(({ reading }) => reading.deviceId),
        unquotedArray(trip.map(({ reading }) => reading.temperatureC)),
        unquotedArray(trip.map(({ reading }) => reading.humidityPct)),
        unquotedArray(trip.map(({ reading }) => reading.lat)),
        unquotedArray(trip.map(({ reading }) => reading.lon)),
        planned?.state ?? null,
        fresh.length,
      ],
    );
    if (result.saved) {
      await this.coldChain.persist(tx, shipment.id, planned!, { stateSaved: true });
    } else {
      const stored = (result.readings ?? []).map(([deviceId, at, temperatureC]) => ({
        deviceId,
        at,
        temperatureC,
      }));
      await this.coldChain.apply(tx, watched, shipment.state, stored);
    }
    return { ...receipt, stored: result.stored, duplicates: trip.length - result.stored };
  }

  private refuseFutureReadings(readings: readonly TelemetryReading[], times: readonly number[]): void {
    const now = this.clock.now().getTime();
    const problems = times.flatMap((time, index) =>
      isInTheFuture(time, now)
        ? [`readings.${index}.recordedAt: ${readings[index].recordedAt} is in the future`]
        : [],
    );
    if (problems.length === 0) return;
    throw new ReadingsInTheFuture(problems, MAX_PROBLEMS_LISTED);
  }
}
