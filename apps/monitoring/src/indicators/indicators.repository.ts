import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Granularity } from './indicators.dto';

export interface IndicatorRow {
  period_start: string;
  category: string;
  ordered_quantity: string;
  accepted_quantity: string;
  accepted_cents: string;
  median_unit_price_cents: number | null;
  listed_products: number;
  available_quantity: string;
  near_expiry_quantity: string;
}

export interface IndicatorScope {
  readonly category: string | null;
  readonly countyCode: string | null;
  /** First and last day, both included. */
  readonly from: string;
  readonly to: string;
  readonly granularity: Granularity;
  /** Stock and listings are taken at the end of each period, or at this instant for the current one. */
  readonly now: Date;
  readonly nearExpiryDays: number;
  /** Keyset position: periods and categories after this one. */
  readonly after: { periodStart: string; category: string } | null;
  readonly limit: number;
}

/**
 * The indicator query: one row per period and category in scope. Orders and acceptances are summed
 * by the day they happened; listings and stock are what the latest event before the end of the
 * period said (a lot past its last day counts no more).
 */
@Injectable()
export class IndicatorsRepository {
  async indicators(tx: EntityManager, scope: IndicatorScope): Promise<IndicatorRow[]> {
    return tx.query<IndicatorRow[]>(
      `WITH periods AS (
         SELECT start::date AS start,
                GREATEST(start, $3::date::timestamp) AT TIME ZONE 'UTC' AS lo,
                LEAST(start + ('1 ' || $5)::interval, $4::date::timestamp + interval '1 day') AT TIME ZONE 'UTC' AS hi,
                LEAST((start + ('1 ' || $5)::interval) AT TIME ZONE 'UTC', $6::timestamptz) AS ends
           FROM generate_series(date_trunc($5, $3::date::timestamp), $4::date::timestamp, ('1 ' || $5)::interval) AS start
       ),
       categories AS (
         SELECT DISTINCT category FROM products
          WHERE ($1::text IS NULL OR category = $1) AND ($2::char(6) IS NULL OR county_code = $2)
       ),
       keys AS (
         SELECT p.start, p.lo, p.hi, p.ends, ((p.ends - interval '1 microsecond') AT TIME ZONE 'UTC')::date AS last_day,
                c.category
           FROM periods p CROSS JOIN categories c
          WHERE $8::date IS NULL OR (p.start, c.category) > ($8::date, $9::text)
          ORDER BY p.start, c.category LIMIT $10
       ),
       ordered AS (
         SELECT k.start, k.category, sum(l.quantity) AS quantity
           FROM keys k JOIN order_lines l ON l.category = k.category
            AND l.placed_at >= k.lo AND l.placed_at < k.hi
            AND ($2::char(6) IS NULL OR l.county_code = $2)
          GROUP BY k.start, k.category
       ),
       accepted AS (
         SELECT k.start, k.category, sum(l.accepted_quantity) AS quantity, sum(l.accepted_cents) AS cents,
                percentile_disc(0.5) WITHIN GROUP (ORDER BY l.unit_price_cents)
                  FILTER (WHERE l.accepted_quantity > 0) AS median
           FROM keys k JOIN order_lines l ON l.category = k.category
            AND l.accepted_at >= k.lo AND l.accepted_at < k.hi
            AND ($2::char(6) IS NULL OR l.county_code = $2)
          GROUP BY k.start, k.category
       ),
       scoped_products AS (
         SELECT id, category FROM products
          WHERE ($1::text IS NULL OR category = $1) AND ($2::char(6) IS NULL OR county_code = $2)
       ),
       standing AS (
         SELECT k.start, k.category,
                count(*) FILTER (WHERE st.status = 'listed')::int AS listed,
                COALESCE(sum(stock.available), 0) AS available,
                COALESCE(sum(stock.near_expiry), 0) AS near_expiry
           FROM keys k JOIN scoped_products p ON p.category = k.category
           LEFT JOIN LATERAL (
             SELECT status FROM product_statuses s WHERE s.product_id = p.id AND s.at < k.ends
              ORDER BY s.version DESC LIMIT 1) st ON true
           LEFT JOIN LATERAL (
             SELECT sum((lot->>'available')::int) FILTER (WHERE (lot->>'expiresOn')::date >= k.last_day) AS available,
                    sum((lot->>'available')::int) FILTER (
                      WHERE (lot->>'expiresOn')::date >= k.last_day
                        AND (lot->>'expiresOn')::date <= k.last_day + $7::int) AS near_expiry
               FROM (SELECT lots FROM stock_levels s WHERE s.product_id = p.id AND s.at < k.ends
                      ORDER BY s.at DESC LIMIT 1) latest,
                    jsonb_array_elements(latest.lots) AS lot) stock ON true
          GROUP BY k.start, k.category
       )
       SELECT to_char(k.start, 'YYYY-MM-DD') AS period_start, k.category,
              COALESCE(o.quantity, 0) AS ordered_quantity, COALESCE(a.quantity, 0) AS accepted_quantity,
              COALESCE(a.cents, 0) AS accepted_cents, a.median AS median_unit_price_cents,
              COALESCE(s.listed, 0) AS listed_products, COALESCE(s.available, 0) AS available_quantity,
              COALESCE(s.near_expiry, 0) AS near_expiry_quantity
         FROM keys k
         LEFT JOIN ordered o ON o.start = k.start AND o.category = k.category
         LEFT JOIN accepted a ON a.start = k.start AND a.category = k.category
         LEFT JOIN standing s ON s.start = k.start AND s.category = k.category
        ORDER BY k.start, k.category`,
      [
        scope.category,
        scope.countyCode,
        scope.from,
        scope.to,
        scope.granularity,
        scope.now,
        scope.nearExpiryDays,
        scope.after?.periodStart ?? null,
        scope.after?.category ?? null,
        scope.limit,
      ],
    );
  }
}
