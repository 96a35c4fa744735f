import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { IsCalendarDate } from '../calendar-date';
import { defineEvent } from '../event-definition';
import { IsGtin14 } from '../gtin';
import { Topics } from '../topics';

/** Recall classes as food-safety regulators grade them: I the gravest health hazard, III the least. */
export const RECALL_CLASSES = ['I', 'II', 'III'] as const;
export type RecallClass = (typeof RECALL_CLASSES)[number];

export class LotRecalledData {
  @IsUUID() lotId!: string;
  @IsUUID() productId!: string;
  @IsUUID() producerId!: string;
  @Matches(/^\d{6}$/) countyCode!: string;
  /** The product's GTIN (14 digits), which names the lot in EPCIS exports; null or absent for none. */
  @IsOptional() @IsGtin14() gtin?: string | null;
  @IsCalendarDate() harvestedOn!: string;
  @IsCalendarDate() expiresOn!: string;
  @IsIn(RECALL_CLASSES) class!: RecallClass;
  @IsString() @Length(1, 2000) reason!: string;
  /** What was left to sell and is now blocked, with what orders not yet confirmed held (released to the block). */
  @IsInt() @Min(0) blockedQuantity!: number;
  /** Orders that lost their reservation to the recall (not yet confirmed); each also gets `catalog.stock.released.v1`. */
  @IsInt() @Min(0) releasedOrders!: number;
  @IsISO8601() recalledAt!: string;
}

export const LotRecalled = defineEvent({
  type: 'catalog.lot.recalled.v1',
  topic: Topics.lot,
  payload: LotRecalledData,
  description:
    'A harvest lot was recalled: what is left of it is blocked, orders not yet confirmed lost their reservation; orders and logistics find the orders and shipments it reached by its id.',
  subjectOf: (data) => data.lotId,
});

export const LOT_EVENTS = [LotRecalled];
