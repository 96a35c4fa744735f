import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { RISK_LEVELS, type RiskLevel } from '@hb/contracts';
import { PageQuery } from '@hb/platform';
import type { ProducerRiskRow } from './producer-risk.repository';
import { RISK_FACTORS } from './risk-score';

export class RiskFactorView {
  @ApiProperty({ enum: RISK_FACTORS.map((f) => f.factor) }) factor!: string;
  @ApiProperty() value!: number;
  @ApiProperty({ description: 'Points of the score the factor adds once its value is above its threshold.' })
  weight!: number;
  @ApiProperty() threshold!: number;
}

export class ProducerRiskView {
  @ApiProperty({ format: 'uuid' }) producerId!: string;
  @ApiProperty({ example: '522728' }) countyCode!: string;
  @ApiProperty({ enum: RISK_LEVELS }) level!: RiskLevel;
  @ApiProperty({ description: 'Sum of the weights of the factors above their threshold (0–100).' })
  score!: number;
  @ApiProperty({ type: [RiskFactorView] }) factors!: RiskFactorView[];
  @ApiProperty({ format: 'date-time', description: 'When the risk was last evaluated.' }) asOf!: string;
}

export class ProducerRiskPage {
  @ApiProperty({ type: [ProducerRiskView] }) items!: ProducerRiskView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class RiskQuery extends PageQuery {
  @ApiPropertyOptional({ enum: RISK_LEVELS })
  @IsOptional()
  @IsIn(RISK_LEVELS)
  level?: RiskLevel;

  @ApiPropertyOptional({ example: '522728' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'countyCode must be a 6-digit county code' })
  countyCode?: string;
}

/** A producer’s risk as the API shows it. */
export function toProducerRiskView(row: ProducerRiskRow): ProducerRiskView {
  return {
    producerId: row.producer_id,
    countyCode: row.county_code,
    level: row.level,
    score: row.score,
    factors: row.factors,
    asOf: new Date(row.as_of).toISOString(),
  };
}
