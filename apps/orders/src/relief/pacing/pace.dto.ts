import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '@hb/platform';

export class ListBuyerPacesQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description:
      '`true`: only buyers behind their pace by more than RELIEF_PACE_TOLERANCE_PERCENT of it (not `onPace`); `false`: only the others. Absent: every pledged buyer.',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  behindPace?: 'true' | 'false';
}

/** Pace fields shared by a buyer's progress and the list of buyers. */
export class PaceFields {
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 16_500_000,
    description: 'Pledged × the elapsed share of the calendar year (null without a pledge).',
  })
  paceCents!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 14_150_000,
    description: 'Pace minus spent, 0 when ahead (null without a pledge).',
  })
  behindPaceCents!: number | null;
  @ApiProperty({
    nullable: true,
    type: Boolean,
    example: false,
    description: 'Not behind by more than RELIEF_PACE_TOLERANCE_PERCENT (default 10) of the pace.',
  })
  onPace!: boolean | null;
}

export class BuyerPace {
  @ApiProperty({ format: 'uuid' }) buyerId!: string;
  @ApiProperty({ example: 'Fucheng No. 1 Middle School canteen' }) name!: string;
  @ApiProperty({ example: 'budget_unit' }) kind!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 18_000_000 }) pledgedCents!: number;
  @ApiProperty({ example: 2_350_000 }) spentCents!: number;
  @ApiProperty({ example: 16_500_000 }) paceCents!: number;
  @ApiProperty({ example: 14_150_000 }) behindPaceCents!: number;
  @ApiProperty({ example: false }) onPace!: boolean;
  @ApiProperty({ example: 15_650_000, description: 'Still to spend to reach the pledge.' })
  remainingCents!: number;
}

export class BuyerPacePage {
  @ApiProperty({ type: [BuyerPace], description: 'Furthest behind first.' }) items!: BuyerPace[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
