import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REGION_CODE, regionCoversSql, type Principal } from '@hb/contracts';
import { Clock, NotFoundError } from '@hb/platform';
import { BuyersService } from '../buyers/buyers.service';
import { PledgePacingService } from './pacing/pledge-pacing.service';
import { monthlySeries, type MonthAmount } from './monthly-series';
import { reliefPeriod, type ReliefPeriod } from './relief-period';
import type {
  AmountByKey,
  BuyerReliefProgress,
  CountyReliefReport,
  PairingReliefReport,
  PairingTotal,
  ReconciliationReport,
  ReliefPeriodQuery,
  ReliefSummary,
  ReliefSummaryQuery,
} from './relief.dto';

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

interface ReconciliationRow {
  countyCode: string;
  producerId: string;
  ledgerCents: number;
  acceptedCents: number;
  refundedCents: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** What the relief ledger says: where the money went, how far each buyer is from its pledge, whether it adds up. */
@Injectable()
export class ReliefReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly buyers: BuyersService,
    private readonly clock: Clock,
    private readonly pacing: PledgePacingService,
  ) {}

  async summary(query: ReliefSummaryQuery): Promise<ReliefSummary> {
    const { from, to } = reliefPeriod(query, this.clock.now());
    const range = [from, to];
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
        WHERE ${IN_PERIOD} AND ${COUNTS}
        GROUP BY e.county_code, c.name, c.poverty_status
        ORDER BY amount DESC, e.county_code`,
      range,
    );
    const byStatus = await this.dataSource.query<{ poverty_status: string | null; amount: number }[]>(
      `SELECT poverty_status, sum(amount_cents)::bigint AS amount FROM relief_entries
        WHERE ${IN_PERIOD} AND ${COUNTS} GROUP BY poverty_status ORDER BY amount DESC`,
      range,
    );
    const byMonth = await this.dataSource.query<MonthAmount[]>(
      PER_MONTH(`${IN_PERIOD} AND ${COUNTS}`),
      range,
    );
    const [apart] = await this.dataSource.query<
      { despite_breach: number; reversed: number; emergency_sales: number }[]
    >(
      `SELECT coalesce(sum(amount_cents) FILTER (WHERE cold_chain_verdict = 'breached'), 0)::bigint AS despite_breach,
              coalesce(-sum(amount_cents) FILTER (WHERE kind = 'reversal'), 0)::bigint AS reversed,
              coalesce(sum(amount_cents) FILTER (WHERE emergency_sale_id IS NOT NULL AND ${COUNTS}), 0)::bigint
                AS emergency_sales
         FROM relief_entries WHERE ${IN_PERIOD}`,
      range,
    );
    return {
      from,
      to,
      totalCents: byCounty.reduce((sum, row) => sum + row.amount, 0),
      emergencySalesCents: apart.emergency_sales,
      acceptedDespiteBreachCents: apart.despite_breach,
      reversedCents: apart.reversed,
      byPairing: await this.pairingTotals(from, to, null),
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

  async buyerProgress(caller: Principal, buyerId: string): Promise<BuyerReliefProgress> {
    const buyer = await this.buyers.get(caller, buyerId);
    const now = this.clock.now();
    const year = now.getUTCFullYear();
    const spentByMonth = await this.dataSource.query<MonthAmount[]>(
      PER_MONTH(
        `buyer_id = $1 AND recorded_at >= make_date($2, 1, 1) AND recorded_at < make_date($2 + 1, 1, 1) AND ${COUNTS}`,
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
      ...(await this.pacing.paceOf(buyerId)),
      byMonth: monthlySeries(`${year}-01-01`, now.toISOString().slice(0, 10), spentByMonth),
    };
  }

  /**
   * Proves the ledger: per county and producer, its sum against the orders' accepted relief lines
   * minus refunds after acceptance. Every difference is 0 unless something wrote one without the
   * other. A county official sees its own county only.
   */
  async reconciliation(caller: Principal, query: ReliefPeriodQuery): Promise<ReconciliationReport> {
    const period: ReliefPeriod = reliefPeriod(query, this.clock.now());
    const county = caller.role === 'county_official' ? caller.organisationId : null;
    // A char(6) cast would cut a longer `org` down to some county's code.
    if (county !== null && !REGION_CODE.test(county)) throw new NotFoundError('county', county);
    const rows = await this.dataSource.query<ReconciliationRow[]>(RECONCILIATION, [
      period.from,
      period.to,
      county,
    ]);
    const line = (row: Omit<ReconciliationRow, 'countyCode' | 'producerId'>) => ({
      ledgerCents: row.ledgerCents,
      acceptedCents: row.acceptedCents,
      refundedCents: row.refundedCents,
      ordersCents: row.acceptedCents - row.refundedCents,
      differenceCents: row.ledgerCents - (row.acceptedCents - row.refundedCents),
    });
    const counties = new Map<string, Omit<ReconciliationRow, 'countyCode' | 'producerId'>>();
    const total = { ledgerCents: 0, acceptedCents: 0, refundedCents: 0 };
    for (const row of rows) {
      const sums = counties.get(row.countyCode) ?? { ledgerCents: 0, acceptedCents: 0, refundedCents: 0 };
      for (const sum of [sums, total]) {
        sum.ledgerCents += row.ledgerCents;
        sum.acceptedCents += row.acceptedCents;
        sum.refundedCents += row.refundedCents;
      }
      counties.set(row.countyCode, sums);
    }
    return {
      ...period,
      ...line(total),
      byCounty: [...counties].map(([countyCode, sums]) => ({ countyCode, ...line(sums) })),
      byProducer: rows.map((row) => ({
        countyCode: row.countyCode,
        producerId: row.producerId,
        ...line(row),
      })),
    };
  }

  /** Relief through one pairing over a period, by month and by producer; 404 for an unknown pairing. */
  async pairing(id: string, query: ReliefPeriodQuery): Promise<PairingReliefReport> {
    const { from, to } = reliefPeriod(query, this.clock.now());
    const [pairing] = await this.dataSource.query<Omit<PairingTotal, 'totalCents'>[]>(
      `SELECT id AS "pairingId", assisting_region_code AS "assistingRegionCode",
              assisting_region_name AS "assistingRegionName", assisted_county_code AS "assistedCountyCode"
         FROM catalog_pairings WHERE id = $1`,
      [id],
    );
    if (!pairing) throw new NotFoundError('pairing', id);
    const through = `FROM relief_entries e ${UNDER_PAIRING}
      WHERE p.id = $3 AND e.recorded_at >= $1::date AND e.recorded_at < ($2::date + 1) AND e.${COUNTS}`;
    const byMonth = await this.dataSource.query<MonthAmount[]>(
      `SELECT to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, sum(e.amount_cents)::bigint AS "amountCents"
         ${through} GROUP BY 1 ORDER BY 1`,
      [from, to, id],
    );
    const byProducer = await this.dataSource.query<AmountByKey[]>(
      `SELECT e.producer_id AS key, sum(e.amount_cents)::bigint AS "amountCents"
         ${through} GROUP BY 1 ORDER BY 2 DESC, 1`,
      [from, to, id],
    );
    return {
      ...pairing,
      from,
      to,
      totalCents: byMonth.reduce((sum, row) => sum + row.amountCents, 0),
      byMonth: monthlySeries(from, to, byMonth),
      byProducer: byProducer.map((row) => ({ producerId: row.key, amountCents: row.amountCents })),
    };
  }

  /**
   * A county's relief, for the officials who answer for it (and administrators): by month,
   * producer, buyer kind and pairing, with what is reported apart. Another county is a 404.
   */
  async county(caller: Principal, code: string, query: ReliefPeriodQuery): Promise<CountyReliefReport> {
    if (caller.role === 'county_official' && caller.organisationId !== code)
      throw new NotFoundError('county', code);
    const { from, to } = reliefPeriod(query, this.clock.now());
    const [county] = await this.dataSource.query<{ name: string }[]>(
      `SELECT name FROM catalog_counties WHERE code = $1`,
      [code],
    );
    if (!county) throw new NotFoundError('county', code);
    const range = [from, to, code];
    const where = `${IN_PERIOD} AND county_code = $3`;
    const byMonth = await this.dataSource.query<MonthAmount[]>(PER_MONTH(`${where} AND ${COUNTS}`), range);
    const byProducer = await this.dataSource.query<AmountByKey[]>(
      `SELECT producer_id AS key, sum(amount_cents)::bigint AS "amountCents" FROM relief_entries
        WHERE ${where} AND ${COUNTS} GROUP BY 1 ORDER BY 2 DESC, 1`,
      range,
    );
    const byBuyerKind = await this.dataSource.query<AmountByKey[]>(
      `SELECT coalesce(b.kind, 'unknown') AS key, sum(e.amount_cents)::bigint AS "amountCents"
         FROM relief_entries e LEFT JOIN buyers b ON b.id::text = e.buyer_id
        WHERE e.recorded_at >= $1::date AND e.recorded_at < ($2::date + 1) AND e.county_code = $3 AND e.${COUNTS}
        GROUP BY 1 ORDER BY 2 DESC, 1`,
      range,
    );
    const [apart] = await this.dataSource.query<{ despite_breach: number; reversed: number }[]>(
      `SELECT coalesce(sum(amount_cents) FILTER (WHERE cold_chain_verdict = 'breached'), 0)::bigint AS despite_breach,
              coalesce(-sum(amount_cents) FILTER (WHERE kind = 'reversal'), 0)::bigint AS reversed
         FROM relief_entries WHERE ${where}`,
      range,
    );
    return {
      countyCode: code,
      countyName: county.name,
      from,
      to,
      totalCents: byMonth.reduce((sum, row) => sum + row.amountCents, 0),
      acceptedDespiteBreachCents: apart.despite_breach,
      reversedCents: apart.reversed,
      byMonth: monthlySeries(from, to, byMonth),
      byProducer: byProducer.map((row) => ({ producerId: row.key, amountCents: row.amountCents })),
      byBuyerKind: byBuyerKind.map((row) => ({ buyerKind: row.key, amountCents: row.amountCents })),
      byPairing: await this.pairingTotals(from, to, code),
    };
  }

  /** Every pairing (of one assisted county, or all) with the relief that went through it in the period. */
  private async pairingTotals(from: string, to: string, county: string | null): Promise<PairingTotal[]> {
    return this.dataSource.query<PairingTotal[]>(
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
