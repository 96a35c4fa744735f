import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  MarketHistoryImported,
  marketSubject,
  type MarketHistoryImportedData,
  type MarketHistoryPeriod,
  type Principal,
} from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import { Clock, DAY_MS, utcDay } from '@hb/platform';
import { EvaluationService } from '../evaluation/evaluation.service';
import type {
  ImportMarketHistoryRequest,
  MarketHistoryImportView,
  MarketHistoryRecord,
} from './market-history.dto';
import { HistoryPeriodConflict, InvalidMarketHistory, type HistoryProblem } from './market-history.errors';
import { MarketHistoryRepository } from './market-history.repository';

/** The earliest day history may start: older figures say nothing about the market the rules watch. */
const FIRST_DAY = '2000-01-01';
/** The longest period one record may cover (a quarter): longer ones would smear a slump away. */
const MAX_PERIOD_DAYS = 92;

const FIGURES = [
  'orderedQuantity',
  'orderLines',
  'acceptedQuantity',
  'acceptedCents',
  'acceptedLines',
] as const;

const daysOf = (period: { from: string; to: string }) =>
  (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / DAY_MS + 1;

const sameFigures = (a: MarketHistoryPeriod, b: MarketHistoryPeriod) =>
  a.from === b.from && a.to === b.to && FIGURES.every((figure) => Number(a[figure]) === Number(b[figure]));

/**
 * Imports a market's history from a county's previous platform: periods before this platform's own
 * events, recorded as they were exported (never rewritten) and announced on
 * monitoring.marketHistory.v1, so that a rebuild replays them with everything else.
 */
@Injectable()
export class MarketHistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly history: MarketHistoryRepository,
    private readonly evaluation: EvaluationService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async import(caller: Principal, request: ImportMarketHistoryRequest): Promise<MarketHistoryImportView> {
    const now = this.clock.now();
    this.check(request.records, utcDay(now));
    const markets = new Map<string, MarketHistoryRecord[]>();
    for (const record of request.records) {
      const subject = marketSubject(record);
      markets.set(subject, [...(markets.get(subject) ?? []), record]);
    }
    return this.dataSource.transaction(async (tx) => {
      const view: MarketHistoryImportView = { recorded: 0, alreadyRecorded: 0 };
      for (const subject of [...markets.keys()].sort()) {
        const records = markets.get(subject)!;
        const { countyCode, category } = records[0];
        await this.history.lockMarket(tx, countyCode, category);
        const periods: MarketHistoryPeriod[] = [];
        for (const record of records) {
          const period = this.periodOf(record);
          const recorded = await this.history.overlapping(tx, countyCode, category, period.from, period.to);
          if (recorded.length === 1 && sameFigures(recorded[0], period)) {
            view.alreadyRecorded += 1;
            continue;
          }
          if (recorded.length > 0) throw new HistoryPeriodConflict(countyCode, category, period, recorded[0]);
          periods.push(period);
        }
        if (periods.length === 0) continue;
        const imported: MarketHistoryImportedData = {
          countyCode,
          category,
          source: request.source,
          importedBy: caller.subject,
          importedAt: now.toISOString(),
          periods,
        };
        await this.history.record(tx, imported);
        await this.outbox.append(tx, event(MarketHistoryImported, imported, now));
        view.recorded += periods.length;
      }
      return view;
    });
  }

  /** Applies an import announced on the topic (live: recorded already; rebuilding: recorded now) and evaluates its market. */
  async apply(tx: EntityManager, imported: MarketHistoryImportedData): Promise<void> {
    await this.history.record(tx, imported);
    await this.evaluation.afterEvent(
      tx,
      {
        markets: [{ countyCode: imported.countyCode, category: imported.category }],
        categories: [imported.category],
        products: [],
        producers: [],
      },
      this.clock.now(),
    );
  }

  private periodOf(record: MarketHistoryRecord): MarketHistoryPeriod {
    return {
      from: record.from,
      to: record.to,
      orderedQuantity: record.orderedQuantity,
      orderLines: record.orderLines,
      acceptedQuantity: record.acceptedQuantity,
      acceptedCents: record.acceptedCents,
      acceptedLines: record.acceptedLines,
    };
  }

  /** What makes well-formed records (calendar days, counts) impossible history: 422 with every problem at once. */
  private check(records: readonly MarketHistoryRecord[], today: string): void {
    const problems: HistoryProblem[] = [];
    records.forEach((record, index) => {
      const problem = (field: string, message: string) => problems.push({ record: index, field, message });
      if (record.from < FIRST_DAY) problem('from', `history starts on ${FIRST_DAY} at the earliest`);
      if (record.to >= today) problem('to', `history ends before today (${today})`);
      if (record.from > record.to) problem('from', `from ${record.from} is after to ${record.to}`);
      else if (daysOf(record) > MAX_PERIOD_DAYS)
        problem('to', `a period covers at most ${MAX_PERIOD_DAYS} days`);
      if (record.orderLines > record.orderedQuantity)
        problem('orderLines', 'each order line is of one unit at least: more lines than units ordered');
      if (record.orderedQuantity > 0 && record.orderLines === 0)
        problem('orderLines', 'units ordered need at least one order line');
      if (record.acceptedLines > record.acceptedQuantity)
        problem(
          'acceptedLines',
          'each accepted line is of one unit at least: more lines than units accepted',
        );
      if (record.acceptedQuantity > 0 && record.acceptedLines === 0)
        problem('acceptedLines', 'units accepted need at least one accepted line');
      if (record.acceptedQuantity > 0 !== record.acceptedCents > 0)
        problem('acceptedCents', 'accepted units are paid for, and only accepted units');
    });
    for (let i = 0; i < records.length; i++) {
      for (let j = i + 1; j < records.length; j++) {
        const [a, b] = [records[i], records[j]];
        if (marketSubject(a) === marketSubject(b) && a.from <= b.to && b.from <= a.to)
          problems.push({ record: j, field: 'from', message: `overlaps records[${i}] of the same market` });
      }
    }
    if (problems.length > 0) throw new InvalidMarketHistory(problems);
  }
}
