import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ColdChainProfileData, RejectedLine, ReservedLot } from '../catalog/events';
import { POVERTY_STATUSES, type PovertyStatus } from '../catalog/vocabulary';
import { defineEvent } from '../event-definition';
import { IsGtin14 } from '../gtin';
import { COLD_CHAIN_VERDICTS, type ColdChainVerdict } from '../logistics/events';
import { Topics } from '../topics';
import { IsCalendarDate } from '../calendar-date';

/** States of a bulk order (see apps/orders/src/orders/order-status.ts for the transitions). */
export const ORDER_STATUSES = [
  'PLACED',
  'CONFIRMED',
  'REJECTED',
  'IN_TRANSIT',
  'DELIVERED',
  'COMPLETED',
  'DISPUTED',
  'RESOLVED',
  'CANCELLED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export class PlacedLine {
  @IsUUID() productId!: string;
  @IsInt() @Min(1) quantity!: number;
  @IsInt() @Min(0) unitPriceCents!: number;
  @IsInt() @Min(0) lineTotalCents!: number;
  /** The emergency sale the line buys from (its held stock, at its price); absent for an ordinary line. */
  @IsOptional() @IsUUID() emergencySaleId?: string | null;
}

export class OrderPlacedData {
  @IsUUID() orderId!: string;
  @IsString() buyerId!: string;
  @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => PlacedLine) lines!: PlacedLine[];
  @IsInt() @Min(0) totalCents!: number;
  @IsISO8601() placedAt!: string;
}

export class ConfirmedLine {
  @IsUUID() productId!: string;
  @IsUUID() producerId!: string;
  @IsInt() @Min(1) quantity!: number;
  @ValidateNested() @Type(() => ColdChainProfileData) coldChainProfile!: ColdChainProfileData;
  /** The harvest lots the line was reserved from; absent from events written before lots were traced. */
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => ReservedLot) lots?: ReservedLot[];
  /**
   * The product's GS1 GTIN (14 digits) when the order was confirmed, which names its lots in EPCIS
   * exports; null or absent for a product without one.
   */
  @IsOptional() @IsGtin14() gtin?: string | null;
}

export class OrderConfirmedData {
  @IsUUID() orderId!: string;
  @IsString() buyerId!: string;
  @IsString() deliveryAddress!: string;
  @IsCalendarDate() requestedDeliveryDate!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => ConfirmedLine)
  lines!: ConfirmedLine[];
}

export class OrderRejectedData {
  @IsUUID() orderId!: string;
  @IsString() buyerId!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => RejectedLine) reasons!: RejectedLine[];
}

export class OrderInTransitData {
  @IsUUID() orderId!: string;
  @IsISO8601() at!: string;
}

export class DeliveredShipment {
  @IsUUID() shipmentId!: string;
  @IsUUID() producerId!: string;
  @IsIn(COLD_CHAIN_VERDICTS) coldChainVerdict!: ColdChainVerdict;
}

export class OrderDeliveredData {
  @IsUUID() orderId!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => DeliveredShipment) shipments!: DeliveredShipment[];
}

export class AcceptedLine {
  @IsUUID() productId!: string;
  @IsInt() @Min(0) acceptedQuantity!: number;
}

/** Who settled a delivered order: its buyer, or the auto-acceptance sweep after ORDERS_AUTO_ACCEPT_DAYS. */
export const SETTLERS = ['buyer', 'auto'] as const;
export type SettledBy = (typeof SETTLERS)[number];

export class OrderCompletedData {
  @IsUUID() orderId!: string;
  @IsOptional() @IsString() buyerId?: string;
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => AcceptedLine) lines?: AcceptedLine[];
  /** Always sent since relief audit; optional so that earlier events still parse. */
  @IsOptional() @IsIn(SETTLERS) settledBy?: SettledBy;
}

export class DisputedLine {
  @IsUUID() productId!: string;
  @IsInt() @Min(1) orderedQuantity!: number;
  @IsInt() @Min(0) acceptedQuantity!: number;
  @IsInt() @Min(0) refundCents!: number;
}

export class OrderDisputedData {
  @IsUUID() orderId!: string;
  @IsString() buyerId!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => DisputedLine) lines!: DisputedLine[];
  @IsInt() @Min(0) refundCents!: number;
  /** Always sent since relief audit; optional so that earlier events still parse. */
  @IsOptional() @IsIn(SETTLERS) settledBy?: SettledBy;
}

export const DISPUTE_RESOLUTIONS = ['refund', 'replacement', 'rejected'] as const;
export type DisputeResolution = (typeof DISPUTE_RESOLUTIONS)[number];

export class OrderDisputeResolvedData {
  @IsUUID() orderId!: string;
  @IsString() buyerId!: string;
  @IsIn(DISPUTE_RESOLUTIONS) resolution!: DisputeResolution;
  /** Refunded by the resolution, on top of the refused quantities refunded when the order was accepted. */
  @IsInt() @Min(0) refundCents!: number;
  @IsString() @Length(1, 2000) note!: string;
  @IsISO8601() resolvedAt!: string;
}

export class OrderCancelledData {
  @IsUUID() orderId!: string;
  @IsString() reason!: string;
}

export class ReliefContributionData {
  @IsUUID() entryId!: string;
  @IsUUID() orderId!: string;
  @IsString() buyerId!: string;
  @IsUUID() productId!: string;
  @IsUUID() producerId!: string;
  @Matches(/^\d{6}$/) countyCode!: string;
  /** The county's poverty status when recorded; null if the county was never announced to orders. */
  @IsOptional() @IsIn(POVERTY_STATUSES) povertyStatus!: PovertyStatus | null;
  @IsInt() @Min(1) quantity!: number;
  @IsInt() @Min(0) amountCents!: number;
  @IsISO8601() recordedAt!: string;
  /** The verdict of the line's shipment; `breached` means accepted despite a breach (reported apart). */
  @IsOptional() @IsIn(COLD_CHAIN_VERDICTS) coldChainVerdict?: ColdChainVerdict | null;
  /** The emergency sale the line was bought from, if any. */
  @IsOptional() @IsUUID() emergencySaleId?: string | null;
}

export class ReliefContributionReversedData {
  @IsUUID() entryId!: string;
  /** The contribution entry this reversal corrects. */
  @IsUUID() reverses!: string;
  @IsUUID() orderId!: string;
  @IsString() buyerId!: string;
  @IsUUID() productId!: string;
  @IsUUID() producerId!: string;
  @Matches(/^\d{6}$/) countyCode!: string;
  /** Negative: what leaves the county's and producer's totals. */
  @IsInt() @Max(-1) amountCents!: number;
  @IsOptional() @IsIn(COLD_CHAIN_VERDICTS) coldChainVerdict!: ColdChainVerdict | null;
  @IsString() reason!: string;
  @IsISO8601() recordedAt!: string;
}

const orderEvent = <T extends { orderId: string }>(fact: string, payload: new () => T, description: string) =>
  defineEvent<T>({
    type: `orders.order.${fact}.v1`,
    topic: Topics.order,
    payload,
    description,
    subjectOf: (data) => data.orderId,
  });

export const OrderPlaced = orderEvent(
  'placed',
  OrderPlacedData,
  'A buyer placed a bulk order; lines are priced from the tier in force.',
);
export const OrderConfirmed = orderEvent(
  'confirmed',
  OrderConfirmedData,
  'All stock was reserved; logistics ships it, one shipment per producer.',
);
export const OrderRejected = orderEvent(
  'rejected',
  OrderRejectedData,
  'Stock could not be reserved; the reasons per line are shown to the buyer.',
);
export const OrderInTransit = orderEvent(
  'inTransit',
  OrderInTransitData,
  'The first shipment of the order was picked up.',
);
export const OrderDelivered = orderEvent(
  'delivered',
  OrderDeliveredData,
  'Every shipment was delivered, each with its cold-chain verdict.',
);
export const OrderCompleted = orderEvent(
  'completed',
  OrderCompletedData,
  'The buyer accepted the delivery; the sale is final.',
);
export const OrderDisputed = orderEvent(
  'disputed',
  OrderDisputedData,
  'The buyer rejected some quantities (e.g. spoiled by a cold-chain breach); they are refunded.',
);
export const OrderDisputeResolved = orderEvent(
  'disputeResolved',
  OrderDisputeResolvedData,
  'An administrator resolved a dispute (refund, replacement or rejected); a refund reverses relief entries.',
);
export const OrderCancelled = orderEvent(
  'cancelled',
  OrderCancelledData,
  'An order was cancelled before dispatch (by its buyer, or because a step never answered).',
);

export const ReliefContributionRecorded = defineEvent({
  type: 'orders.relief.contributionRecorded.v1',
  topic: Topics.relief,
  payload: ReliefContributionData,
  description:
    'An accepted line of a relief-eligible product: the amount that reached a county and a producer.',
  subjectOf: (data) => data.entryId,
});

export const ReliefContributionReversed = defineEvent({
  type: 'orders.relief.contributionReversed.v1',
  topic: Topics.relief,
  payload: ReliefContributionReversedData,
  description:
    'A refund or correction after acceptance: a negative entry that reverses (part of) a contribution.',
  subjectOf: (data) => data.entryId,
});

export const ORDER_EVENTS = [
  OrderPlaced,
  OrderConfirmed,
  OrderRejected,
  OrderInTransit,
  OrderDelivered,
  OrderCompleted,
  OrderDisputed,
  OrderDisputeResolved,
  OrderCancelled,
  ReliefContributionRecorded,
  ReliefContributionReversed,
];
