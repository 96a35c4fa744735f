import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, ValidateBy, ValidateIf } from 'class-validator';
import { IsCalendarDate, isAssistingRegionCode, REGION_CODE } from '@hb/contracts';
import { PageQuery } from '@hb/platform';

const IsAssistingRegionCode = () =>
  ValidateBy({
    name: 'isAssistingRegionCode',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isAssistingRegionCode(value),
      defaultMessage: () =>
        'assistingRegionCode must be the 6-digit code of a city/prefecture (e.g. 510700) or of a district or county-level city (e.g. 510703), not of a province',
    },
  });

const COUNTY_MESSAGE = 'assistedCountyCode must be a 6-digit administrative division code, e.g. 513431';

export class RegisterPairingRequest {
  @ApiProperty({
    example: '510700',
    description:
      'The assisting city/prefecture (last two digits 00; it covers its districts and county-level cities) or district/county-level city.',
  })
  @IsAssistingRegionCode()
  assistingRegionCode!: string;

  @ApiProperty({ example: 'Mianyang' })
  @IsString()
  @Length(1, 100)
  assistingRegionName!: string;

  @ApiProperty({ example: '513431', description: 'A registered county (422 otherwise).' })
  @Matches(REGION_CODE, { message: COUNTY_MESSAGE })
  assistedCountyCode!: string;

  @ApiProperty({ example: '2018-01-01', format: 'date', description: 'First day of the pairing.' })
  @IsCalendarDate()
  from!: string;

  @ApiPropertyOptional({
    example: null,
    nullable: true,
    type: String,
    format: 'date',
    description: 'Last day; null or absent while it lasts. Not before `from` (422).',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;
}

/** End a pairing (or correct its end or name); `to: null` makes it open again. */
export class ChangePairingRequest {
  @ApiPropertyOptional({ example: 'Mianyang' })
  @ValidateIf((_object: unknown, value: unknown) => value !== undefined)
  @IsString()
  @Length(1, 100)
  assistingRegionName?: string;

  @ApiPropertyOptional({ example: '2025-12-31', nullable: true, type: String, format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;
}

export class PairingListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '513431' })
  @IsOptional()
  @Matches(REGION_CODE, { message: COUNTY_MESSAGE })
  assistedCountyCode?: string;

  @ApiPropertyOptional({
    example: '510700',
    description: 'Exactly this assisting region (a city does not list its districts’ pairings).',
  })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'assistingRegionCode must be a 6-digit administrative division code' })
  assistingRegionCode?: string;
}

export class PairingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '510700' }) assistingRegionCode!: string;
  @ApiProperty({ example: 'Mianyang' }) assistingRegionName!: string;
  @ApiProperty({ example: '513431' }) assistedCountyCode!: string;
  @ApiProperty({ example: '2018-01-01', format: 'date' }) from!: string;
  @ApiProperty({ example: null, nullable: true, type: String, format: 'date' }) to!: string | null;
  @ApiProperty({ example: 1 }) version!: number;
}

export class PairingPage {
  @ApiProperty({ type: [PairingView] }) items!: PairingView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
