import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RiskFactorName } from '../risk/risk-score';

/** Imported data points are fractions of a period's lines: 4 decimals, so a replay compares equal. */
const roundedPoints = (points: number): number => Math.round(points * 10_000) / 10_000;

/**
 * A measure over a window, how many data points (order lines) it rests on, and how many of those
 * come from imported market history.
 */
export interface Measured {
  readonly value: number;
  readonly points: number;
  readonly imported: number;
}

export interface StockAt {
  readonly productId: string;
  readonly producerId: string;
  readonly countyCode: string;
  readonly category: string;
  readonly available: number;
  readonly nearExpiry: number;
  /** An emergency sale of the product open at that instant (the earliest opened), if any. */
  readonly openSaleId: string | null;
}

/** SQL expressions a measure is built from: literals, parameters, or columns of the subjects it is measured for. */
interface Scope {
  readonly category: string;
  /** An expression of type char(6) (never null), or null for all counties. */
  readonly county: string | null;
  /** Expressions of type timestamptz: the window [from, to). */
  readonly from: string;
  readonly to: string;
}

/**
 * Imported periods of a market that overlap [from, to), with `share`: the part of the period's days
 * inside the window (a period's figures are spread evenly).
 */
const historyInWindow = ({ category, county, from, to }: Scope) => `
  SELECT h.*,
         extract(epoch FROM LEAST(${to}, (h.period_to + 1)::timestamp AT TIME ZONE 'UTC')
                          - GREATEST(${from}, h.period_from::timestamp AT TIME ZONE 'UTC'))
           / ((h.period_to - h.period_from + 1) * 86400.0) AS share
    FROM market_history h
   WHERE h.category = ${category}${county === null ? '' : ` AND h.county_code = ${county}`}
     AND h.period_from::timestamp AT TIME ZONE 'UTC' < ${to}
     AND (h.period_to + 1)::timestamp AT TIME ZONE 'UTC' > ${from}`;

/**
 * Median unit price of the lines accepted in the window: columns `imported` (weight of imported
 * history) and `measured` ([median, points]). Imported periods count as their accepted lines at the
 * period's average unit price (a weighted median); without any, the plain median of the lines.
 */
const medianAcceptedPriceSql = (scope: Scope) => {
  const lines = `SELECT unit_price_cents FROM order_lines
        WHERE category = ${scope.category}${scope.county === null ? '' : ` AND county_code = ${scope.county}`}
          AND accepted_at >= ${scope.from} AND accepted_at < ${scope.to} AND accepted_quantity > 0`;
  return `WITH history AS (
         SELECT round(h.accepted_cents::numeric / h.accepted_quantity) AS price, h.accepted_lines * h.share AS weight
           FROM (${historyInWindow(scope)}) h WHERE h.accepted_quantity > 0 AND h.accepted_lines > 0
       ),
       imported AS (SELECT COALESCE(sum(weight), 0) AS weight FROM history)
       SELECT imported.weight AS imported,
              CASE WHEN imported.weight = 0 THEN
                (SELECT ARRAY[percentile_disc(0.5) WITHIN GROUP (ORDER BY unit_price_cents)::numeric, count(*)::numeric]
                   FROM (${lines}) l)
              ELSE
                -- percentile_disc(0.5) with weights: the lowest price at which half the weight is reached.
                (WITH points AS (
                   SELECT unit_price_cents::numeric AS price, 1::numeric AS weight FROM (${lines}) l
                   UNION ALL SELECT price, weight FROM history
                 ),
                 ranked AS (
                   SELECT price, sum(weight) OVER (ORDER BY price ROWS UNBOUNDED PRECEDING) AS reached,
                          sum(weight) OVER () AS total
                     FROM points
                 )
                 SELECT ARRAY[(SELECT price FROM ranked WHERE reached >= total / 2 ORDER BY price LIMIT 1),
                              (SELECT sum(weight) FROM points)])
              END AS measured
         FROM imported`;
};

/** Quantity ordered in the window, imported periods included (spread over their days). */
const orderedQuantitySql = (scope: Scope) => `
  SELECT live.quantity, live.points, history.quantity AS imported_quantity, history.points AS imported
    FROM (SELECT sum(quantity) AS quantity, count(*)::int AS points FROM order_lines
           WHERE category = ${scope.category} AND county_code = ${scope.county}
             AND placed_at >= ${scope.from} AND placed_at < ${scope.to}) live,
         (SELECT sum(ordered_quantity * share) AS quantity, sum(order_lines * share) AS points
            FROM (${historyInWindow(scope)}) h WHERE order_lines > 0) history`;

type MedianRow = { imported: string; measured: (string | null)[] };
type OrderedRow = {
  quantity: string | null;
  points: number;
  imported_quantity: string | null;
  imported: string | null;
};

const medianOf = (row: MedianRow): Measured => {
  const [median, points] = row.measured;
  return {
    value: Number(median ?? 0),
    points: roundedPoints(Number(points ?? 0)),
    imported: roundedPoints(Number(row.imported)),
  };
};

const orderedOf = (row: OrderedRow): Measured => {
  const imported = roundedPoints(Number(row.imported ?? 0));
  return {
    value: Math.round(Number(row.quantity ?? 0) + Number(row.imported_quantity ?? 0)),
    points: roundedPoints(row.points + imported),
    imported,
  };
};

/** What the market rules measure of a county's category: accepted prices and ordered quantities, recent and before. */
export interface MarketMeasures {
  readonly countyCode: string;
  readonly category: string;
  readonly recentPrice: Measured;
  readonly baselinePrice: Measured;
  readonly recentOrders: Measured;
  readonly baselineOrders: Measured;
}

/** A subject whose evaluations run one at a time (advisory lock held until the transaction ends). */
export type Serialised = readonly ['category' | 'market' | 'price' | 'risk' | 'stock', string];

/** The SQL behind every rule: what the read model says about a market, a product or a producer at an instant. */
@Injectable()
export class MeasuresRepository {
  /**
   * Waits for, then holds until the transaction ends, the advisory lock of one thing evaluated (a
   * category, a market, a product's price or stock, a producer's risk), so that evaluations of it run one at a time.
   */
  async serialise(
    tx: EntityManager,
    scope: 'category' | 'market' | 'price' | 'risk' | 'stock',
    key: string,
  ): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1 || ':' || $2))`, [scope, key]);
  }

  /** serialise() for each subject, in the order given, in one statement. */
  async serialiseAll(tx: EntityManager, subjects: readonly Serialised[]): Promise<void> {
    if (subjects.length === 0) return;
    await tx.query(
      `SELECT pg_advisory_xact_lock(hashtext(s.scope || ':' || s.key))
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS s(scope, key, n) ORDER BY s.n`,
      [subjects.map(([scope]) => scope), subjects.map(([, key]) => key)],
    );
  }

  /** Claims the daily sweep of `day` (YYYY-MM-DD): true for the first claim of that day, false after. */
  async claimSweep(tx: EntityManager, day: string): Promise<boolean> {
    const claimed = await tx.query<unknown[]>(
      `INSERT INTO sweeps (name, last_day) VALUES ('daily', $1) ON CONFLICT (name)
       DO UPDATE SET last_day = EXCLUDED.last_day WHERE sweeps.last_day < EXCLUDED.last_day RETURNING 1`,
      [day],
    );
    return claimed.length > 0;
  }

  /**
   * Median unit price of the lines accepted in [from, to) in each category, all counties, in one
   * statement. Imported periods count as their accepted lines at the period's average unit price
   * (a weighted median); without any, the plain median of the lines.
   */
  async medianAcceptedPrices(
    tx: EntityManager,
    categories: readonly string[],
    from: Date,
    to: Date,
  ): Promise<Map<string, Measured>> {
    if (categories.length === 0) return new Map();
    const rows = await tx.query<(MedianRow & { category: string })[]>(
      `SELECT c.category, m.* FROM unnest($1::text[]) AS c(category)
         CROSS JOIN LATERAL (${medianAcceptedPriceSql({
           category: 'c.category',
           county: null,
           from: '$2::timestamptz',
           to: '$3::timestamptz',
         })}) m`,
      [categories, from, to],
    );
    return new Map(rows.map((row) => [row.category, medianOf(row)]));
  }

  /**
   * What the market rules measure for each market, in one statement: the median accepted unit price
   * and the ordered quantity over [recentFrom, now) and over [baselineFrom, recentFrom).
   */
  async marketMeasures(
    tx: EntityManager,
    markets: readonly { countyCode: string; category: string }[],
    baselineFrom: Date,
    recentFrom: Date,
    now: Date,
  ): Promise<MarketMeasures[]> {
    if (markets.length === 0) return [];
    const market = { category: 'm.category', county: 'm.county_code' };
    const recent = { ...market, from: '$4::timestamptz', to: '$5::timestamptz' };
    const baseline = { ...market, from: '$3::timestamptz', to: '$4::timestamptz' };
    const rows = await tx.query<
      {
        county_code: string;
        category: string;
        recent_price: MedianRow;
        baseline_price: MedianRow;
        recent_orders: OrderedRow;
        baseline_orders: OrderedRow;
      }[]
    >(
      `SELECT m.county_code, m.category,
              to_jsonb(rp) AS recent_price, to_jsonb(bp) AS baseline_price,
              to_jsonb(ro) AS recent_orders, to_jsonb(bo) AS baseline_orders
         FROM unnest($1::char(6)[], $2::text[]) WITH ORDINALITY AS m(county_code, category, n)
        CROSS JOIN LATERAL (${medianAcceptedPriceSql(recent)}) rp
        CROSS JOIN LATERAL (${medianAcceptedPriceSql(baseline)}) bp
        CROSS JOIN LATERAL (${orderedQuantitySql(recent)}) ro
        CROSS JOIN LATERAL (${orderedQuantitySql(baseline)}) bo
        ORDER BY m.n`,
      [markets.map((m) => m.countyCode), markets.map((m) => m.category), baselineFrom, recentFrom, now],
    );
    return rows.map((row) => ({
      countyCode: row.county_code,
      category: row.category,
      recentPrice: medianOf(row.recent_price),
      baselinePrice: medianOf(row.baseline_price),
      recentOrders: orderedOf(row.recent_orders),
      baselineOrders: orderedOf(row.baseline_orders),
    }));
  }

  /**
   * A product's stock as its latest level before `at` says: available (unexpired lots) and what of it
   * expires from `today` to `lastNearDay` (both included), and the emergency sale of it open then.
   * Null for a product without stock events.
   */
  async stockAt(
    tx: EntityManager,
    productId: string,
    at: Date,
    today: string,
    lastNearDay: string,
  ): Promise<StockAt | null> {
    return (
      (await this.stocksAt(tx, [productId], at, today, lastNearDay)).get(productId.toLowerCase()) ?? null
    );
  }

  /** stockAt() of each product, in one statement, by product id in lower case (products without stock events are absent). */
  async stocksAt(
    tx: EntityManager,
    productIds: readonly string[],
    at: Date,
    today: string,
    lastNearDay: string,
  ): Promise<Map<string, StockAt>> {
    if (productIds.length === 0) return new Map();
    const rows = await tx.query<
      {
        id: string;
        producer_id: string;
        county_code: string;
        category: string;
        available: string;
        near_expiry: string;
        open_sale_id: string | null;
      }[]
    >(
      `SELECT p.id, p.producer_id, p.county_code, p.category,
              (SELECT sale_id FROM emergency_sales s
                WHERE s.product_id = p.id AND s.opened_at <= $2 AND s.ends_at > $2
                  AND (s.closed_at IS NULL OR s.closed_at > $2)
                ORDER BY s.opened_at, s.sale_id LIMIT 1) AS open_sale_id,
              COALESCE(sum((lot->>'available')::int) FILTER (WHERE lot->>'expiresOn' >= $3), 0) AS available,
              COALESCE(sum((lot->>'available')::int)
                FILTER (WHERE lot->>'expiresOn' >= $3 AND lot->>'expiresOn' <= $4), 0) AS near_expiry
         FROM products p
         JOIN LATERAL (SELECT lots FROM stock_levels s WHERE s.product_id = p.id AND s.at <= $2
                        ORDER BY s.at DESC LIMIT 1) latest ON true
         LEFT JOIN LATERAL jsonb_array_elements(latest.lots) AS lot ON true
        WHERE p.id = ANY($1::uuid[])
        GROUP BY p.id, p.producer_id, p.county_code, p.category`,
      [productIds, at, today, lastNearDay],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          productId: row.id,
          producerId: row.producer_id,
          countyCode: row.county_code,
          category: row.category,
          available: Number(row.available),
          nearExpiry: Number(row.near_expiry),
          openSaleId: row.open_sale_id,
        },
      ]),
    );
  }

  /** The product's category, county and lowest-tier price (null while the product is unknown or delisted). */
  async pricedProduct(
    tx: EntityManager,
    productId: string,
  ): Promise<{ category: string; lowestUnitPriceCents: number } | null> {
    return (await this.pricedProducts(tx, [productId])).get(productId.toLowerCase()) ?? null;
  }

  /** pricedProduct() of each product, in one statement, by product id in lower case. */
  async pricedProducts(
    tx: EntityManager,
    productIds: readonly string[],
  ): Promise<Map<string, { category: string; lowestUnitPriceCents: number }>> {
    if (productIds.length === 0) return new Map();
    const rows = await tx.query<{ id: string; category: string; lowest_unit_price_cents: number }[]>(
      `SELECT id, category, lowest_unit_price_cents FROM products WHERE id = ANY($1::uuid[]) AND status <> 'delisted'`,
      [productIds],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        { category: row.category, lowestUnitPriceCents: row.lowest_unit_price_cents },
      ]),
    );
  }

  /**
   * Products whose price flag their category's reference price would change: out of the band and not
   * flagged at their current price, or flagged and inside the clearing band. Only those are judged
   * one by one, so an accepted order does not re-judge every product of its category. All the
   * categories given, in one statement.
   */
  async productsToRejudge(
    tx: EntityManager,
    references: ReadonlyMap<string, number>,
    band: { low: number; high: number; clearLow: number; clearHigh: number },
  ): Promise<string[]> {
    if (references.size === 0) return [];
    const rows = await tx.query<{ id: string }[]>(
      `SELECT p.id FROM unnest($1::text[], $2::numeric[]) AS r(category, cents)
         JOIN products p ON p.category = r.category
         LEFT JOIN price_flags f ON f.product_id = p.id
        WHERE p.status <> 'delisted'
          AND (
            ((p.lowest_unit_price_cents::numeric / r.cents < $3 OR p.lowest_unit_price_cents::numeric / r.cents > $4)
              AND (f.flagged IS NOT TRUE OR f.unit_price_cents <> p.lowest_unit_price_cents))
            OR (f.flagged AND p.lowest_unit_price_cents::numeric / r.cents BETWEEN $5 AND $6)
          )
        ORDER BY p.id`,
      [[...references.keys()], [...references.values()], band.low, band.high, band.clearLow, band.clearHigh],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Each producer's county (as registered, else of one of its products; null for a producer not seen
   * yet) and every factor of its risk over the `days` before `at`, in one statement.
   */
  async producerRisks(
    tx: EntityManager,
    producerIds: readonly string[],
    at: Date,
    days: number,
  ): Promise<Map<string, { countyCode: string | null; values: Record<RiskFactorName, number> }>> {
    if (producerIds.length === 0) return new Map();
    const rows = await tx.query<(Record<string, string | number | null> & { producer_id: string })[]>(
      `SELECT who.producer_id,
              (SELECT county_code FROM (SELECT county_code FROM producers WHERE id = who.producer_id
                 UNION ALL SELECT county_code FROM products WHERE producer_id = who.producer_id) c LIMIT 1) AS county_code,
              v.*
         FROM unnest($1::uuid[]) AS who(producer_id)
        CROSS JOIN LATERAL (
      WITH since AS (SELECT $2::timestamptz - make_interval(days => $3) AS t),
         sales AS (
           SELECT l.buyer_id, l.accepted_cents, l.refund_cents, l.accepted_at
             FROM order_lines l JOIN products p ON p.id = l.product_id
            WHERE p.producer_id = who.producer_id AND l.accepted_at IS NOT NULL AND l.accepted_at <= $2
         )
         SELECT
           (SELECT CASE WHEN count(*) = 0 THEN 0 ELSE count(*) FILTER (WHERE verdict = 'breached')::numeric / count(*) END
              FROM deliveries WHERE producer_id = who.producer_id AND delivered_at > (SELECT t FROM since) AND delivered_at <= $2)
             AS cold_chain_breach_rate,
           (SELECT CASE WHEN COALESCE(sum(accepted_cents + refund_cents), 0) = 0 THEN 0
                        ELSE sum(refund_cents)::numeric / sum(accepted_cents + refund_cents) END
              FROM sales WHERE accepted_at > (SELECT t FROM since)) AS dispute_refund_share,
           (SELECT count(*) FROM reservation_rejections r JOIN products p ON p.id = r.product_id
             WHERE p.producer_id = who.producer_id AND r.at > (SELECT t FROM since) AND r.at <= $2)
             AS insufficient_stock_rejections,
           (SELECT count(*) FROM certificates WHERE holder_id = who.producer_id AND status IN ('suspended', 'revoked') AND as_of <= $2)
             AS certificates_suspended_or_revoked,
           (SELECT CASE WHEN COALESCE(sum(quantity), 0) = 0 THEN 0 ELSE sum(quantity_left)::numeric / sum(quantity) END
              FROM lots WHERE producer_id = who.producer_id AND expired_at > (SELECT t FROM since) AND expired_at <= $2)
             AS stock_expired_unsold_share,
           (SELECT CASE WHEN COALESCE(sum(total), 0) = 0 THEN 0 ELSE max(total)::numeric / sum(total) END
              FROM (SELECT sum(accepted_cents) AS total FROM sales WHERE accepted_at > (SELECT t FROM since)
                     GROUP BY buyer_id) per_buyer) AS buyer_concentration,
           floor(extract(epoch FROM $2::timestamptz - COALESCE(
             (SELECT max(accepted_at) FROM sales WHERE accepted_cents > 0),
             (SELECT first_seen FROM producers WHERE id = who.producer_id), $2::timestamptz)) / 86400) AS days_without_sales
        ) v`,
      [producerIds, at, days],
    );
    return new Map(
      rows.map((row) => {
        const value = (name: RiskFactorName) => Math.round(Number(row[name] ?? 0) * 10_000) / 10_000;
        return [
          row.producer_id,
          {
            countyCode: (row.county_code as string | null) ?? null,
            values: {
              cold_chain_breach_rate: value('cold_chain_breach_rate'),
              dispute_refund_share: value('dispute_refund_share'),
              insufficient_stock_rejections: value('insufficient_stock_rejections'),
              certificates_suspended_or_revoked: value('certificates_suspended_or_revoked'),
              stock_expired_unsold_share: value('stock_expired_unsold_share'),
              buyer_concentration: value('buyer_concentration'),
              days_without_sales: value('days_without_sales'),
            },
          },
        ];
      }),
    );
  }

  /** Everything the daily sweep evaluates. */
  async everything(tx: EntityManager): Promise<{
    markets: { countyCode: string; category: string }[];
    products: string[];
    producers: string[];
  }> {
    const markets = await tx.query<{ county_code: string; category: string }[]>(
      `SELECT DISTINCT county_code, category FROM products ORDER BY county_code, category`,
    );
    const products = await tx.query<{ id: string }[]>(`SELECT id FROM products ORDER BY id`);
    const producers = await tx.query<{ id: string }[]>(
      `SELECT id FROM producers UNION SELECT producer_id FROM products ORDER BY 1`,
    );
    return {
      markets: markets.map((row) => ({ countyCode: row.county_code, category: row.category })),
      products: products.map((row) => row.id),
      producers: producers.map((row) => row.id),
    };
  }
}
