import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ColdChainState, Excursion } from './excursions';
import { ExcursionRecord } from './excursion.entity';

export interface StoredExcursionRow {
  id: string;
  started_ms: number;
  ended: boolean;
}

/** A reading's device time as epoch milliseconds (stored to the millisecond, as `Date.parse` reads it). */
export const DEVICE_TIME_MS = '(extract(epoch FROM recorded_at) * 1000)::float8';

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

/** Shipments' cold-chain states, readings as the analysis reads them, and excursions; in the caller's transaction. */
@Injectable()
export class ColdChainRepository {
  async insertState(tx: EntityManager, shipmentId: string, state: ColdChainState): Promise<void> {
    await tx.query(`INSERT INTO cold_chain_states (shipment_id, state) VALUES ($1, $2)`, [shipmentId, state]);
  }

  async stateOf(tx: EntityManager, shipmentId: string): Promise<ColdChainState | null> {
    const [row] = await tx.query<{ state: ColdChainState }[]>(
      `SELECT state FROM cold_chain_states WHERE shipment_id = $1`,
      [shipmentId],
    );
    return row?.state ?? null;
  }

  async updateState(tx: EntityManager, shipmentId: string, state: ColdChainState): Promise<void> {
    await tx.query(`UPDATE cold_chain_states SET state = $2, updated_at = now() WHERE shipment_id = $1`, [
      shipmentId,
      state,
    ]);
  }

  async statesOf(tx: EntityManager, shipmentIds: readonly string[]): Promise<Map<string, ColdChainState>> {
    const rows = await tx.query<{ shipment_id: string; state: ColdChainState }[]>(
      `SELECT shipment_id, state FROM cold_chain_states WHERE shipment_id = ANY($1::uuid[])`,
      [shipmentIds],
    );
    return new Map(rows.map((row) => [row.shipment_id, row.state]));
  }

  /** Excursions of shipments, oldest first. */
  async excursionsOf(tx: EntityManager, shipmentIds: readonly string[]): Promise<ExcursionRecord[]> {
    return tx
      .createQueryBuilder(ExcursionRecord, 'e')
      .where('e.shipment_id = ANY(:ids)', { ids: shipmentIds })
      .orderBy('e.started_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
  }

  /** Every stored reading of the shipment, in no particular order. */
  async readingsOf(
    tx: EntityManager,
    shipmentId: string,
  ): Promise<{ device_id: string; at_ms: number; temperature_c: number }[]> {
    return tx.query(
      `SELECT device_id, ${DEVICE_TIME_MS} AS at_ms, temperature_c
         FROM temperature_readings WHERE shipment_id = $1`,
      [shipmentId],
    );
  }

  async storedExcursions(tx: EntityManager, shipmentId: string): Promise<StoredExcursionRow[]> {
    return tx.query<StoredExcursionRow[]>(
      `SELECT id, (extract(epoch FROM started_at) * 1000)::float8 AS started_ms, ended_at IS NOT NULL AS ended
         FROM excursions WHERE shipment_id = $1`,
      [shipmentId],
    );
  }

  async deleteExcursionsExcept(
    tx: EntityManager,
    shipmentId: string,
    keep: readonly string[],
  ): Promise<void> {
    await tx.query(`DELETE FROM excursions WHERE shipment_id = $1 AND id <> ALL($2::uuid[])`, [
      shipmentId,
      keep,
    ]);
  }

  /** Writes excursions in one statement. */
  async upsertExcursions(
    tx: EntityManager,
    shipmentId: string,
    excursions: readonly Excursion[],
  ): Promise<void> {
    await tx.query(
      `INSERT INTO excursions (id, shipment_id, direction, started_at, ended_at, peak_c, minutes, severity)
       SELECT e.id, $1, e.direction, e.started_at, e.ended_at, e.peak_c, e.minutes, e.severity
         FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::float8[], $7::int[], $8::text[])
           AS e(id, direction, started_at, ended_at, peak_c, minutes, severity)
       ON CONFLICT (id) DO UPDATE
         SET direction = EXCLUDED.direction, started_at = EXCLUDED.started_at, ended_at = EXCLUDED.ended_at,
             peak_c = EXCLUDED.peak_c, minutes = EXCLUDED.minutes, severity = EXCLUDED.severity, updated_at = now()`,
      [
        shipmentId,
        excursions.map((excursion) => excursion.id),
        excursions.map((excursion) => excursion.direction),
        excursions.map((excursion) => iso(excursion.startedAt)),
        excursions.map((excursion) => (excursion.endedAt === null ? null : iso(excursion.endedAt))),
        excursions.map((excursion) => excursion.peakC),
        excursions.map((excursion) => excursion.minutes),
        excursions.map((excursion) => excursion.severity),
      ],
    );
  }
}
