import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../calendar-date';
import { PRODUCT_CATEGORIES, type ProductCategory } from '../catalog/vocabulary';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

/**
 * One period of a market (county × category) as another platform recorded it: what was ordered and
 * what buyers accepted, from `from` to `to` (UTC days, both included). The rules spread a period's
 * figures evenly over its days.
 */
export class MarketHistoryPeriod {
  @IsCalendarDate() from!: string;
  @IsCalendarDate() to!: string;
  @IsInt() @Min(0) orderedQuantity!: number;
  /** Order lines behind orderedQuantity: the data points the rules count. */
  @IsInt() @Min(0) orderLines!: number;
  @IsInt() @Min(0) acceptedQuantity!: number;
  @IsInt() @Min(0) acceptedCents!: number;
  /** Accepted order lines: data points of the median price, at the period's average unit price. */
  @IsInt() @Min(0) acceptedLines!: number;
}

export class MarketHistoryImportedData {
  @Matches(/^\d{6}$/) countyCode!: string;
  @IsIn(PRODUCT_CATEGORIES) category!: ProductCategory;
  /** Where the figures come from, e.g. the export of the county's previous platform. */
  @IsString() @Length(1, 200) source!: string;
  /** The administrator who imported them. */
  @IsString() importedBy!: string;
  @IsISO8601() importedAt!: string;
  /** Periods not recorded before (a re-import of the same periods announces nothing). */
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => MarketHistoryPeriod)
  periods!: MarketHistoryPeriod[];
}

/** The subject of a market's history: its county and category. */
export const marketSubject = (data: { countyCode: string; category: string }) =>
  `${data.countyCode}:${data.category}`;

export const MarketHistoryImported = defineEvent({
  type: 'monitoring.marketHistory.imported.v1',
  topic: Topics.marketHistory,
  payload: MarketHistoryImportedData,
  description:
    "An administrator imported a market's history from a county's previous platform: periods before this platform's own events, which price_drop, sales_slump and the reference price count as imported data points.",
  subjectOf: (data) => marketSubject(data),
});

export const MARKET_HISTORY_EVENTS = [MarketHistoryImported];
