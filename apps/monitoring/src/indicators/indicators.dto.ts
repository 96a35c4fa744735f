import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PRODUCT_CATEGORIES, type ProductCategory } from '@hb/contracts';
import { PageQuery } from '@hb/platform';

export const GRANULARITIES = ['week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export class IndicatorsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES, description: 'One category; all of them when absent.' })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORIES)
  category?: ProductCategory;

  @ApiPropertyOptional({
    example: '522728',
    description: 'One county (needs a bearer token); all counties together when absent (public).',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'countyCode must be a 6-digit county code' })
  countyCode?: string;

  @ApiPropertyOptional({
    example: '2026-01-01',
    description: 'First day (UTC); 12 periods before `to` when absent.',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-06-30', description: 'Last day (UTC), included; today when absent.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ enum: GRANULARITIES, default: 'month' })
  @IsOptional()
  @IsIn(GRANULARITIES)
  granularity?: Granularity;
}

export class MarketIndicator {
  @ApiProperty({
    example: '2026-06',
    description: '`YYYY-MM` (month) or ISO week `YYYY-Www` (week, from Monday).',
  })
  period!: string;
  @ApiProperty({ enum: PRODUCT_CATEGORIES }) category!: ProductCategory;
  @ApiProperty({ type: String, nullable: true, description: 'Null: all counties together.' })
  countyCode!: string | null;
  @ApiProperty({ description: 'Quantity of the order lines placed in the period.' }) orderedQuantity!: number;
  @ApiProperty({ description: 'Quantity buyers accepted in the period.' }) acceptedQuantity!: number;
  @ApiProperty({ description: 'Value of what was accepted, in cents.' }) acceptedCents!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Median unit price of the accepted lines.' })
  medianUnitPriceCents!: number | null;
  @ApiProperty({ description: 'Products listed at the end of the period.' }) listedProducts!: number;
  @ApiProperty({ description: 'Unexpired stock left to sell at the end of the period.' })
  availableQuantity!: number;
  @ApiProperty({
    description: 'Of it, what expires within the near-expiry days after the end of the period.',
  })
  nearExpiryQuantity!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'accepted ÷ (accepted + available at the end) × 100, one decimal; null when both are 0.',
  })
  sellThroughPercent!: number | null;
}

export class MarketIndicatorPage {
  @ApiProperty({ type: [MarketIndicator] }) items!: MarketIndicator[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
