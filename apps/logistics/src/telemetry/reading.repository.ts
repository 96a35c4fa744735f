import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ShipmentStatus, TelemetryReading } from '@hb/contracts';
import { BinaryArray, preparedQuery } from '@hb/platform';
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

/** A reading with its device time as epoch milliseconds (as `Date.parse` reads it, and as it is stored). */
export interface TimedReading {
  readonly reading: TelemetryReading;
  readonly at: number;
}

/**
 * Readings as the arrays the statements unnest, in PostgreSQL's binary format, built as they are
 * added: no number or timestamp is written as text by Node nor parsed by PostgreSQL, and the device
 * time stored is the one the fold used. With `shipment`, each reading also carries the position of
 * its shipment in the statement's list.
 */
export class ReadingColumns {
  private readonly shipment = new BinaryArray('int4', 256);
  private readonly recordedAt = new BinaryArray('timestamptz', 256);
  private readonly deviceId = new BinaryArray('text', 256);
  private readonly temperatureC = new BinaryArray('float8', 256);
  private readonly humidityPct = new BinaryArray('float8', 256);
  private readonly lat = new BinaryArray('float8', 256);
  private readonly lon = new BinaryArray('float8', 256);

  /** How many readings were added. */
  get size(): number {
    return this.recordedAt.length;
  }

  add(readings: readonly TimedReading[], shipment?: number): this {
    for (let index = 0; index < readings.length; index += 1) {
      const { reading, at } = readings[index];
      if (shipment !== undefined) this.shipment.int4(shipment);
      this.recordedAt.timestamptz(at);
      this.deviceId.text(reading.deviceId);
      this.temperatureC.float8(reading.temperatureC);
      this.humidityPct.float8(reading.humidityPct);
      this.lat.float8(reading.lat);
      this.lon.float8(reading.lon);
    }
    return this;
  }

  /** The readings' columns, in the order READING_ROWS unnests them. */
  readings(): Buffer[] {
    return [this.recordedAt, this.deviceId, this.temperatureC, this.humidityPct, this.lat, this.lon].map(
      (column) => column.toBuffer(),
    );
  }

  /** Each reading's shipment position (when given to `add`). */
  shipments(): Buffer {
    return this.shipment.toBuffer();
  }
}

/** The readings of $3–$8 (ReadingColumns.readings) as rows to insert, for shipment $1 from source $2. */
const READING_ROWS = `SELECT $1, r.recorded_at, r.device_id, r.temperature_c, (round(r.humidity_pct * 100) / 100)::real, r.lat, r.lon, $2
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
 * For several shipments at once, each read earlier ($2 ids, $3 and $4 the versions of their shipment
 * and state rows then, $5 the states planned for them as JSON): locks the rows (in id order, as one
 * shipment's lock is taken everywhere), and for each shipment whose rows did not change since,
 * inserts its readings ($6: each reading's shipment, 1-based; $7–$12 the readings' columns as
 * arrays; $1 source) and saves its planned state. Answers each shipment's position and its state
 * row's new version (null: changed, nothing written). The caller has made sure none of the readings
 * can be stored already (each later than every one stored, no repeat within a shipment's), so there
 * is no duplicate check: a broken promise would fail on the primary key, not be hidden.
 */
const STORE_NEW_OF_SHIPMENTS = `WITH locked AS (
         SELECT b.n, s.id, s.xmin::text = b.sv AND c.xmin::text = b.cv AS unchanged, b.state
           FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS b(id, sv, cv, state, n)
           JOIN shipments s ON s.id = b.id
           JOIN cold_chain_states c ON c.shipment_id = s.id
          ORDER BY s.id
            FOR NO KEY UPDATE OF s, c
       ), stored AS (
         ${INSERT_READINGS}
         SELECT l.id, r.recorded_at, r.device_id, r.temperature_c, (round(r.humidity_pct * 100) / 100)::real, r.lat, r.lon, $1
           FROM unnest($6::int[], $7::timestamptz[], $8::text[], $9::float8[], $10::float8[], $11::float8[], $12::float8[])
                AS r(n, recorded_at, device_id, temperature_c, humidity_pct, lat, lon)
           JOIN locked l ON l.n = r.n AND l.unchanged
       ), saved AS (
         UPDATE cold_chain_states c SET state = l.state::jsonb, updated_at = now()
           FROM locked l
          WHERE c.shipment_id = l.id AND l.unchanged
         RETURNING l.n, c.xmin::text AS version
       )
       SELECT l.n::int AS n, saved.version FROM locked l LEFT JOIN saved ON saved.n = l.n`;

/** A shipment whose readings STORE_NEW_OF_SHIPMENTS stores, as it was read and as they leave it. */
export interface NewReadingsOf {
  readonly id: string;
  /** The versions its rows were read at. */
  readonly version: RowVersion;
  readonly plannedState: ColdChainState;
}

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
    readings: readonly TimedReading[],
    plannedState: ColdChainState | null,
    expectedNew: number,
  ): Promise<InsertResult> {
    const [result] = await preparedQuery<InsertResult>(tx, 'telemetry_store', STORE, [
      shipmentId,
      source,
      ...new ReadingColumns().add(readings).readings(),
      plannedState,
      expectedNew,
    ]);
    return result;
  }

  /**
   * lockShipment and the storing of readings known to be new, in one statement for several shipments,
   * each read earlier (in another transaction, or earlier in this one) and with its state planned on
   * the readings: `readings` holds them, added with each shipment's position in `shipments`. A
   * shipment's readings are stored and its state saved only if neither its row nor its state's has
   * changed since it was read (same row versions). Returns, by position, each state row's new
   * version, or null, with nothing of that shipment written, if either had changed (or it is gone).
   */
  async storeNewOfShipments(
    tx: EntityManager,
    source: ReadingSource,
    shipments: readonly NewReadingsOf[],
    readings: ReadingColumns,
  ): Promise<(string | null)[]> {
    const rows = await preparedQuery<{ n: number; version: string | null }>(
      tx,
      'telemetry_store_new_of_shipments',
      STORE_NEW_OF_SHIPMENTS,
      [
        source,
        shipments.map((shipment) => shipment.id),
        shipments.map((shipment) => shipment.version.shipment),
        shipments.map((shipment) => shipment.version.state),
        shipments.map((shipment) => JSON.stringify(shipment.plannedState)),
        readings.shipments(),
        ...readings.readings(),
      ],
    );
    const versions: (string | null)[] = shipments.map(() => null);
    for (const row of rows) versions[row.n - 1] = row.version;
    return versions;
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
