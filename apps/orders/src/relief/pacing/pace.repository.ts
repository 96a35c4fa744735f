import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { regionCoversSql } from '@hb/contracts';

/** A pledged buyer against its pace at an instant. */
export interface PaceRow {
  buyerId: string;
  name: string;
  kind: string;
  regionCode: string | null;
  pledgedCents: number;
  spentCents: number;
  paceCents: number;
  behindPaceCents: number;
  remainingPledgeCents: number;
  /** In a region paired with the county asked about (false when none is). */
  paired: boolean;
}

/** Keyset position in the ranking: behind, remaining, paired (1/0), buyer id — all descending. */
export type PaceKey = readonly [number, number, number, string];

export interface PaceQuery {
  /** Spending from the year's start up to (not including) `upTo` counts. */
  readonly yearStart: Date;
  readonly upTo: Date;
  /** Elapsed share of the year at `upTo`, 0–1. */
  readonly share: number;
  readonly buyerId?: string;
  /** Rank buyers paired with this county first among equals (emergency sale matching). */
  readonly pairedWithCounty?: string;
  /** true: only buyers behind beyond the tolerance; false: only the others. */
  readonly behind?: { readonly beyond: boolean; readonly tolerancePercent: number };
  readonly after?: PaceKey;
  /** Only buyers not yet warned for this month (`YYYY-MM`): the month-end sweep's next batch. */
  readonly notWarnedIn?: string;
  readonly limit?: number;
}

/**
 * All SQL of pledge pacing: every pledged buyer's spending this year against its pledge and its
 * pace, ranked furthest behind first (then most pledge left, then paired regions). Buyers without a
 * pledge never appear. One query whatever the page size.
 */
@Injectable()
export class PaceRepository {
  async paces(tx: EntityManager, query: PaceQuery): Promise<PaceRow[]> {
    const params: unknown[] = [query.yearStart, query.upTo, query.share.toFixed(12)];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const buyer = query.buyerId ? `AND b.id = ${param(query.buyerId)}::uuid` : '';
    const notWarned = query.notWarnedIn
      ? `AND NOT EXISTS (SELECT 1 FROM pace_warnings w WHERE w.buyer_id = b.id AND w.month = ${param(query.notWarnedIn)})`
      : '';
    const county = query.pairedWithCounty ? param(query.pairedWithCounty) : null;
    const paired = county
      ? `EXISTS (SELECT 1 FROM catalog_pairings cp
                  WHERE cp.assisted_county_code = ${county}::char(6)
                    AND ${regionCoversSql('cp.assisting_region_code', 'p.region_code')}
                    AND cp.from_date <= ($2::timestamptz)::date AND (cp.to_date IS NULL OR cp.to_date >= ($2::timestamptz)::date))`
      : 'false';
    const where: string[] = [];
    if (query.behind) {
      const tolerance = param(query.behind.tolerancePercent);
      const beyond = `("behindPaceCents" > 0 AND "behindPaceCents" * 100 > "paceCents" * ${tolerance}::numeric)`;
      where.push(query.behind.beyond ? beyond : `NOT ${beyond}`);
    }
    if (query.after) {
      const [behind, remaining, isPaired, id] = query.after;
      where.push(
        `("behindPaceCents", "remainingPledgeCents", paired::int, "buyerId") < (${param(behind)}::bigint, ${param(remaining)}::bigint, ${param(isPaired)}::int, ${param(id)}::uuid)`,
      );
    }
    return tx.query<PaceRow[]>(
      `WITH pledged AS (
         SELECT b.id, b.name, b.kind, b.region_code,
                round(b.annual_food_budget_cents * b.pledged_share_percent / 100)::bigint AS pledged
           FROM buyers b
          WHERE b.annual_food_budget_cents > 0 AND b.pledged_share_percent > 0 ${buyer} ${notWarned}),
       spent AS (
         SELECT e.buyer_id, sum(e.amount_cents)::bigint AS cents
           FROM relief_entries e
          WHERE e.recorded_at >= $1 AND e.recorded_at < $2 AND e.cold_chain_verdict IS DISTINCT FROM 'breached'
            AND e.buyer_id IN (SELECT id::text FROM pledged)
          GROUP BY e.buyer_id),
       paced AS (
         SELECT p.id AS "buyerId", p.name, p.kind, p.region_code AS "regionCode", p.pledged AS "pledgedCents",
                coalesce(s.cents, 0)::bigint AS "spentCents", round(p.pledged * $3::numeric)::bigint AS "paceCents",
                ${paired} AS paired
           FROM pledged p LEFT JOIN spent s ON s.buyer_id = p.id::text),
       ranked AS (
         SELECT *, greatest("paceCents" - "spentCents", 0)::bigint AS "behindPaceCents",
                greatest("pledgedCents" - "spentCents", 0)::bigint AS "remainingPledgeCents"
           FROM paced)
       SELECT * FROM ranked
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY "behindPaceCents" DESC, "remainingPledgeCents" DESC, paired DESC, "buyerId" DESC
        ${query.limit ? `LIMIT ${query.limit}` : ''}`,
      params,
    );
  }

  /** Records a month's warning for a buyer; false when one exists already (another replica, a restart). */
  async recordWarning(
    tx: EntityManager,
    buyerId: string,
    month: string,
    behindPaceCents: number,
    at: Date,
  ): Promise<boolean> {
    const inserted = await tx.query<unknown[]>(
      `INSERT INTO pace_warnings (buyer_id, month, behind_pace_cents, warned_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (buyer_id, month) DO NOTHING RETURNING 1`,
      [buyerId, month, behindPaceCents, at],
    );
    return inserted.length === 1;
  }
}
