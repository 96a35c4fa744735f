import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  Clock,
  DAY_MS,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  type Page,
  pageOf,
  RequestValidationError,
  utcDay,
} from '@hb/platform';
import { MONITORING_CONFIG, type MonitoringConfig } from '../monitoring.config';
import type { Granularity, IndicatorsQuery, MarketIndicator } from './indicators.dto';
import { IndicatorsRepository, type IndicatorRow } from './indicators.repository';

/** The longest range one query may cover: 10 years of months, 5 of weeks. */
const MAX_PERIODS: Record<Granularity, number> = { month: 120, week: 260 };
const DEFAULT_PERIODS = 12;

const isCalendarDate = (value: string) => {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && utcDay(parsed) === value;
};

/** ISO week of a Monday: `2026-W03`. */
function isoWeek(monday: string): string {
  const date = new Date(`${monday}T00:00:00Z`);
  const thursday = new Date(date.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Market indicators per period and category, for one county or all of them. */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: IndicatorsRepository,
    @Inject(MONITORING_CONFIG) private readonly config: MonitoringConfig,
    private readonly clock: Clock,
  ) {}

  async indicators(query: IndicatorsQuery, now: Date): Promise<Page<MarketIndicator>> {
    const granularity = query.granularity ?? 'month';
    const to = query.to ?? utcDay(now);
    const from = query.from ?? this.periodsBefore(to, granularity, DEFAULT_PERIODS);
    const problems: { field: string; messages: string[] }[] = [];
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!isCalendarDate(value))
        problems.push({ field, messages: [`${field} ${value} is not a calendar date`] });
    }
    if (problems.length === 0 && from > to)
      problems.push({ field: 'from', messages: [`from ${from} is after to ${to}`] });
    if (problems.length === 0 && this.periodsBetween(from, to, granularity) > MAX_PERIODS[granularity]) {
      problems.push({
        field: 'from',
        messages: [`a query covers at most ${MAX_PERIODS[granularity]} ${granularity}s`],
      });
    }
    if (problems.length > 0) throw new RequestValidationError(problems);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor ? decodeCursor(query.cursor, 2) : null;
    const rows = await this.repository.indicators(this.dataSource.manager, {
      category: query.category ?? null,
      countyCode: query.countyCode ?? null,
      from,
      to,
      granularity,
      now,
      nearExpiryDays: this.config.nearExpiryDays,
      after: after ? { periodStart: String(after[0]), category: String(after[1]) } : null,
      limit: limit + 1,
    });
    return pageOf(
      rows,
      limit,
      (row) => [row.period_start, row.category],
      (row) => this.indicatorOf(row, granularity, query.countyCode ?? null),
    );
  }

  private indicatorOf(
    row: IndicatorRow,
    granularity: Granularity,
    countyCode: string | null,
  ): MarketIndicator {
    const accepted = Number(row.accepted_quantity);
    const available = Number(row.available_quantity);
    return {
      period: granularity === 'month' ? row.period_start.slice(0, 7) : isoWeek(row.period_start),
      category: row.category as MarketIndicator['category'],
      countyCode,
      orderedQuantity: Number(row.ordered_quantity),
      acceptedQuantity: accepted,
      acceptedCents: Number(row.accepted_cents),
      medianUnitPriceCents: row.median_unit_price_cents,
      listedProducts: row.listed_products,
      availableQuantity: available,
      nearExpiryQuantity: Number(row.near_expiry_quantity),
      sellThroughPercent:
        accepted + available > 0 ? Math.round((accepted / (accepted + available)) * 1000) / 10 : null,
    };
  }

  private periodsBefore(to: string, granularity: Granularity, periods: number): string {
    const end = new Date(`${isCalendarDate(to) ? to : this.clock.today()}T00:00:00Z`);
    if (granularity === 'week') return utcDay(new Date(end.getTime() - (periods * 7 - 1) * DAY_MS));
    return utcDay(new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - (periods - 1), 1)));
  }

  private periodsBetween(from: string, to: string, granularity: Granularity): number {
    const a = new Date(`${from}T00:00:00Z`);
    const b = new Date(`${to}T00:00:00Z`);
    if (granularity === 'week') return Math.floor((b.getTime() - a.getTime()) / (7 * DAY_MS)) + 1;
    return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
  }
}
