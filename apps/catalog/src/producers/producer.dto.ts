import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { PRODUCER_KINDS, type ProducerKind } from '@hb/contracts';
import { PageQuery } from '@hb/platform';
import { COUNTY_CODE } from '../counties/county-change';
import { IsCreditCode } from './is-credit-code';
import type { Producer } from './producer.entity';

const KINDS = [...PRODUCER_KINDS];
const COUNTY_CODE_MESSAGE = 'countyCode must be a 6-digit administrative division code, e.g. 513431';
/** The column is a PostgreSQL integer. */
const MAX_HOUSEHOLDS = 2_147_483_647;

export class RegisterProducerRequest {
  @ApiProperty({ example: 'Zhaojue Tartary Buckwheat Cooperative' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: KINDS, example: 'cooperative' })
  @IsIn(KINDS)
  kind!: ProducerKind;

  @ApiProperty({ example: '513431', description: 'Code of a registered county (Zhaojue, Liangshan).' })
  @Matches(COUNTY_CODE, { message: COUNTY_CODE_MESSAGE })
  countyCode!: string;

  @ApiProperty({
    example: '93513431MA62H4L2X5',
    description: 'Unified social credit code (GB 32100-2015), 18 characters, check digit verified.',
  })
  @IsCreditCode()
  creditCode!: string;

  @ApiProperty({
    example: 120,
    minimum: 0,
    description: 'Poor households the producer employs or buys from.',
  })
  @IsInt()
  @Min(0)
  @Max(MAX_HOUSEHOLDS)
  povertyHouseholds!: number;
}

export class ProducerListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '513429', description: 'Only producers of this county (e.g. Butuo).' })
  @IsOptional()
  @Matches(COUNTY_CODE, { message: COUNTY_CODE_MESSAGE })
  countyCode?: string;
}

export class ProducerView {
  @ApiProperty({ example: '7d3f5a2e-8c41-4b6a-9e0f-2a1b3c4d5e6f' })
  id!: string;

  @ApiProperty({ example: 'Zhaojue Tartary Buckwheat Cooperative' })
  name!: string;

  @ApiProperty({ enum: KINDS, example: 'cooperative' })
  kind!: ProducerKind;

  @ApiProperty({ example: '513431' })
  countyCode!: string;

  @ApiProperty({ example: '93513431MA62H4L2X5' })
  creditCode!: string;

  @ApiProperty({ example: 120 })
  povertyHouseholds!: number;
}

export class ProducerPage {
  @ApiProperty({ type: [ProducerView] })
  items!: ProducerView[];

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'WyIyMDI1LTExLTI4VDA4OjMwOjAwLjEyMzQ1NloiLCI3ZDNmNWEyZS04YzQxLTRiNmEtOWUwZi0yYTFiM2M0ZDVlNmYiXQ',
    description: 'Pass as `cursor` for the next page; null on the last page.',
  })
  nextCursor!: string | null;
}

/** A producer as the API shows it. */
export function toProducerView(producer: Producer): ProducerView {
  return {
    id: producer.id,
    name: producer.name,
    kind: producer.kind,
    countyCode: producer.countyCode,
    creditCode: producer.creditCode,
    povertyHouseholds: producer.povertyHouseholds,
  };
}
