import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ORDER_STATUSES, RECALL_CLASSES, type OrderStatus, type RecallClass } from '@hb/contracts';
import { PageQuery } from '@hb/platform';

export class ListRecallsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the orders one recalled lot reached.' })
  @IsOptional()
  @IsUUID()
  lotId?: string;

  @ApiPropertyOptional({
    description: 'Administrators only: one buyer’s recalls (buyers always see their own).',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  buyerId?: string;
}

export class RecallView {
  @ApiProperty({ example: '5f0c3c1e-8f7a-4d55-9a64-3f1f1f0b2a11' }) orderId!: string;
  @ApiProperty({ example: '0b7c1a52-5a9e-4c1f-9a43-5a6f0e1d7c11' }) lotId!: string;
  @ApiProperty({ example: '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b' }) productId!: string;
  @ApiProperty({ example: 'b7d1c2e3-4f5a-4b6c-8d7e-9f0a1b2c3d4e' }) buyerId!: string;
  @ApiProperty({ enum: RECALL_CLASSES, example: 'II' }) class!: RecallClass;
  @ApiProperty({ example: 'Pesticide residue above GB 2763 limits' }) reason!: string;
  @ApiProperty({ example: '2026-12-03T08:00:00.000Z', description: 'When catalog recalled the lot.' })
  recalledAt!: string;
  @ApiProperty({ example: '2026-12-03T08:00:00.412Z', description: 'When orders marked this order.' })
  markedAt!: string;
  @ApiProperty({ example: 80, description: 'How much of the order came from the lot.' }) quantity!: number;
  @ApiProperty({
    enum: ORDER_STATUSES,
    example: 'IN_TRANSIT',
    description: 'The order’s status when the recall reached it.',
  })
  orderStatusWhenFound!: OrderStatus;
  @ApiProperty({ example: 80, description: 'Refused (not yet accepted) or refunded (already accepted).' })
  refusedQuantity!: number;
  @ApiProperty({
    example: 632000,
    description: 'Refunded now (accepted lines) or at settlement (the others).',
  })
  refundCents!: number;
  @ApiProperty({ example: 632000, description: 'Taken back from the relief ledger by reversal entries.' })
  reversedCents!: number;
}

export class RecallPage {
  @ApiProperty({ type: [RecallView] }) items!: RecallView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
