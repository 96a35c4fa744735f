import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  COLD_CHAIN_VERDICTS,
  DISPUTE_RESOLUTIONS,
  IsCalendarDate,
  ORDER_STATUSES,
  RECALL_CLASSES,
  RESERVATION_REJECTION_REASONS,
  SETTLERS,
  type ColdChainVerdict,
  type DisputeResolution,
  type OrderStatus,
  type RecallClass,
  type RejectedLine,
  type ReservationRejectionReason,
  type SettledBy,
} from '@hb/contracts';
import { PageQuery } from '@hb/platform';
import { ORDER_SHIPMENT_STATUSES } from './order-shipment.entity';

export const MAX_ORDER_LINES = 100;
/** An override of a cold-chain breach says why in a sentence, not a word. */
export const MIN_OVERRIDE_REASON = 10;

export class OrderLineRequest {
  @ApiProperty({ example: '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b' })
  @IsUUID()
  productId!: string;

  @ApiProperty({
    example: 120,
    description: "Units of the product's unit, at least its minimum order quantity.",
  })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  quantity!: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "Buy from this open emergency sale of the product: priced at the sale's unit price and served from its held stock (the product's minimum order does not apply). 409 when the sale is closed.",
  })
  @IsOptional()
  @IsUUID()
  emergencySaleId?: string;
}

export class PlaceOrderRequest {
  @ApiProperty({
    type: [OrderLineRequest],
    minItems: 1,
    maxItems: MAX_ORDER_LINES,
    description: `1 to ${MAX_ORDER_LINES} lines, each product once.`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ORDER_LINES)
  @ValidateNested({ each: true })
  @Type(() => OrderLineRequest)
  lines!: OrderLineRequest[];

  @ApiProperty({
    example: 'Mianyang No. 1 Middle School canteen, 12 Changhong Ave, Fucheng District, Mianyang',
  })
  @IsString()
  @Length(5, 500)
  deliveryAddress!: string;

  @ApiProperty({ example: '2026-12-05', description: '`YYYY-MM-DD`, today or later.' })
  @IsCalendarDate()
  requestedDeliveryDate!: string;
}

export class AcceptLineRequest {
  @ApiProperty({ example: '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b' })
  @IsUUID()
  productId!: string;

  @ApiPropertyOptional({
    example: 80,
    description: 'What the buyer keeps; the rest of the line is refused and refunded. Default: all of it.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  acceptedQuantity?: number;

  @ApiPropertyOptional({
    example: 'Cooked the same day; the cold room log shows 3 °C on arrival',
    minLength: MIN_OVERRIDE_REASON,
    maxLength: 1000,
    description:
      'Required to keep any of a line whose shipment breached the cold chain (refuse it with acceptedQuantity 0 otherwise); only for such lines.',
  })
  @IsOptional()
  @IsString()
  @Length(MIN_OVERRIDE_REASON, 1000)
  overrideReason?: string;
}

export class AcceptOrderRequest {
  @ApiPropertyOptional({
    type: [AcceptLineRequest],
    maxItems: MAX_ORDER_LINES,
    description:
      'Accepted quantity per line; lines left out are accepted whole. Absent: everything is accepted. A line whose shipment breached the cold chain must be refused (acceptedQuantity 0) or kept with an overrideReason (422 /problems/breached-cold-chain otherwise).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ORDER_LINES)
  @ValidateNested({ each: true })
  @Type(() => AcceptLineRequest)
  lines?: AcceptLineRequest[];
}

export class ResolveDisputeRequest {
  @ApiProperty({ enum: DISPUTE_RESOLUTIONS, example: 'refund' })
  @IsIn(DISPUTE_RESOLUTIONS)
  resolution!: DisputeResolution;

  @ApiPropertyOptional({
    example: 50_000,
    description:
      'For `refund` only (required, at least 1): refunded on top of the refused quantities, taken from the accepted lines in proportion to their value; the relief ledger reverses the relief share.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  refundCents?: number;

  @ApiProperty({ example: 'Producer agreed: 5 kg arrived mouldy, photos in ticket 1182.' })
  @IsString()
  @Length(1, 2000)
  note!: string;
}

export class ListOrdersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only orders a harvest lot was reserved for (orders’ part of a lot’s trace).',
  })
  @IsOptional()
  @IsUUID()
  lotId?: string;
}

export class OrderLineView {
  @ApiProperty({ example: '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b' }) productId!: string;
  @ApiProperty({ example: 'e1c2d3f4-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }) producerId!: string;
  @ApiProperty({ example: 120 }) quantity!: number;
  @ApiProperty({
    example: 7900,
    description: 'From the tier in force for this quantity when the order was placed.',
  })
  unitPriceCents!: number;
  @ApiProperty({ example: 948000 }) lineTotalCents!: number;
  @ApiProperty({ example: true, description: 'Counted as consumption relief (as it stood when placed).' })
  reliefEligible!: boolean;
  @ApiProperty({ example: null, nullable: true, type: Number }) acceptedQuantity!: number | null;
  @ApiProperty({
    enum: COLD_CHAIN_VERDICTS,
    nullable: true,
    description: "The verdict of the line's shipment, recorded when the order is settled.",
  })
  coldChainVerdict!: ColdChainVerdict | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why a breached line was kept.' })
  overrideReason!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The emergency sale the line buys from (null for an ordinary line).',
  })
  emergencySaleId!: string | null;
  @ApiProperty({
    example: 0,
    description:
      'Taken away by lot recalls: refused when the order is settled, or refunded (and reversed in the relief ledger) if it already was.',
  })
  recalledQuantity!: number;
  @ApiProperty({
    type: () => [OrderLineLotView],
    description: 'The harvest lots the line was reserved from (empty until confirmed).',
  })
  lots!: OrderLineLotView[];
}

export class OrderLineLotView {
  @ApiProperty({ example: '0b7c1a52-5a9e-4c1f-9a43-5a6f0e1d7c11' }) lotId!: string;
  @ApiProperty({ example: 80 }) quantity!: number;
  @ApiProperty({
    example: '2026-11-20',
    nullable: true,
    type: String,
    description: 'Null for orders confirmed before lots were traced.',
  })
  harvestedOn!: string | null;
  @ApiProperty({ example: '2027-11-19' }) expiresOn!: string;
}

export class OrderRecallView {
  @ApiProperty({ example: '0b7c1a52-5a9e-4c1f-9a43-5a6f0e1d7c11' }) lotId!: string;
  @ApiProperty({ enum: RECALL_CLASSES, example: 'II' }) class!: RecallClass;
  @ApiProperty({ example: 'Pesticide residue above GB 2763 limits' }) reason!: string;
  @ApiProperty({ example: '2026-12-03T08:00:00.000Z', description: 'When catalog recalled the lot.' })
  at!: string;
}

export class ShipmentView {
  @ApiProperty() shipmentId!: string;
  @ApiProperty() producerId!: string;
  @ApiProperty({ enum: ORDER_SHIPMENT_STATUSES, example: 'delivered' }) status!: string;
  @ApiProperty({ enum: COLD_CHAIN_VERDICTS, example: 'ok', nullable: true }) coldChainVerdict!: string | null;
}

/** A line catalog could not reserve (catalog.stock.reservationRejected.v1), as the order shows it. */
export class RejectedLineView implements RejectedLine {
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty({ enum: RESERVATION_REJECTION_REASONS }) reason!: ReservationRejectionReason;
  @ApiProperty({ example: 100 }) requested!: number;
  @ApiPropertyOptional({ description: 'What could have been reserved (for `insufficient`).' })
  available?: number;
  @ApiPropertyOptional({ description: 'The minimum order quantity (for `below_minimum`).' })
  minimum?: number;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The emergency sale of the line (for `sale_closed`, or `insufficient` on such a line).',
  })
  emergencySaleId?: string;
}
export class OrderView {
  @ApiProperty() id!: string;
  @ApiProperty() buyerId!: string;
  @ApiProperty({ enum: ORDER_STATUSES }) status!: OrderStatus;
  @ApiProperty({ type: [OrderLineView] }) lines!: OrderLineView[];
  @ApiProperty({ example: 948000 }) totalCents!: number;
  @ApiProperty({ example: 0 }) refundCents!: number;
  @ApiProperty({
    type: [RejectedLineView],
    nullable: true,
    description: 'Why catalog could not reserve, per line.',
  })
  rejectionReasons!: RejectedLine[] | null;
  @ApiProperty({ nullable: true, type: String }) cancelReason!: string | null;
  @ApiProperty() deliveryAddress!: string;
  @ApiProperty({ example: '2026-12-05' }) requestedDeliveryDate!: string;
  @ApiProperty({ type: [ShipmentView] }) shipments!: ShipmentView[];
  @ApiProperty({ example: '2026-11-27T09:30:00.000Z' }) placedAt!: string;
  @ApiProperty({ nullable: true, type: String, example: '2026-11-29T14:00:00.000Z' }) deliveredAt!:
    string | null;
  @ApiProperty({ nullable: true, type: String }) acceptedAt!: string | null;
  @ApiProperty({
    enum: SETTLERS,
    nullable: true,
    description: 'Who settled the delivery: the buyer, or the auto-acceptance sweep.',
  })
  settledBy!: SettledBy | null;
  @ApiProperty({ enum: DISPUTE_RESOLUTIONS, nullable: true }) resolution!: DisputeResolution | null;
  @ApiProperty({ nullable: true, type: String }) resolutionNote!: string | null;
  @ApiProperty({
    type: OrderRecallView,
    nullable: true,
    description:
      'The first recalled lot that reached this order (all of them: `GET /v1/recalls`); null if none.',
  })
  recall!: OrderRecallView | null;
}

export class OrderPage {
  @ApiProperty({ type: [OrderView] }) items!: OrderView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
