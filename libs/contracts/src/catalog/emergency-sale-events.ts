import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { PRODUCT_CATEGORIES, type ProductCategory } from './vocabulary';

/** Why produce is put on emergency sale: it cannot be sold the ordinary way. */
export const EMERGENCY_SALE_REASONS = ['glut', 'disaster', 'epidemic', 'near_expiry'] as const;
export type EmergencySaleReason = (typeof EMERGENCY_SALE_REASONS)[number];

export const EMERGENCY_SALE_STATUSES = ['open', 'closed'] as const;
export type EmergencySaleStatus = (typeof EMERGENCY_SALE_STATUSES)[number];

/** What closed a sale: its last held unit was sold, its `endsAt` passed, or a person closed it. */
export const EMERGENCY_SALE_CLOSERS = ['sold_out', 'ended', 'hand'] as const;
export type EmergencySaleCloser = (typeof EMERGENCY_SALE_CLOSERS)[number];

/** An emergency sale as it was opened: what a buyer-facing read model needs to price and match it. */
export class EmergencySaleOpenedData {
  @IsUUID() saleId!: string;
  @IsUUID() productId!: string;
  @IsUUID() producerId!: string;
  @Matches(/^\d{6}$/) countyCode!: string;
  @IsIn(PRODUCT_CATEGORIES) category!: ProductCategory;
  /** Units of the product set aside from its lots, earliest expiry first. */
  @IsInt() @Min(1) quantity!: number;
  @IsInt() @Min(1) unitPriceCents!: number;
  @IsIn(EMERGENCY_SALE_REASONS) reason!: EmergencySaleReason;
  @IsISO8601() endsAt!: string;
  @IsOptional() @IsString() @Length(0, 2000) note!: string | null;
  @IsISO8601() openedAt!: string;
}

export class EmergencySaleClosedData {
  @IsUUID() saleId!: string;
  @IsUUID() productId!: string;
  /** Units taken by orders while the sale was open. */
  @IsInt() @Min(0) soldQuantity!: number;
  /** Units returned to the product's ordinary stock. */
  @IsInt() @Min(0) unsoldQuantity!: number;
  @IsIn(EMERGENCY_SALE_CLOSERS) closedBy!: EmergencySaleCloser;
  @IsISO8601() closedAt!: string;
}

export const EmergencySaleOpened = defineEvent({
  type: 'catalog.emergencySale.opened.v1',
  topic: Topics.emergencySale,
  payload: EmergencySaleOpenedData,
  description:
    'A producer, an administrator or the county official opened an emergency sale: stock set aside at a price no higher than the lowest tier.',
  subjectOf: (data) => data.saleId,
});

export const EmergencySaleClosed = defineEvent({
  type: 'catalog.emergencySale.closed.v1',
  topic: Topics.emergencySale,
  payload: EmergencySaleClosedData,
  description:
    'An emergency sale closed (sold out, at its end, or by hand); what was unsold went back to ordinary stock.',
  subjectOf: (data) => data.saleId,
});

export const EMERGENCY_SALE_EVENTS = [EmergencySaleOpened, EmergencySaleClosed];
