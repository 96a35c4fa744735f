import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';

export const PRICE_REVIEW_DECISIONS = ['justified', 'corrected'] as const;
export type PriceReviewDecision = (typeof PRICE_REVIEW_DECISIONS)[number];

export class PriceReviewRequest {
  @ApiProperty({
    enum: PRICE_REVIEW_DECISIONS,
    description: '`justified`: the price stands for a reason; `corrected`: the producer has corrected it.',
  })
  @IsIn(PRICE_REVIEW_DECISIONS)
  decision!: PriceReviewDecision;

  @ApiProperty({ minLength: 1, maxLength: 2000, example: 'Hand-picked spring harvest, certified organic.' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note!: string;
}
