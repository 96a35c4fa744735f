import { ApiProperty } from '@nestjs/swagger';
import { Length, Matches } from 'class-validator';
import { PageQuery, type Page } from '@hb/platform';

/** Lower-case letters, digits and hyphens: it travels in tokens (`org`) and URLs. */
export const PLATFORM_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

export class RegisterPlatformRequest {
  @ApiProperty({
    example: 'sichuan-relief-mall',
    pattern: PLATFORM_ID.source,
    description: "The platform's id: the `org` claim of its tokens. Cannot be changed.",
  })
  @Matches(PLATFORM_ID, {
    message: 'id must be 2 to 63 lower-case letters, digits or hyphens, starting with a letter or digit',
  })
  id!: string;

  @ApiProperty({ example: 'Sichuan Poverty Relief Mall', minLength: 1, maxLength: 200 })
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;
}

export class PlatformListQuery extends PageQuery {}

export class PlatformView {
  @ApiProperty({ example: 'sichuan-relief-mall' }) id!: string;
  @ApiProperty({ example: 'Sichuan Poverty Relief Mall' }) name!: string;
  @ApiProperty({ example: '2026-03-01T08:00:00.000Z' }) registeredAt!: string;
}

export class PlatformPage implements Page<PlatformView> {
  @ApiProperty({ type: [PlatformView] }) items!: PlatformView[];
  @ApiProperty({ type: String, nullable: true, description: 'null on the last page.' })
  nextCursor!: string | null;
}
