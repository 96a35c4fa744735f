import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ColdChainProfileView, ExcursionView } from '../shipments/shipment.dto';
import { DEFAULT_BUCKET } from './bucket';

export class TemperatureHistoryQuery {
  @ApiPropertyOptional({
    example: '5m',
    default: DEFAULT_BUCKET,
    description: 'Resolution: a whole number of minutes, hours or days (1m to 1d).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  bucket?: string;
}

export class TemperatureBucketView {
  @ApiProperty({
    example: '2026-11-28T09:10:00.000Z',
    description: 'Start of the bucket (UTC, aligned to the hour).',
  })
  start!: string;
  @ApiProperty({ example: 2.4 }) minC!: number;
  @ApiProperty({ example: 7.4 }) maxC!: number;
  @ApiProperty({ example: 4.87 }) meanC!: number;
  @ApiProperty({ example: 5 }) readings!: number;
}

export class TemperatureHistoryView {
  @ApiProperty({ example: '7c9e6679-7425-40de-944b-e07fc1f90ae7' }) shipmentId!: string;
  @ApiProperty({ example: '5m' }) bucket!: string;
  @ApiProperty({ type: ColdChainProfileView }) coldChainProfile!: ColdChainProfileView;
  @ApiProperty({
    type: [TemperatureBucketView],
    description: 'Buckets with readings, oldest first (by device time).',
  })
  buckets!: TemperatureBucketView[];
  @ApiProperty({ type: [ExcursionView], description: 'Excursion intervals to mark on the chart.' })
  excursions!: ExcursionView[];
  @ApiProperty({
    example: 3.41,
    nullable: true,
    type: Number,
    description: 'Mean kinetic temperature of the trip so far.',
  })
  mktC!: number | null;
}
