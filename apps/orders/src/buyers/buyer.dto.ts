import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Max, Min, ValidateBy } from 'class-validator';
import { isAssistingRegionCode } from '@hb/contracts';
import { PageQuery } from '@hb/platform';
import { BUYER_KINDS, type BuyerKind } from './buyer.entity';
import type { Buyer } from './buyer.entity';

/**
 * At most two decimal places (a percentage with cents of a percent). Not class-validator's
 * `maxDecimalPlaces`: it reads the decimals off `String(value)` and throws on a number printed in
 * exponent form (1e-7, -5e-324), which made such a pledge a 500.
 */
export const hasAtMostTwoDecimals = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(2)) === value;

const AtMostTwoDecimals = () =>
  ValidateBy({
    name: 'atMostTwoDecimals',
    validator: {
      validate: hasAtMostTwoDecimals,
      defaultMessage: () => 'pledgedSharePercent must have at most 2 decimal places',
    },
  });

const IsBuyerRegionCode = () =>
  ValidateBy({
    name: 'isBuyerRegionCode',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isAssistingRegionCode(value),
      defaultMessage: () =>
        'regionCode must be the 6-digit code of the district or county-level city (e.g. 510703) or city (e.g. 510700) where the buyer is',
    },
  });

export class RegisterBuyerRequest {
  @ApiProperty({ example: 'Mianyang Municipal Government Canteen' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @ApiProperty({ enum: BUYER_KINDS, example: 'budget_unit' })
  @IsIn(BUYER_KINDS)
  kind!: BuyerKind;

  @ApiProperty({
    example: '510703',
    description:
      'Where the buyer is: a district or county-level city code (or a city code). Required for new buyers; its spending counts under the pairings of regions that cover it.',
  })
  @IsBuyerRegionCode()
  regionCode!: string;

  @ApiPropertyOptional({ example: 1_200_000_00, description: 'Annual food budget in cents (yuan × 100).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  annualFoodBudgetCents?: number;

  @ApiPropertyOptional({
    example: 15,
    description:
      'Share of the food budget pledged to poverty-area products, percent (at least 10 for budget units; 15 encouraged).',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @AtMostTwoDecimals()
  @Min(0)
  @Max(100)
  pledgedSharePercent?: number;
}

export class BuyerView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: BUYER_KINDS }) kind!: BuyerKind;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '510703',
    description: 'Null for buyers registered before regions were recorded.',
  })
  regionCode!: string | null;
  @ApiProperty({ nullable: true, type: Number }) annualFoodBudgetCents!: number | null;
  @ApiProperty({ nullable: true, type: Number }) pledgedSharePercent!: number | null;
}

export class ListBuyersQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'Mianyang Municipal Government Canteen', description: 'Exact name.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;
}

export class BuyerPage {
  @ApiProperty({ type: [BuyerView] }) items!: BuyerView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

/** A buyer as the API shows it. */
export function toBuyerView(buyer: Buyer): BuyerView {
  return {
    id: buyer.id,
    name: buyer.name,
    kind: buyer.kind,
    regionCode: buyer.regionCode,
    annualFoodBudgetCents: buyer.annualFoodBudgetCents,
    pledgedSharePercent: buyer.pledgedSharePercent,
  };
}
