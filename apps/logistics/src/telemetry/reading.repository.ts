import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ShipmentStatus, TelemetryReading } from '@hb/contracts';
import { DEVICE_TIME_MS } from '../cold-chain/cold-chain.repository';
import type { ColdChainState } from '../cold-chain/excursions';
import type { ReadingSource } from './telemetry-ingest.service';

export interface LockedShipmentRow {
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
  /** The shipment's and its state's row versions (xmin) when read: what a guarded store compares. */
  version: RowVersion;
}

/** Which versions of a shipment's row and of its cold-chain state row a value was read from. */
export interface RowVersion {
  readonly shipment: string;
  readonly state: string;
}

export interface InsertResult {
  stored: number;
  /** Whether the planned state was saved; if not, the readings really stored, as [device, ms, °C]. */
  saved: boolean;
  readings: [string, number, number][] | null;
  /** The state row's version after the statement. */
  state_version: string | null;
}

/** The result of a guarded store: null when the rows had changed (then nothing was written). */
export type GuardedInsertResult = InsertResult | null;

/**
 * A PostgreSQL array literal of values that need no quoting: numbers, and timestamps already
 * checked against the ISO-8601 pattern (digits, `-`, `:`, `.`, `T`, `Z`, `+`). node-postgres would
 * quote and escape every element of every array, at ingest rate.
 */
const unquotedArray = (values: readonly (number | string | null | undefined)[]): string =>
  `{${values.map((value) => (value === null || value === undefined ? 'NULL' : String(value))).join(',')}}`;

/**
 * The INSERT of a batch's readings and the save of the state planned for it, as common table
 * expressions of one statement: $1 shipment, $2 source, $3–$8 the readings' columns as arrays,
 * $9 the planned state (or null), $10 how many readings it assumed new; both only if `condition`.
 */
const storeCtes = (condition = 'true'): string => `stored AS (
         INSERT INTO temperature_readings
                (shipment_id, recorded_at, device_id, temperature_c, humidity_pct, lat, lon, source)
         SELECT $1, date_trunc('milliseconds', r.recorded_at), r.device_id, r.temperature_c, round(r.humidity_pct::numeric, 2)::real, r.lat, r.lon, $2
           FROM unnest($3::timestamptz[], $4::text[], $5::float8[], $6::float8[], $7::float8[], $8::float8[])
                AS r(recorded_at, device_id, temperature_c, humidity_pct, lat, lon)
          WHERE ${condition}
         ON CONFLICT DO NOTHING
         RETURNING device_id, recorded_at, temperature_c
       ), saved AS (
         UPDATE cold_chain_states SET state = $9::jsonb, updated_at = now()
          WHERE shipment_id = $1 AND $9::jsonb IS NOT NULL AND (SELECT count(*) FROM stored) = $10 AND ${condition}
         RETURNING xmin::text AS version
       )`;

const STORE_RESULT = `SELECT (SELECT count(*)::int FROM stored) AS stored,
              EXISTS (SELECT 1 FROM saved) AS saved,
              (SELECT version FROM saved) AS state_version,
              CASE WHEN EXISTS (SELECT 1 FROM saved) THEN NULL
                   ELSE (SELECT json_agg(json_build_array(device_id, ${DEVICE_TIME_MS}, temperature_c)) FROM stored)
              END AS readings`;

const storeParameters = (
  shipmentId: string,
  source: ReadingSource,
  readings: readonly TelemetryReading[],
  plannedState: ColdChainState | null,
  expectedNew: number,
): unknown[] => [
  shipmentId,
  source,
  unquotedArray(readings.map((reading) => reading.recordedAt)),
  readings.map((reading) => reading.deviceId),
  unquotedArray(readings.map((reading) => reading.temperatureC)),
  unquotedArray(readings.map((reading) => reading.humidityPct)),
  unquotedArray(readings.map((reading) => reading.lat)),
  unquotedArray(readings.map((reading) => reading.lon)),
  plannedState,
  expectedNew,
];

/** Temperature readings of shipments; every statement runs in the caller's transaction. */
@Injectable()
export class ReadingRepository {
  /**
   * The shipment and its cold-chain state, both rows locked: batches of one shipment apply one at a
   * time. The state row is locked too (the shipment first, as every writer takes them), so that a
   * state another transaction saved while this one waited for the lock is read as saved, not as it
   * was when the statement began.
   */
  async lockShipment(tx: EntityManager, shipmentId: string): Promise<LockedShipmentRow | null> {
    const [row] = await tx.query<(Omit<LockedShipmentRow, 'version'> & { sv: string; cv: string })[]>(
      `SELECT s.id, s.order_id, s.buyer_id, s.producer_id, s.operator_id, s.status, s.min_c, s.max_c,
              s.max_dwell_minutes, (extract(epoch FROM s.delivered_at) * 1000)::float8 AS delivered_ms, c.state,
              s.xmin::text AS sv, c.xmin::text AS cv
         FROM shipments s JOIN cold_chain_states c ON c.shipment_id = s.id
        WHERE s.id = $1
          FOR NO KEY UPDATE OF s, c`,
      [shipmentId],
    );
    if (!row) return null;
    const { sv, cv, ...shipment } = row;
    return { ...shipment, version: { shipment: sv, state: cv } };
  }

  /**
   * Stores the readings (a repeat of a stored one is left out) and, in the same statement, saves
   * `plannedState` as the shipment's cold-chain state if exactly `expectedNew` readings were new.
   * The caller holds the shipment's lock (lockShipment).
   */
  async store(
    tx: EntityManager,
    shipmentId: string,
    source: ReadingSource,
    readings: readonly TelemetryReading[],
    plannedState: ColdChainState | null,
    expectedNew: number,
  ): Promise<InsertResult> {
    const [result] = await tx.query<InsertResult[]>(
      `WITH ${storeCtes()}
       ${STORE_RESULT}`,
      storeParameters(shipmentId, source, readings, plannedState, expectedNew),
    );
    return result;
  }

  /**
   * lockShipment and store in one statement, for a caller that read the shipment earlier (in
   * another transaction): the rows are locked, and the readings stored only if neither the shipment
   * nor its state has changed since (same row versions). Null, with nothing written, if either has.
   */
  async lockAndStore(
    tx: EntityManager,
    version: RowVersion,
    shipmentId: string,
    source: ReadingSource,
    readings: readonly TelemetryReading[],
    plannedState: ColdChainState,
    expectedNew: number,
  ): Promise<GuardedInsertResult> {
    const [result] = await tx.query<(InsertResult & { unchanged: boolean })[]>(
      `WITH locked AS (
         SELECT s.xmin::text = $11 AND c.xmin::text = $12 AS unchanged
           FROM shipments s JOIN cold_chain_states c ON c.shipment_id = s.id
          WHERE s.id = $1
            FOR NO KEY UPDATE OF s, c
       ), unchanged AS (
         SELECT 1 FROM locked WHERE unchanged
       ), ${storeCtes('EXISTS (SELECT 1 FROM unchanged)')}
       ${STORE_RESULT}, EXISTS (SELECT 1 FROM unchanged) AS unchanged`,
      [
        ...storeParameters(shipmentId, source, readings, plannedState, expectedNew),
        version.shipment,
        version.state,
      ],
    );
    if (!result?.unchanged) return null;
    return {
      stored: result.stored,
      saved: result.saved,
      readings: result.readings,
      state_version: result.state_version,
    };
  }

  /** The shipment's readings per time bucket (`interval`, e.g. '15 minutes'), at most `limit` buckets. */
  async buckets(
    tx: EntityManager,
    shipmentId: string,
    interval: string,
    limit: number,
  ): Promise<{ start: Date; min_c: number; max_c: number; mean_c: number; readings: number }[]> {
    return tx.query(
      `SELECT date_bin($2::interval, recorded_at, TIMESTAMPTZ '2000-01-01T00:00:00Z') AS start,
              min(temperature_c) AS min_c, max(temperature_c) AS max_c, avg(temperature_c) AS mean_c,
              count(*)::int AS readings
         FROM temperature_readings
        WHERE shipment_id = $1
        GROUP BY 1
        ORDER BY 1
        LIMIT $3`,
      [shipmentId, interval, limit],
    );
  }
}
