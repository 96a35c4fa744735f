import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@hb/contracts';
import { UnprocessableError } from '@hb/platform';
import { BuyersService } from '../buyers/buyers.service';
import { monthlySeries, type MonthAmount } from './monthly-series';
import type { BuyerReliefProgress, ReliefSummary, ReliefSummaryQuery } from './relief.dto';

/** Sums relief entries per month (UTC) for the rows a condition on `relief_entries` selects. */
const PER_MONTH = (condition: string) =>
  `SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, sum(amount_cents)::bigint AS "amountCents"
     FROM relief_entries WHERE ${condition} GROUP BY 1 ORDER BY 1`;

const round2 = (value: number) => Math.round(value * 100) / 100;

/** What the relief ledger says: where the money went, and how far each buyer is from its pledge. */
@Injectable()
export class ReliefReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly buyers: BuyersService,
  ) {}

  async summary(query: ReliefSummaryQuery, now = new Date()): Promise<ReliefSummary> {
    const to = query.to ?? now.toISOString().slice(0, 10);
    const from = query.from ?? `${to.slice(0, 4)}-01-01`;
    if (from > to) throw new UnprocessableError(`from ${from} is after to ${to}`);
    const range = [from, to];
    const window = `recorded_at >= $1::date AND recorded_at < ($2::date + 1)`;
    const byCounty = await this.dataSource.query<
      {
        county_code: string;
        name: string | null;
        poverty_status: string | null;
        amount: number;
        producers: number;
      }[]
    >(
      `SELECT e.county_code, c.name, coalesce(c.poverty_status, max(e.poverty_status)) AS poverty_status,
              sum(e.amount_cents)::bigint AS amount, count(DISTINCT e.producer_id)::int AS producers
         FROM relief_entries e LEFT JOIN catalog_counties c ON c.code = e.county_code
        WHERE ${window}
        GROUP BY e.county_code, c.name, c.poverty_status
        ORDER BY amount DESC, e.county_code`,
      range,
    );
    const byStatus = await this.dataSource.query<{ poverty_status: string | null; amount: number }[]>(
      `SELECT poverty_status, sum(amount_cents)::bigint AS amount FROM relief_entries
        WHERE ${window} GROUP BY poverty_status ORDER BY amount DESC`,
      range,
    );
    const byMonth = await this.dataSource.query<MonthAmount[]>(PER_MONTH(window), range);
    return {
      from,
      to,
      totalCents: byCounty.reduce((sum, row) => sum + row.amount, 0),
      byCounty: byCounty.map((row) => ({
        countyCode: row.county_code,
        countyName: row.name,
        povertyStatus: row.poverty_status,
        amountCents: row.amount,
        producers: row.producers,
      })),
      byPovertyStatus: byStatus.map((row) => ({
        povertyStatus: row.poverty_status,
        amountCents: row.amount,
      })),
      byMonth: monthlySeries(from, to, byMonth),
    };
  }

  async buyerProgress(caller: Principal, buyerId: string, now = new Date()): Promise<BuyerReliefProgress> {
    const buyer = await this.buyers.get(caller, buyerId);
    const year = now.getUTCFullYear();
    const spentByMonth = await this.dataSource.query<MonthAmount[]>(
      PER_MONTH(
        `buyer_id = $1 AND recorded_at >= make_date($2, 1, 1) AND recorded_at < make_date($2 + 1, 1, 1)`,
      ),
      [buyerId, year],
    );
    const spent = spentByMonth.reduce((sum, row) => sum + row.amountCents, 0);
    const budget = buyer.annualFoodBudgetCents;
    const share = buyer.pledgedSharePercent;
    const pledged = budget !== null && share !== null ? Math.round((budget * share) / 100) : null;
    return {
      buyerId,
      year,
      annualFoodBudgetCents: budget,
      pledgedSharePercent: share,
      pledgedCents: pledged,
      spentCents: spent,
      percentOfBudget: budget ? round2((spent / budget) * 100) : null,
      percentOfPledge: pledged ? round2((spent / pledged) * 100) : null,
      remainingCents: pledged === null ? null : Math.max(pledged - spent, 0),
      byMonth: monthlySeries(`${year}-01-01`, now.toISOString().slice(0, 10), spentByMonth),
    };
  }
}
