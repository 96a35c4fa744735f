import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RiskLevel } from '@hb/contracts';
import { decodeCursor, pageOf, type Page } from '@hb/platform';
import type { ScoredFactor } from './risk-score';

export interface ProducerRiskRow {
  producer_id: string;
  county_code: string;
  level: RiskLevel;
  score: number;
  factors: ScoredFactor[];
  as_of: Date;
}

/** All SQL of producer risk: the last evaluation of each producer. */
@Injectable()
export class ProducerRiskRepository {
  async current(tx: EntityManager, producerId: string, lock = false): Promise<ProducerRiskRow | null> {
    const [row] = await tx.query<ProducerRiskRow[]>(
      `SELECT * FROM producer_risk WHERE producer_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [producerId],
    );
    return row ?? null;
  }

  /** The rows of these producers (those evaluated before), locked for the rest of the transaction. */
  async currentOf(tx: EntityManager, producerIds: readonly string[]): Promise<Map<string, ProducerRiskRow>> {
    if (producerIds.length === 0) return new Map();
    const rows = await tx.query<ProducerRiskRow[]>(
      `SELECT * FROM producer_risk WHERE producer_id = ANY($1::uuid[]) ORDER BY producer_id FOR UPDATE`,
      [producerIds],
    );
    return new Map(rows.map((row) => [row.producer_id, row]));
  }

  /** record() for several producers (each once) in one statement. */
  async recordAll(
    tx: EntityManager,
    risks: readonly {
      producerId: string;
      countyCode: string;
      level: RiskLevel;
      score: number;
      factors: readonly ScoredFactor[];
    }[],
    at: Date,
  ): Promise<void> {
    if (risks.length === 0) return;
    await tx.query(
      `INSERT INTO producer_risk (producer_id, county_code, level, score, factors, as_of)
       SELECT r.producer_id, r.county_code, r.level, r.score, r.factors, $6
         FROM unnest($1::uuid[], $2::char(6)[], $3::text[], $4::int[], $5::jsonb[]) AS r(producer_id, county_code, level, score, factors)
       ON CONFLICT (producer_id) DO UPDATE SET county_code = EXCLUDED.county_code, level = EXCLUDED.level,
         score = EXCLUDED.score, factors = EXCLUDED.factors, as_of = EXCLUDED.as_of`,
      [
        risks.map((risk) => risk.producerId),
        risks.map((risk) => risk.countyCode),
        risks.map((risk) => risk.level),
        risks.map((risk) => risk.score),
        risks.map((risk) => JSON.stringify(risk.factors)),
        at,
      ],
    );
  }

  async record(
    tx: EntityManager,
    risk: {
      producerId: string;
      countyCode: string;
      level: RiskLevel;
      score: number;
      factors: readonly ScoredFactor[];
    },
    at: Date | string,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO producer_risk (producer_id, county_code, level, score, factors, as_of)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6)
       ON CONFLICT (producer_id) DO UPDATE SET county_code = EXCLUDED.county_code, level = EXCLUDED.level,
         score = EXCLUDED.score, factors = EXCLUDED.factors, as_of = EXCLUDED.as_of`,
      [risk.producerId, risk.countyCode, risk.level, risk.score, JSON.stringify(risk.factors), at],
    );
  }

  async list(
    tx: EntityManager,
    filter: { level?: RiskLevel; countyCode?: string; cursor?: string; limit: number },
  ): Promise<Page<ProducerRiskRow>> {
    const after = filter.cursor ? String(decodeCursor(filter.cursor, 1)[0]) : null;
    const rows = await tx.query<ProducerRiskRow[]>(
      `SELECT * FROM producer_risk
        WHERE ($1::text IS NULL OR level = $1) AND ($2::char(6) IS NULL OR county_code = $2)
          AND ($3::uuid IS NULL OR producer_id > $3)
        ORDER BY producer_id LIMIT $4`,
      [filter.level ?? null, filter.countyCode ?? null, after, filter.limit + 1],
    );
    return pageOf(
      rows,
      filter.limit,
      (row) => [row.producer_id],
      (row) => row,
    );
  }

  /** Producers by risk level (levels with none are absent). */
  async countByLevel(tx: EntityManager): Promise<Map<string, number>> {
    const rows = await tx.query<{ level: string; producers: number }[]>(
      `SELECT level, count(*)::int AS producers FROM producer_risk GROUP BY level`,
    );
    return new Map(rows.map((row) => [row.level, row.producers]));
  }
}
