import type { ExcursionRecord } from '../cold-chain/excursion.entity';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import {
  COLD_CHAIN_VERDICTS,
  EXCURSION_DIRECTIONS,
  EXCURSION_SEVERITIES,
  SHIPMENT_STATUSES,
  type ColdChainVerdict,
  type ExcursionDirection,
  type ExcursionSeverity,
  type ShipmentStatus,
} from '@hb/contracts';
import { PageQuery } from '@hb/platform';

const SHIPMENT_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const ORDER_ID = '5f0c3c1e-8f7a-4d55-9a64-3f1f1f0b2a11';
const PRODUCER_ID = 'e1c2d3f4-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

export class ListShipmentsQuery extends PageQuery {
  @ApiPropertyOptional({ example: ORDER_ID })
  @IsOptional()
  @IsUUID()
  orderId?: string;

  @ApiPropertyOptional({ enum: SHIPMENT_STATUSES, example: 'in_transit' })
  @IsOptional()
  @IsIn(SHIPMENT_STATUSES)
  status?: ShipmentStatus;

  @ApiPropertyOptional({ example: 'guiyang-coldlink', description: 'The holding operator organisation.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  operatorId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only shipments carrying this harvest lot (logistics’ part of a lot’s trace).',
  })
  @IsOptional()
  @IsUUID()
  lotId?: string;
}

export class ShipmentLotView {
  @ApiProperty({ example: '0b7c1a52-5a9e-4c1f-9a43-5a6f0e1d7c11' }) lotId!: string;
  @ApiProperty({ example: '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b' }) productId!: string;
  @ApiProperty({ example: 80 }) quantity!: number;
  @ApiProperty({
    example: '2026-11-20',
    nullable: true,
    type: String,
    description: 'Null for lots of orders confirmed before harvest dates were carried.',
  })
  harvestedOn!: string | null;
  @ApiProperty({ example: '2027-11-19' }) expiresOn!: string;
  @ApiProperty({
    example: '06901234567892',
    nullable: true,
    type: String,
    description:
      "The GS1 GTIN (14 digits) of the lot's product, naming the lot in EPCIS exports; null for a product without one.",
  })
  gtin!: string | null;
}

export class ColdChainProfileView {
  @ApiProperty({ example: 0 }) minC!: number;
  @ApiProperty({ example: 4 }) maxC!: number;
  @ApiProperty({ example: 30, description: 'How long the goods may stay out of range in one excursion.' })
  maxDwellMinutes!: number;
}

export class ShipmentLineView {
  @ApiProperty({ example: '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b' }) productId!: string;
  @ApiProperty({ example: 300 }) quantity!: number;
  @ApiProperty({ type: ColdChainProfileView }) coldChainProfile!: ColdChainProfileView;
}

export class CustodyView {
  @ApiProperty({ enum: SHIPMENT_STATUSES, example: 'picked_up', description: 'The status this move led to.' })
  type!: ShipmentStatus;
  @ApiProperty({ enum: SHIPMENT_STATUSES, example: 'created' }) from!: ShipmentStatus;
  @ApiProperty({ example: '2026-11-28T06:30:00.000Z' }) at!: string;
  @ApiProperty({ example: 'Xiuwen Kiwifruit Cooperative cold store, Xiuwen County, Guiyang' })
  location!: string;
  @ApiProperty({ example: 'Li Ming, warehouse keeper, Xiuwen Kiwifruit Cooperative' }) handedOverBy!: string;
  @ApiProperty({ example: 'Wang Qiang, driver, Guiyang ColdLink (truck Gui A-C3172)' }) receivedBy!: string;
  @ApiProperty({ example: 'guiyang-coldlink' }) operatorId!: string;
  @ApiProperty({ example: '2026-11-28T06:31:12.000Z', description: 'When it was posted.' })
  recordedAt!: string;
}

export class ExcursionView {
  @ApiProperty({ example: '0b8f5a7e-3d61-4f7c-9a2e-61c5d7e8f901' }) id!: string;
  @ApiProperty({ enum: EXCURSION_DIRECTIONS, example: 'above' }) direction!: ExcursionDirection;
  @ApiProperty({
    example: '2026-11-28T09:10:00.000Z',
    description: 'Device time of the first reading out of range.',
  })
  start!: string;
  @ApiProperty({
    example: '2026-11-28T09:52:00.000Z',
    nullable: true,
    type: String,
    description: 'Device time of the reading back in range; null while it lasts.',
  })
  end!: string | null;
  @ApiProperty({ example: 7.4, description: 'The reading furthest out of range.' }) peakC!: number;
  @ApiProperty({ example: 42 }) minutes!: number;
  @ApiProperty({ enum: EXCURSION_SEVERITIES, example: 'major' }) severity!: ExcursionSeverity;
}

export class ColdChainFiguresView {
  @ApiProperty({ example: 1.2 }) minC!: number;
  @ApiProperty({ example: 7.4 }) maxC!: number;
  @ApiProperty({ example: 42 }) minutesOutOfRange!: number;
  @ApiProperty({ example: 42 }) longestExcursionMinutes!: number;
  @ApiProperty({ example: 3.41, nullable: true, type: Number, description: 'Mean kinetic temperature, °C.' })
  mktC!: number | null;
  @ApiProperty({ example: 864 }) readings!: number;
}

export class ShipmentView {
  @ApiProperty({ example: SHIPMENT_ID }) id!: string;
  @ApiProperty({ example: ORDER_ID }) orderId!: string;
  @ApiProperty({ example: 'b7d1c2e3-4f5a-4b6c-8d7e-9f0a1b2c3d4e' }) buyerId!: string;
  @ApiProperty({ example: PRODUCER_ID, description: 'The origin: the producer the goods leave from.' })
  producerId!: string;
  @ApiProperty({
    example: 'guiyang-coldlink',
    nullable: true,
    type: String,
    description: 'Null until claimed.',
  })
  operatorId!: string | null;
  @ApiProperty({ enum: SHIPMENT_STATUSES, example: 'in_transit' }) status!: ShipmentStatus;
  @ApiProperty({
    type: ColdChainProfileView,
    description:
      "The range all of the producer's lines tolerate (warmest minimum, coldest maximum, shortest dwell).",
  })
  coldChainProfile!: ColdChainProfileView;
  @ApiProperty({ type: [ShipmentLineView] }) lines!: ShipmentLineView[];
  @ApiProperty({
    type: [ShipmentLotView],
    description:
      'The harvest lots it carries (empty for shipments of orders confirmed before lots were traced).',
  })
  lots!: ShipmentLotView[];
  @ApiProperty({
    example: false,
    description:
      'A lot it carries was recalled while it was moving: its operator may hold it (custody type `held`).',
  })
  recalled!: boolean;
  @ApiProperty({
    example: 'Guiyang No. 3 Middle School canteen, 88 Zhonghua North Road, Yunyan District',
    nullable: true,
    type: String,
    description: 'Null for county officials, who see their producers’ shipments without buyer addresses.',
  })
  deliveryAddress!: string | null;
  @ApiProperty({ example: '2026-12-01' }) requestedDeliveryDate!: string;
  @ApiProperty({ type: [CustodyView], description: 'The chain of custody, oldest first.' })
  custody!: CustodyView[];
  @ApiProperty({
    enum: COLD_CHAIN_VERDICTS,
    nullable: true,
    example: 'ok',
    description: 'Decided at delivery; null before.',
  })
  coldChainVerdict!: ColdChainVerdict | null;
  @ApiProperty({
    type: ColdChainFiguresView,
    nullable: true,
    description:
      'As announced at delivery; before delivery, from the readings so far; null without readings.',
  })
  coldChainFigures!: ColdChainFiguresView | null;
  @ApiProperty({ type: [ExcursionView], description: 'Excursions so far, oldest first.' })
  excursions!: ExcursionView[];
  @ApiProperty({ example: '2026-11-28T06:00:00.000Z', nullable: true, type: String }) claimedAt!:
    string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) deliveredAt!: string | null;
  @ApiProperty({ example: '2026-11-27T09:30:00.000Z' }) createdAt!: string;
}

export class ShipmentPage {
  @ApiProperty({ type: [ShipmentView] }) items!: ShipmentView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export const toExcursionView = (record: ExcursionRecord): ExcursionView => ({
  id: record.id,
  direction: record.direction,
  start: record.startedAt.toISOString(),
  end: record.endedAt?.toISOString() ?? null,
  peakC: record.peakC,
  minutes: record.minutes,
  severity: record.severity,
});
