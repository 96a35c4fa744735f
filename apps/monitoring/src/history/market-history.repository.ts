import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MarketHistoryImportedData, MarketHistoryPeriod } from '@hb/contracts';

/** Imported market history: one row per market (county × category) and period. */
@Injectable()
export class MarketHistoryRepository {
  /** Serialises imports of one market, so that two overlapping ones cannot both pass the check. */
  async lockMarket(tx: EntityManager, countyCode: string, category: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('history:' || $1 || ':' || $2))`, [
      countyCode,
      category,
    ]);
  }

  /** The recorded periods of a market that overlap [from, to] (days, both included). */
  async overlapping(
    tx: EntityManager,
    countyCode: string,
    category: string,
    from: string,
    to: string,
  ): Promise<MarketHistoryPeriod[]> {
    return tx.query<MarketHistoryPeriod[]>(
      `SELECT to_char(period_from, 'YYYY-MM-DD') AS "from", to_char(period_to, 'YYYY-MM-DD') AS "to",
              ordered_quantity AS "orderedQuantity", order_lines AS "orderLines",
              accepted_quantity AS "acceptedQuantity", accepted_cents::float8 AS "acceptedCents",
              accepted_lines AS "acceptedLines"
         FROM market_history
        WHERE county_code = $1 AND category = $2 AND period_from <= $4::date AND period_to >= $3::date
        ORDER BY period_from`,
      [countyCode, category, from, to],
    );
  }

  /** Records the periods of an import; periods already recorded stay as they are (replays, redelivery). */
  async record(tx: EntityManager, history: MarketHistoryImportedData): Promise<void> {
    const { periods } = history;
    await tx.query(
      `INSERT INTO market_history (county_code, category, period_from, period_to, ordered_quantity, order_lines,
                                   accepted_quantity, accepted_cents, accepted_lines, source, imported_by, imported_at)
       SELECT $1, $2, p.period_from, p.period_to, p.ordered_quantity, p.order_lines, p.accepted_quantity,
              p.accepted_cents, p.accepted_lines, $3, $4, $5
         FROM unnest($6::date[], $7::date[], $8::int[], $9::int[], $10::int[], $11::bigint[], $12::int[])
              AS p(period_from, period_to, ordered_quantity, order_lines, accepted_quantity, accepted_cents, accepted_lines)
       ON CONFLICT DO NOTHING`,
      [
        history.countyCode,
        history.category,
        history.source,
        history.importedBy,
        history.importedAt,
        periods.map((period) => period.from),
        periods.map((period) => period.to),
        periods.map((period) => period.orderedQuantity),
        periods.map((period) => period.orderLines),
        periods.map((period) => period.acceptedQuantity),
        periods.map((period) => period.acceptedCents),
        periods.map((period) => period.acceptedLines),
      ],
    );
  }
}
