import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, PRODUCT_CATEGORIES, type ProductCategory } from '@hb/contracts';

/** Records per request: a year of weeks of every category of a county fits in one. */
const MAX_RECORDS = 1000;

/** One period of one market, as the county's previous platform exported it. */
export class MarketHistoryRecord {
  @ApiProperty({ example: '513431' })
  @Matches(/^\d{6}$/, { message: 'countyCode must be a 6-digit county code' })
  countyCode!: string;

  @ApiProperty({ enum: PRODUCT_CATEGORIES, example: 'tea' })
  @IsIn(PRODUCT_CATEGORIES)
  category!: ProductCategory;

  @ApiProperty({ example: '2026-08-03', description: 'First day of the period (UTC), from 2000 on.' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({
    example: '2026-08-09',
    description: 'Last day of the period, included; before today, at most 92 days after from.',
  })
  @IsCalendarDate()
  to!: string;

  @ApiProperty({ example: 1200, description: 'Units ordered in the period.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  orderedQuantity!: number;

  @ApiProperty({
    example: 12,
    description: 'Order lines behind orderedQuantity (each of at least one unit).',
  })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  orderLines!: number;

  @ApiProperty({ example: 1150, description: 'Units buyers accepted in the period.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  acceptedQuantity!: number;

  @ApiProperty({ example: 9_200_000, description: 'What the accepted units were paid, in cents.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  acceptedCents!: number;

  @ApiProperty({ example: 11, description: 'Accepted order lines: data points of the median price.' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  acceptedLines!: number;
}

export class ImportMarketHistoryRequest {
  @ApiProperty({
    example: 'Zhaojue county e-commerce centre, export of 2026-10-12',
    description: 'Where the figures come from (kept with them).',
  })
  @IsString()
  @Length(1, 200)
  source!: string;

  @ApiProperty({ type: [MarketHistoryRecord], minItems: 1, maxItems: MAX_RECORDS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RECORDS)
  @ValidateNested({ each: true })
  @Type(() => MarketHistoryRecord)
  records!: MarketHistoryRecord[];
}

export class MarketHistoryImportView {
  @ApiProperty({ description: 'Periods recorded by this request.' })
  recorded!: number;
  @ApiProperty({
    description: 'Periods recorded before with the same figures (a re-import changes nothing).',
  })
  alreadyRecorded!: number;
}
