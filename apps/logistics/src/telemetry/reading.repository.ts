import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ShipmentStatus, TelemetryReading } from '@hb/contracts';
import { preparedQuery } from '@hb/platform';
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

/**
 * A batch's readings as the PostgreSQL array literals the statements unnest, built in one pass:
 * node-postgres would quote and escape every element of every array, at ingest rate. Numbers and
 * timestamps (already checked against the ISO-8601 pattern: digits, `-`, `:`, `.`, `T`, `Z`, `+`)
 * need no quoting; device ids are quoted, a backslash or double quote in one escaped.
 */
function readingArrays(readings: readonly TelemetryReading[]): string[] {
  let recordedAt = '';
  let deviceId = '';
  let temperatureC = '';
  let humidityPct = '';
  let lat = '';
  let lon = '';
  const element = (value: number | null | undefined) =>
    value === null || value === undefined ? 'NULL' : String(value);
  for (let index = 0; index < readings.length; index += 1) {
    const reading = readings[index];
    const comma = index === 0 ? '' : ',';
    recordedAt += comma + reading.recordedAt;
    deviceId += `${comma}"${reading.deviceId.replace(/[\\"]/g, '\\$&')}"`;
    temperatureC += comma + String(reading.temperatureC);
    humidityPct += comma + element(reading.humidityPct);
    lat += comma + element(reading.lat);
    lon += comma + element(reading.lon);
  }
  return [recordedAt, deviceId, temperatureC, humidityPct, lat, lon].map((elements) => `{${elements}}`);
}

/** The readings of $3–$8 (arrays from readingArrays) as rows to insert, for shipment $1 from source $2. */
const READING_ROWS = `SELECT $1, date_trunc('milliseconds', r.recorded_at), r.device_id, r.temperature_c, (round(r.humidity_pct * 100) / 100)::real, r.lat, r.lon, $2
           FROM unnest($3::timestamptz[], $4::text[], $5::float8[], $6::float8[], $7::float8[], $8::float8[])
                AS r(recorded_at, device_id, temperature_c, humidity_pct, lat, lon)`;

const INSERT_READINGS = `INSERT INTO temperature_readings
                (shipment_id, recorded_at, device_id, temperature_c, humidity_pct, lat, lon, source)`;

/**
 * The INSERT of a batch's readings and the save of the state planned for it, as common table
 * expressions of one statement: $1 shipment, $2 source, $3–$8 the readings' columns as arrays,
 * $9 the planned state (or null), $10 how many readings it assumed new.
 */
const STORE = `WITH stored AS (
         ${INSERT_READINGS}
         ${READING_ROWS}
         ON CONFLICT DO NOTHING
         RETURNING device_id, recorded_at, temperature_c
       ), saved AS (
         UPDATE cold_chain_states SET state = $9::jsonb, updated_at = now()
          WHERE shipment_id = $1 AND $9::jsonb IS NOT NULL AND (SELECT count(*) FROM stored) = $10
         RETURNING xmin::text AS version
       )
       SELECT (SELECT count(*)::int FROM stored) AS stored,
              EXISTS (SELECT 1 FROM saved) AS saved,
              (SELECT version FROM saved) AS state_version,
              CASE WHEN EXISTS (SELECT 1 FROM saved) THEN NULL
                   ELSE (SELECT json_agg(json_build_array(device_id, ${DEVICE_TIME_MS}, temperature_c)) FROM stored)
              END AS readings`;

/**
 * Locks the shipment and its state, and only if neither row changed since it was read ($9, $10:
 * their versions) inserts the readings and saves the state ($11). The caller has made sure none of
 * the readings can be stored already (each later than every one stored, no repeat within the batch),
 * so there is no duplicate check: a broken promise would fail on the primary key, not be hidden.
 */
const LOCK_AND_STORE_NEW = `WITH locked AS (
         SELECT s.xmin::text = $9 AND c.xmin::text = $10 AS unchanged
           FROM shipments s JOIN cold_chain_states c ON c.shipment_id = s.id
          WHERE s.id = $1
            FOR NO KEY UPDATE OF s, c
       ), stored AS (
         ${INSERT_READINGS}
         ${READING_ROWS}
          WHERE (SELECT unchanged FROM locked)
       ), saved AS (
         UPDATE cold_chain_states SET state = $11::jsonb, updated_at = now()
          WHERE shipment_id = $1 AND (SELECT unchanged FROM locked)
         RETURNING xmin::text AS version
       )
       SELECT (SELECT version FROM saved) AS state_version`;

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
    const [result] = await preparedQuery<InsertResult>(tx, 'telemetry_store', STORE, [
      shipmentId,
      source,
      ...readingArrays(readings),
      plannedState,
      expectedNew,
    ]);
    return result;
  }

  /**
   * lockShipment and the storing of readings known to be new, in one statement, for a caller that
   * read the shipment earlier (in another transaction) and planned `plannedState` on it: the rows
   * are locked, and the readings stored and the state saved only if neither the shipment nor its
   * state has changed since (same row versions). Returns the state row's new version, or null, with
   * nothing written, if either had changed.
   */
  async lockAndStoreNew(
    tx: EntityManager,
    version: RowVersion,
    shipmentId: string,
    source: ReadingSource,
    readings: readonly TelemetryReading[],
    plannedState: ColdChainState,
  ): Promise<string | null> {
    const [result] = await preparedQuery<{ state_version: string | null }>(
      tx,
      'telemetry_lock_and_store_new',
      LOCK_AND_STORE_NEW,
      [shipmentId, source, ...readingArrays(readings), version.shipment, version.state, plannedState],
    );
    return result?.state_version ?? null;
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
