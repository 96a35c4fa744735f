import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { regionCoversSql } from '@hb/contracts';
import type { MonthAmount } from './monthly-series';
import type { AmountByKey, PairingTotal } from './relief.dto';

/** Relief entries of a period, `$1` and `$2` its first and last day (UTC). */
const IN_PERIOD = `recorded_at >= $1::date AND recorded_at < ($2::date + 1)`;
/** What counts as relief: everything but what a buyer kept despite a cold-chain breach (reported apart). */
const COUNTS = `cold_chain_verdict IS DISTINCT FROM 'breached'`;

/**
 * Relief entries `e` that count under pairings `p`: bought by a buyer `b` located in the assisting
 * region (a city covers its districts), from the assisted county, within the pairing's period.
 */
const UNDER_PAIRING = `
  JOIN buyers b ON b.id::text = e.buyer_id
  JOIN catalog_pairings p ON p.assisted_county_code = e.county_code
   AND ${regionCoversSql('p.assisting_region_code', 'b.region_code')}
   AND e.recorded_at >= p.from_date AND (p.to_date IS NULL OR e.recorded_at < p.to_date + 1)`;

/** Sums relief entries per month (UTC) for the rows a condition on `relief_entries` selects. */
const PER_MONTH = (condition: string) =>
  `SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, sum(amount_cents)::bigint AS "amountCents"
     FROM relief_entries WHERE ${condition} GROUP BY 1 ORDER BY 1`;

/**
 * Per county and producer, over a period: the ledger's sum, and what the orders say (accepted value
 * of relief lines minus refunds after acceptance). `$3`: one county, or null for all.
 */
const RECONCILIATION = `
  WITH ledger AS (
    SELECT county_code, producer_id, sum(amount_cents)::bigint AS cents
      FROM relief_entries
     WHERE ${IN_PERIOD} AND ($3::char(6) IS NULL OR county_code = $3)
     GROUP BY 1, 2),
  accepted AS (
    SELECT l.county_code, l.producer_id, sum(l.accepted_quantity * l.unit_price_cents)::bigint AS cents
      FROM order_lines l JOIN orders o ON o.id = l.order_id
     WHERE l.relief_eligible AND l.accepted_quantity > 0
       AND o.accepted_at >= $1::date AND o.accepted_at < ($2::date + 1)
       AND ($3::char(6) IS NULL OR l.county_code = $3)
     GROUP BY 1, 2),
  refunded AS (
    SELECT l.county_code, l.producer_id, sum(r.amount_cents)::bigint AS cents
      FROM order_refunds r JOIN order_lines l ON l.order_id = r.order_id AND l.line_no = r.line_no
     WHERE l.relief_eligible AND r.refunded_at >= $1::date AND r.refunded_at < ($2::date + 1)
       AND ($3::char(6) IS NULL OR l.county_code = $3)
     GROUP BY 1, 2),
  keys AS (
    SELECT county_code, producer_id FROM ledger
    UNION SELECT county_code, producer_id FROM accepted
    UNION SELECT county_code, producer_id FROM refunded)
  SELECT k.county_code AS "countyCode", k.producer_id AS "producerId",
         coalesce(ledger.cents, 0)::bigint AS "ledgerCents",
         coalesce(accepted.cents, 0)::bigint AS "acceptedCents",
         coalesce(refunded.cents, 0)::bigint AS "refundedCents"
    FROM keys k
    LEFT JOIN ledger USING (county_code, producer_id)
    LEFT JOIN accepted USING (county_code, producer_id)
    LEFT JOIN refunded USING (county_code, producer_id)
   ORDER BY 1, 2`;

/** Relief entries `e` that count through pairing `$3` over a period. */
const THROUGH_PAIRING = `FROM relief_entries e ${UNDER_PAIRING}
      WHERE p.id = $3 AND e.recorded_at >= $1::date AND e.recorded_at < ($2::date + 1) AND e.${COUNTS}`;

/** Relief entries of county `$3` over a period. */
const IN_COUNTY = `${IN_PERIOD} AND county_code = $3`;

export interface ReconciliationRow {
  countyCode: string;
  producerId: string;
  ledgerCents: number;
  acceptedCents: number;
  refundedCents: number;
}

/** Every query of the relief reports; periods are first and last days (UTC), both included. */
@Injectable()
export class ReliefReportsRepository {
  async totalsByCounty(
    tx: EntityManager,
    from: string,
    to: string,
  ): Promise<
    {
      county_code: string;
      name: string | null;
      poverty_status: string | null;
      amount: number;
      producers: number;
    }[]
  > {
    return tx.query(
      `SELECT e.county_code, c.name, coalesce(c.poverty_status, max(e.poverty_status)) AS poverty_status,
              sum(e.amount_cents)::bigint AS amount, count(DISTINCT e.producer_id)::int AS producers
         FROM relief_entries e LEFT JOIN catalog_counties c ON c.code = e.county_code
        WHERE ${IN_PERIOD} AND ${COUNTS}
        GROUP BY e.county_code, c.name, c.poverty_status
        ORDER BY amount DESC, e.county_code`,
      [from, to],
    );
  }

  async totalsByPovertyStatus(
    tx: EntityManager,
    from: string,
    to: string,
  ): Promise<{ poverty_status: string | null; amount: number }[]> {
    return tx.query(
      `SELECT poverty_status, sum(amount_cents)::bigint AS amount FROM relief_entries
        WHERE ${IN_PERIOD} AND ${COUNTS} GROUP BY poverty_status ORDER BY amount DESC`,
      [from, to],
    );
  }

  async monthly(tx: EntityManager, from: string, to: string): Promise<MonthAmount[]> {
    return tx.query(PER_MONTH(`${IN_PERIOD} AND ${COUNTS}`), [from, to]);
  }

  /** What is reported apart over a period: kept despite a breach, reversed, bought from emergency sales. */
  async apart(
    tx: EntityManager,
    from: string,
    to: string,
  ): Promise<{ despite_breach: number; reversed: number; emergency_sales: number }> {
    const [row] = await tx.query<{ despite_breach: number; reversed: number; emergency_sales: number }[]>(
      `SELECT coalesce(sum(amount_cents) FILTER (WHERE cold_chain_verdict = 'breached'), 0)::bigint AS despite_breach,
              coalesce(-sum(amount_cents) FILTER (WHERE kind = 'reversal'), 0)::bigint AS reversed,
              coalesce(sum(amount_cents) FILTER (WHERE emergency_sale_id IS NOT NULL AND ${COUNTS}), 0)::bigint
                AS emergency_sales
         FROM relief_entries WHERE ${IN_PERIOD}`,
      [from, to],
    );
    return row;
  }

  async buyerMonthly(tx: EntityManager, buyerId: string, year: number): Promise<MonthAmount[]> {
    return tx.query(
      PER_MONTH(
        `buyer_id = $1 AND recorded_at >= make_date($2, 1, 1) AND recorded_at < make_date($2 + 1, 1, 1) AND ${COUNTS}`,
      ),
      [buyerId, year],
    );
  }

  /** `county` null: every county. */
  async reconciliation(
    tx: EntityManager,
    from: string,
    to: string,
    county: string | null,
  ): Promise<ReconciliationRow[]> {
    return tx.query(RECONCILIATION, [from, to, county]);
  }

  async pairing(tx: EntityManager, id: string): Promise<Omit<PairingTotal, 'totalCents'> | null> {
    const [pairing] = await tx.query<Omit<PairingTotal, 'totalCents'>[]>(
      `SELECT id AS "pairingId", assisting_region_code AS "assistingRegionCode",
              assisting_region_name AS "assistingRegionName", assisted_county_code AS "assistedCountyCode"
         FROM catalog_pairings WHERE id = $1`,
      [id],
    );
    return pairing ?? null;
  }

  async pairingMonthly(tx: EntityManager, from: string, to: string, id: string): Promise<MonthAmount[]> {
    return tx.query(
      `SELECT to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, sum(e.amount_cents)::bigint AS "amountCents"
         ${THROUGH_PAIRING} GROUP BY 1 ORDER BY 1`,
      [from, to, id],
    );
  }

  async pairingByProducer(tx: EntityManager, from: string, to: string, id: string): Promise<AmountByKey[]> {
    return tx.query(
      `SELECT e.producer_id AS key, sum(e.amount_cents)::bigint AS "amountCents"
         ${THROUGH_PAIRING} GROUP BY 1 ORDER BY 2 DESC, 1`,
      [from, to, id],
    );
  }

  async countyName(tx: EntityManager, code: string): Promise<string | null> {
    const [county] = await tx.query<{ name: string }[]>(`SELECT name FROM catalog_counties WHERE code = $1`, [
      code,
    ]);
    return county?.name ?? null;
  }

  async countyMonthly(tx: EntityManager, from: string, to: string, code: string): Promise<MonthAmount[]> {
    return tx.query(PER_MONTH(`${IN_COUNTY} AND ${COUNTS}`), [from, to, code]);
  }

  async countyByProducer(tx: EntityManager, from: string, to: string, code: string): Promise<AmountByKey[]> {
    return tx.query(
      `SELECT producer_id AS key, sum(amount_cents)::bigint AS "amountCents" FROM relief_entries
        WHERE ${IN_COUNTY} AND ${COUNTS} GROUP BY 1 ORDER BY 2 DESC, 1`,
      [from, to, code],
    );
  }

  async countyByBuyerKind(tx: EntityManager, from: string, to: string, code: string): Promise<AmountByKey[]> {
    return tx.query(
      `SELECT coalesce(b.kind, 'unknown') AS key, sum(e.amount_cents)::bigint AS "amountCents"
         FROM relief_entries e LEFT JOIN buyers b ON b.id::text = e.buyer_id
        WHERE e.recorded_at >= $1::date AND e.recorded_at < ($2::date + 1) AND e.county_code = $3 AND e.${COUNTS}
        GROUP BY 1 ORDER BY 2 DESC, 1`,
      [from, to, code],
    );
  }

  async countyApart(
    tx: EntityManager,
    from: string,
    to: string,
    code: string,
  ): Promise<{ despite_breach: number; reversed: number }> {
    const [row] = await tx.query<{ despite_breach: number; reversed: number }[]>(
      `SELECT coalesce(sum(amount_cents) FILTER (WHERE cold_chain_verdict = 'breached'), 0)::bigint AS despite_breach,
              coalesce(-sum(amount_cents) FILTER (WHERE kind = 'reversal'), 0)::bigint AS reversed
         FROM relief_entries WHERE ${IN_COUNTY}`,
      [from, to, code],
    );
    return row;
  }

  /** Every pairing (of one assisted county, or all) with the relief that went through it in the period. */
  async pairingTotals(
    tx: EntityManager,
    from: string,
    to: string,
    county: string | null,
  ): Promise<PairingTotal[]> {
    return tx.query(
      `SELECT p.id AS "pairingId", p.assisting_region_code AS "assistingRegionCode",
              p.assisting_region_name AS "assistingRegionName", p.assisted_county_code AS "assistedCountyCode",
              coalesce(t.cents, 0)::bigint AS "totalCents"
         FROM catalog_pairings p
         LEFT JOIN (
           SELECT p.id, sum(e.amount_cents) AS cents
             FROM relief_entries e ${UNDER_PAIRING}
            WHERE e.recorded_at >= $1::date AND e.recorded_at < ($2::date + 1) AND e.${COUNTS}
            GROUP BY p.id) t ON t.id = p.id
        WHERE $3::char(6) IS NULL OR p.assisted_county_code = $3
        ORDER BY 5 DESC, p.assisted_county_code, p.assisting_region_code, p.id`,
      [from, to, county],
    );
  }
}
