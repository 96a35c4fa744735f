import type { TracedLotRow } from './lot-trace.repository';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { RECALL_CLASSES, type RecallClass } from '@hb/contracts';

const LOT_ID = '0b7c1a52-5a9e-4c1f-9a43-5a6f0e1d7c11';
const ORDER_ID = '5f0c3c1e-8f7a-4d55-9a64-3f1f1f0b2a11';

export class RecallLotRequest {
  @ApiProperty({
    example: 'Pesticide residue above GB 2763 limits in the county inspection of 2026-12-02',
    description: 'Why the lot is recalled; shown to every buyer it reached.',
  })
  @IsString()
  @Length(3, 2000)
  reason!: string;

  @ApiProperty({
    enum: RECALL_CLASSES,
    example: 'II',
    description: 'I: a serious health hazard; II: a possible, temporary one; III: unlikely to harm.',
  })
  @IsIn(RECALL_CLASSES)
  class!: RecallClass;
}

export class LotRecallView {
  @ApiProperty({ enum: RECALL_CLASSES, example: 'II' }) class!: RecallClass;
  @ApiProperty({ example: 'Pesticide residue above GB 2763 limits' }) reason!: string;
  @ApiProperty({ example: '2026-12-03T08:00:00.000Z' }) at!: string;
}

export class TracedLotView {
  @ApiProperty({ example: LOT_ID }) id!: string;
  @ApiProperty({ example: '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b' }) productId!: string;
  @ApiProperty({ example: 'e1c2d3f4-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }) producerId!: string;
  @ApiProperty({ example: '513431' }) countyCode!: string;
  @ApiProperty({ example: 2000 }) quantity!: number;
  @ApiProperty({ example: '2026-11-20' }) harvestedOn!: string;
  @ApiProperty({ example: '2027-11-19' }) expiresOn!: string;
  @ApiProperty({ example: 500, description: 'Held for orders not yet completed or cancelled.' })
  reserved!: number;
  @ApiProperty({ example: 300, description: 'Sold to completed orders.' }) committed!: number;
  @ApiProperty({ example: 1200, description: 'Taken out of sale by a recall.' }) blocked!: number;
  @ApiProperty({ type: LotRecallView, nullable: true, description: 'Null unless recalled.' })
  recall!: LotRecallView | null;
}

export const TRACE_RESERVATION_STATUSES = ['reserved', 'confirmed', 'released', 'committed'] as const;
export type TraceReservationStatus = (typeof TRACE_RESERVATION_STATUSES)[number];

export class LotReservationView {
  @ApiProperty({ example: ORDER_ID }) orderId!: string;
  @ApiProperty({
    example: 'b7d1c2e3-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
    nullable: true,
    type: String,
    description: 'Null for reservations made before lots were traced.',
  })
  buyerId!: string | null;
  @ApiProperty({ example: 120, description: 'Units of this lot the order holds (or held).' })
  quantity!: number;
  @ApiProperty({
    enum: TRACE_RESERVATION_STATUSES,
    example: 'confirmed',
    description:
      '`reserved` (order not yet confirmed), `confirmed`, `released` (order cancelled, or lost its reservation to a recall), `committed` (goods taken).',
  })
  status!: TraceReservationStatus;
}

export class LotTraceView {
  @ApiProperty({ type: TracedLotView }) lot!: TracedLotView;
  @ApiProperty({
    type: [LotReservationView],
    description: 'Every order the lot was reserved for, oldest first.',
  })
  reservations!: LotReservationView[];
}

export class LotRecallResult {
  @ApiProperty({ type: TracedLotView }) lot!: TracedLotView;
  @ApiProperty({
    type: [String],
    example: [ORDER_ID],
    description:
      'Orders not yet confirmed whose reservation was released (orders rejects them, reason `recalled`).',
  })
  releasedOrderIds!: string[];
}

export const toTracedLotView = (row: TracedLotRow): TracedLotView => ({
  id: row.id,
  productId: row.product_id,
  producerId: row.producer_id,
  countyCode: row.county_code,
  quantity: row.quantity,
  harvestedOn: row.harvested_on,
  expiresOn: row.expires_on,
  reserved: row.reserved,
  committed: row.committed,
  blocked: row.blocked,
  recall:
    row.recalled_at && row.recall_class
      ? { class: row.recall_class, reason: row.recall_reason ?? '', at: row.recalled_at.toISOString() }
      : null,
});
