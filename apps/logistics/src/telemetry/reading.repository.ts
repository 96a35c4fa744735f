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
}

export interface InsertResult {
  stored: number;
  /** Whether the planned state was saved; if not, the readings really stored, as [device, ms, °C]. */
  saved: boolean;
  readings: [string, number, number][] | null;
}

/**
 * A PostgreSQL array literal of values that need no quoting: numbers, and timestamps already
 * checked against the ISO-8601 pattern (digits, `-`, `:`, `.`, `T`, `Z`, `+`). node-postgres would
 * quote and escape every element of every array, at ingest rate.
 */
const unquotedArray = (values: readonly (number | string | null | undefined)[]): string =>
  `{${values.map((value) => (value === null || value === undefined ? 'NULL' : String(value))).join(',')}}`;

/** Temperature readings of shipments; every statement runs in the caller's transaction. */
@Injectable()
export class ReadingRepository {
  /** The shipment and its cold-chain state, its row locked: batches of one shipment apply one at a time. */
  async lockShipment(tx: EntityManager, shipmentId: string): Promise<LockedShipmentRow | null> {
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

  /**
   * Stores the readings (a repeat of a stored one is left out) and, in the same statement, saves
   * `plannedState` as the shipment's cold-chain state if exactly `expectedNew` readings were new.
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
      ],
    );
    return result;
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
