import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { POVERTY_STATUSES, type PovertyStatus } from '@hb/contracts';
import { PageQuery } from '@hb/platform';
import { COUNTY_CODE } from './county-change';
import { AgreesWithPovertyStatus, IsDayNotInFuture } from './county.validators';

const CODE_MESSAGE = 'code must be a 6-digit administrative division code (GB/T 2260), e.g. 513431';
const STATUSES = [...POVERTY_STATUSES];

/** Sent fields may not be null: `undefined` keeps a field in a change, `null` would erase a required one. */
const whenSent = ValidateIf((_object: unknown, value: unknown) => value !== undefined);

export class RegisterCountyRequest {
  @ApiProperty({ example: '513431', description: 'Administrative division code (GB/T 2260), 6 digits.' })
  @Matches(COUNTY_CODE, { message: CODE_MESSAGE })
  code!: string;

  @ApiProperty({ example: 'Zhaojue' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ example: 'Sichuan' })
  @IsString()
  @Length(1, 100)
  province!: string;

  @ApiProperty({ example: 'Liangshan Yi Autonomous Prefecture' })
  @IsString()
  @Length(1, 100)
  prefecture!: string;

  @ApiProperty({
    enum: STATUSES,
    example: 'deep',
    description: '`key` county of the national programme, `deep` poverty, or `lifted` out of poverty.',
  })
  @IsIn(STATUSES)
  povertyStatus!: PovertyStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2020-11-17',
    description:
      'The day the county was lifted out of poverty: required exactly when `lifted`, not in the future.',
  })
  @IsDayNotInFuture()
  @AgreesWithPovertyStatus()
  liftedOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Mianyang',
    deprecated: true,
    description:
      'Deprecated (a free-text note; removed in the next release): pairings are data now, see /v1/pairings.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  pairedCity?: string | null;
}

/**
 * Any of a county's fields except its code. Moving back to `key` or `deep` clears `liftedOn`; moving to
 * `lifted` needs a `liftedOn` unless the county already has one.
 */
export class ChangeCountyRequest {
  @ApiPropertyOptional({ example: 'Zhaojue' })
  @whenSent
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ example: 'Sichuan' })
  @whenSent
  @IsString()
  @Length(1, 100)
  province?: string;

  @ApiPropertyOptional({ example: 'Liangshan Yi Autonomous Prefecture' })
  @whenSent
  @IsString()
  @Length(1, 100)
  prefecture?: string;

  @ApiPropertyOptional({ enum: STATUSES, example: 'lifted' })
  @whenSent
  @IsIn(STATUSES)
  povertyStatus?: PovertyStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2020-11-17',
    description: 'The day the county was lifted out of poverty, not in the future; only for `lifted`.',
  })
  @IsOptional()
  @IsDayNotInFuture()
  liftedOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Mianyang',
    deprecated: true,
    description: 'Deprecated free-text note (see /v1/pairings); `null` removes it.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  pairedCity?: string | null;
}

export class CountyListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES, example: 'deep' })
  @IsOptional()
  @IsIn(STATUSES)
  povertyStatus?: PovertyStatus;
}

export class CountyView {
  @ApiProperty({ example: '513431' })
  code!: string;

  @ApiProperty({ example: 'Zhaojue' })
  name!: string;

  @ApiProperty({ example: 'Sichuan' })
  province!: string;

  @ApiProperty({ example: 'Liangshan Yi Autonomous Prefecture' })
  prefecture!: string;

  @ApiProperty({ enum: STATUSES, example: 'lifted' })
  povertyStatus!: PovertyStatus;

  @ApiProperty({ type: String, nullable: true, example: '2020-11-17' })
  liftedOn!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Mianyang',
    deprecated: true,
    description: 'Deprecated free-text note, kept readable for one release: pairings are /v1/pairings.',
  })
  pairedCity!: string | null;
}

export class CountyPage {
  @ApiProperty({ type: [CountyView] })
  items!: CountyView[];

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'WyI1MTM0MzEiXQ',
    description: 'Pass as `cursor` for the next page; null on the last page.',
  })
  nextCursor!: string | null;
}
