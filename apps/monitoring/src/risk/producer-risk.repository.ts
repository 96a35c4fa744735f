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
