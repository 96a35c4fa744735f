import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REGION_CODE, type Principal } from '@hb/contracts';
import { Clock, NotFoundError } from '@hb/platform';
import { BuyersService } from '../buyers/buyers.service';
import { PledgePacingService } from './pacing/pledge-pacing.service';
import { monthlySeries } from './monthly-series';
import { reliefPeriod, type ReliefPeriod } from './relief-period';
import { ReliefReportsRepository, type ReconciliationRow } from './relief-reports.repository';
import type {
  BuyerReliefProgress,
  CountyReliefReport,
  PairingReliefReport,
  PairingTotal,
  ReconciliationReport,
  ReliefPeriodQuery,
  ReliefSummary,
  ReliefSummaryQuery,
} from './relief.dto';

const round2 = (value: number) => Math.round(value * 100) / 100;

/** What the relief ledger says: where the money went, how far each buyer is from its pledge, whether it adds up. */
@Injectable()
export class ReliefReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly buyers: BuyersService,
    private readonly clock: Clock,
    private readonly pacing: PledgePacingService,
    private readonly reports: ReliefReportsRepository,
  ) {}

  async summary(query: ReliefSummaryQuery): Promise<ReliefSummary> {
    const { from, to } = reliefPeriod(query, this.clock.now());
    const tx = this.dataSource.manager;
    const byCounty = await this.reports.totalsByCounty(tx, from, to);
    const byStatus = await this.reports.totalsByPovertyStatus(tx, from, to);
    const byMonth = await this.reports.monthly(tx, from, to);
    const apart = await this.reports.apart(tx, from, to);
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
    const spentByMonth = await this.reports.buyerMonthly(this.dataSource.manager, buyerId, year);
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
    const rows = await this.reports.reconciliation(this.dataSource.manager, period.from, period.to, county);
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
    const tx = this.dataSource.manager;
    const pairing = await this.reports.pairing(tx, id);
    if (!pairing) throw new NotFoundError('pairing', id);
    const byMonth = await this.reports.pairingMonthly(tx, from, to, id);
    const byProducer = await this.reports.pairingByProducer(tx, from, to, id);
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
    const tx = this.dataSource.manager;
    const countyName = await this.reports.countyName(tx, code);
    if (countyName === null) throw new NotFoundError('county', code);
    const byMonth = await this.reports.countyMonthly(tx, from, to, code);
    const byProducer = await this.reports.countyByProducer(tx, from, to, code);
    const byBuyerKind = await this.reports.countyByBuyerKind(tx, from, to, code);
    const apart = await this.reports.countyApart(tx, from, to, code);
    return {
      countyCode: code,
      countyName,
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
    return this.reports.pairingTotals(this.dataSource.manager, from, to, county);
  }
}
