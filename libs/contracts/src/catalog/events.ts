import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../event-definition';
import { IsGtin14 } from '../gtin';
import { Topics } from '../topics';
import {
  CERTIFICATION_SCHEMES,
  POVERTY_STATUSES,
  PRICE_REVIEW_STATES,
  PRODUCER_KINDS,
  PRODUCT_CATEGORIES,
  PRODUCT_STATUSES,
  RESERVATION_REJECTION_REASONS,
  type CertificationScheme,
  type PovertyStatus,
  type PriceReviewState,
  type ProducerKind,
  type ProductCategory,
  type ProductStatus,
  type ReservationRejectionReason,
} from './vocabulary';
import { IsCalendarDate } from '../calendar-date';

export class CountySnapshot {
  @Matches(/^\d{6}$/) code!: string;
  @IsString() name!: string;
  @IsString() province!: string;
  @IsString() prefecture!: string;
  @IsIn(POVERTY_STATUSES) povertyStatus!: PovertyStatus;
  @IsOptional() @IsCalendarDate() liftedOn!: string | null;
  @IsOptional() @IsString() pairedCity!: string | null;
}

export class CountyUpdatedData extends CountySnapshot {
  @IsIn(POVERTY_STATUSES) previousPovertyStatus!: PovertyStatus;
}

export const CountyRegistered = defineEvent({
  type: 'catalog.county.registered.v1',
  topic: Topics.county,
  payload: CountySnapshot,
  description: 'A county was registered with its poverty status.',
  subjectOf: (county) => county.code,
});

export const CountyUpdated = defineEvent({
  type: 'catalog.county.updated.v1',
  topic: Topics.county,
  payload: CountyUpdatedData,
  description: 'A county changed (its poverty status, e.g. lifted out of poverty on a date, or its names).',
  subjectOf: (county) => county.code,
});

export class ProducerSnapshot {
  @IsUUID() id!: string;
  @IsString() name!: string;
  @IsIn(PRODUCER_KINDS) kind!: ProducerKind;
  @Matches(/^\d{6}$/) countyCode!: string;
  /** The county's poverty status when this event was written (follow catalog.county.v1 for changes). */
  @IsIn(POVERTY_STATUSES) countyPovertyStatus!: PovertyStatus;
  @Matches(/^[0-9A-Z]{18}$/) creditCode!: string;
  @IsInt() @Min(0) povertyHouseholds!: number;
}

export const ProducerRegistered = defineEvent({
  type: 'catalog.producer.registered.v1',
  topic: Topics.producer,
  payload: ProducerSnapshot,
  description: 'A producer (cooperative, leading enterprise, family farm, relief workshop) was onboarded.',
  subjectOf: (producer) => producer.id,
});

export class PriceTier {
  @IsInt() @Min(1) minQuantity!: number;
  @IsInt() @Min(1) unitPriceCents!: number;
}

export class ColdChainProfileData {
  @IsNumber() minC!: number;
  @IsNumber() maxC!: number;
  @IsInt() @Min(0) maxDwellMinutes!: number;
}

/** Everything another service needs to keep a local read model of a product. */
export class ProductSnapshot {
  @IsUUID() id!: string;
  @IsUUID() producerId!: string;
  @Matches(/^\d{6}$/) countyCode!: string;
  @IsString() name!: string;
  @IsIn(PRODUCT_CATEGORIES) category!: ProductCategory;
  @IsString() unit!: string;
  @IsInt() @Min(1) shelfLifeDays!: number;
  @IsInt() @Min(1) minOrderQuantity!: number;
  @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => PriceTier) priceTiers!: PriceTier[];
  @IsOptional() @IsString() brand!: string | null;
  /** The admitted catalogue brand the product names; absent from events written before brands existed. */
  @IsOptional() @IsUUID() brandId?: string | null;
  /** The product's GS1 GTIN in its 14-digit form; null or absent (events written before GTINs were kept) for none. */
  @IsOptional() @IsGtin14() gtin?: string | null;
  @IsIn(PRODUCT_STATUSES) status!: ProductStatus;
  @IsArray() @IsIn(CERTIFICATION_SCHEMES, { each: true }) badges!: CertificationScheme[];
  @IsBoolean() reliefEligible!: boolean;
  @ValidateNested() @Type(() => ColdChainProfileData) coldChainProfile!: ColdChainProfileData;
  /** Absent from events written before price reviews existed: then `none`. */
  @IsOptional() @IsIn(PRICE_REVIEW_STATES) priceReview?: PriceReviewState;
  /** Increases with every change, so a consumer can ignore a snapshot older than the one it has. */
  @IsInt() @Min(1) version!: number;
}

const productEvent = (fact: string, description: string) =>
  defineEvent({
    type: `catalog.product.${fact}.v1`,
    topic: Topics.product,
    payload: ProductSnapshot,
    description,
    subjectOf: (product) => product.id,
  });

export const ProductRegistered = productEvent('registered', 'A producer registered a product (as a draft).');
export const ProductUpdated = productEvent(
  'updated',
  'A product changed: its description, prices, badges or relief eligibility.',
);
export const ProductListed = productEvent('listed', 'A product became available to buyers.');
export const ProductDelisted = productEvent('delisted', 'A product was withdrawn from sale.');

export class ReservedLot {
  @IsUUID() lotId!: string;
  @IsInt() @Min(1) quantity!: number;
  /** Absent from events written before lots were traced through orders and shipments. */
  @IsOptional() @IsCalendarDate() harvestedOn?: string;
  @IsCalendarDate() expiresOn!: string;
}

export class ReservedLine {
  @IsUUID() productId!: string;
  @IsInt() @Min(1) quantity!: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ReservedLot) lots!: ReservedLot[];
}

export class StockReservedData {
  @IsUUID() orderId!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ReservedLine) lines!: ReservedLine[];
}

export class RejectedLine {
  @IsString() productId!: string;
  @IsIn(RESERVATION_REJECTION_REASONS) reason!: ReservationRejectionReason;
  @IsInt() requested!: number;
  /** What could have been reserved (for `insufficient`) or the minimum (for `below_minimum`). */
  @IsOptional() @IsInt() available?: number;
  @IsOptional() @IsInt() minimum?: number;
  /** The emergency sale the line bought from (for `sale_closed`, and `insufficient` on such a line). */
  @IsOptional() @IsUUID() emergencySaleId?: string;
}

export class StockReservationRejectedData {
  @IsUUID() orderId!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => RejectedLine)
  reasons!: RejectedLine[];
}

export class StockLine {
  @IsUUID() productId!: string;
  @IsInt() @Min(1) quantity!: number;
}

/** Why a reservation was released: the order was cancelled, or a lot it held was recalled before confirmation. */
export const STOCK_RELEASE_REASONS = ['cancelled', 'recalled'] as const;
export type StockReleaseReason = (typeof STOCK_RELEASE_REASONS)[number];

export class StockSettledData {
  @IsUUID() orderId!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => StockLine) lines!: StockLine[];
  /** Sent with releases since lot recalls; absent means `cancelled`. */
  @IsOptional() @IsIn(STOCK_RELEASE_REASONS) reason?: StockReleaseReason;
  /** The recalled lot, for a release with reason `recalled`. */
  @IsOptional() @IsUUID() lotId?: string;
}

export const StockReserved = defineEvent({
  type: 'catalog.stock.reserved.v1',
  topic: Topics.stock,
  payload: StockReservedData,
  description: 'Every line of an order was reserved, first-expiry-first-out, with the lots used.',
  subjectOf: (data) => data.orderId,
});

export const StockReservationRejected = defineEvent({
  type: 'catalog.stock.reservationRejected.v1',
  topic: Topics.stock,
  payload: StockReservationRejectedData,
  description: 'An order could not be reserved; nothing was reserved. One reason per failing line.',
  subjectOf: (data) => data.orderId,
});

export const StockReleased = defineEvent({
  type: 'catalog.stock.released.v1',
  topic: Topics.stock,
  payload: StockSettledData,
  description:
    "A cancelled order's reservation was released back to its lots, or an order not yet confirmed lost it to a lot recall (`reason: recalled`).",
  subjectOf: (data) => data.orderId,
});

export const StockCommitted = defineEvent({
  type: 'catalog.stock.committed.v1',
  topic: Topics.stock,
  payload: StockSettledData,
  description: "A completed order's reservation became a sale.",
  subjectOf: (data) => data.orderId,
});

/** A harvest lot as it stands: what is left to sell of it, and its last day of sale. */
export class LotLevel {
  @IsUUID() lotId!: string;
  @IsInt() @Min(0) available!: number;
  @IsCalendarDate() expiresOn!: string;
}

export class LotAddedData {
  @IsUUID() lotId!: string;
  @IsUUID() productId!: string;
  @IsUUID() producerId!: string;
  @Matches(/^\d{6}$/) countyCode!: string;
  @IsIn(PRODUCT_CATEGORIES) category!: ProductCategory;
  @IsInt() @Min(1) quantity!: number;
  @IsCalendarDate() harvestedOn!: string;
  @IsCalendarDate() expiresOn!: string;
}

export class LotExpiredData {
  @IsUUID() lotId!: string;
  @IsUUID() productId!: string;
  @IsUUID() producerId!: string;
  @Matches(/^\d{6}$/) countyCode!: string;
  @IsIn(PRODUCT_CATEGORIES) category!: ProductCategory;
  /** What the lot held when it was added. */
  @IsInt() @Min(1) quantity!: number;
  /** What was neither sold nor reserved when the lot passed its last day of sale. */
  @IsInt() @Min(0) quantityLeft!: number;
  @IsCalendarDate() expiresOn!: string;
}

export class StockLevelData {
  @IsUUID() productId!: string;
  @IsUUID() producerId!: string;
  @Matches(/^\d{6}$/) countyCode!: string;
  @IsIn(PRODUCT_CATEGORIES) category!: ProductCategory;
  /** Sum of what is left to sell of the unexpired lots. */
  @IsInt() @Min(0) available!: number;
  @IsInt() @Min(0) reserved!: number;
  /** Unexpired lots with something left to sell, first expiry first. */
  @IsArray() @ValidateNested({ each: true }) @Type(() => LotLevel) lots!: LotLevel[];
}

export const LotAdded = defineEvent({
  type: 'catalog.inventory.lotAdded.v1',
  topic: Topics.inventory,
  payload: LotAddedData,
  description: 'A producer added a harvest lot to a product.',
  subjectOf: (data) => data.productId,
});

export const LotExpired = defineEvent({
  type: 'catalog.inventory.lotExpired.v1',
  topic: Topics.inventory,
  payload: LotExpiredData,
  description: 'A lot passed its last day of sale, with the quantity left unsold (possibly none).',
  subjectOf: (data) => data.productId,
});

export const StockLevelChanged = defineEvent({
  type: 'catalog.inventory.levelChanged.v1',
  topic: Topics.inventory,
  payload: StockLevelData,
  description:
    "A product's stock changed (lot added or expired, stock reserved, released or sold): what is left to sell, per lot.",
  subjectOf: (data) => data.productId,
});

export const INVENTORY_EVENTS = [LotAdded, LotExpired, StockLevelChanged];

/** Every product event carries the full snapshot: a read model handles them all alike. */
export const PRODUCT_SNAPSHOT_EVENTS = [ProductRegistered, ProductUpdated, ProductListed, ProductDelisted];
export const COUNTY_SNAPSHOT_EVENTS = [CountyRegistered, CountyUpdated];

export const CATALOG_EVENTS = [
  CountyRegistered,
  CountyUpdated,
  ProducerRegistered,
  ProductRegistered,
  ProductUpdated,
  ProductListed,
  ProductDelisted,
  StockReserved,
  StockReservationRejected,
  StockReleased,
  StockCommitted,
  ...INVENTORY_EVENTS,
];
