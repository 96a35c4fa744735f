import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { TELEMETRY_LIMITS, type TelemetryReading } from '@hb/contracts';
import { IsTimestamp } from '../timestamps';

const { minTemperatureC, maxTemperatureC, maxReadingsPerBatch } = TELEMETRY_LIMITS;
const finite = { allowNaN: false, allowInfinity: false };

/** The same rules as the Kafka contract's telemetryReadingProblems, field by field for the API's errors. */
export class ReadingInput implements TelemetryReading {
  @ApiProperty({
    example: 'TT-4G-860123045678901',
    description: 'The logger (one shipment may carry several).',
  })
  @IsString()
  @Length(1, 100)
  deviceId!: string;

  @ApiProperty({
    example: '2026-11-28T07:15:00+08:00',
    description:
      'Device time of the measurement (ISO-8601 with a UTC offset); at most 5 minutes ahead of ours.',
  })
  @IsTimestamp()
  recordedAt!: string;

  @ApiProperty({ example: 2.6, minimum: minTemperatureC, maximum: maxTemperatureC })
  @IsNumber(finite)
  @Min(minTemperatureC)
  @Max(maxTemperatureC)
  temperatureC!: number;

  @ApiPropertyOptional({ example: 88, minimum: 0, maximum: 100, nullable: true, type: Number })
  @IsOptional()
  @IsNumber(finite)
  @Min(0)
  @Max(100)
  humidityPct?: number | null;

  @ApiPropertyOptional({ example: 26.7719, minimum: -90, maximum: 90, nullable: true, type: Number })
  @IsOptional()
  @IsNumber(finite)
  @Min(-90)
  @Max(90)
  lat?: number | null;

  @ApiPropertyOptional({ example: 106.5723, minimum: -180, maximum: 180, nullable: true, type: Number })
  @IsOptional()
  @IsNumber(finite)
  @Min(-180)
  @Max(180)
  lon?: number | null;
}

export class PostReadingsRequest {
  @ApiProperty({
    type: [ReadingInput],
    minItems: 1,
    maxItems: maxReadingsPerBatch,
    description: `1 to ${maxReadingsPerBatch} readings, stored all or none; a reading already stored (same logger and device time) is skipped.`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(maxReadingsPerBatch)
  @ValidateNested({ each: true })
  @Type(() => ReadingInput)
  readings!: ReadingInput[];
}

export class ReadingsReceipt {
  @ApiProperty({ example: 120, description: 'Readings in the request.' }) received!: number;
  @ApiProperty({ example: 118, description: 'Readings stored by this request.' }) stored!: number;
  @ApiProperty({ example: 2, description: 'Readings already stored before (same logger and device time).' })
  duplicates!: number;
  @ApiProperty({
    example: 0,
    description: 'Readings recorded after the delivery, which are not part of the trip.',
  })
  afterDelivery!: number;
}
