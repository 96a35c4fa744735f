import { ApiProperty } from '@nestjs/swagger';
import { Length, Matches } from 'class-validator';
import { PageQuery } from '@hb/platform';
import type { CertificationBody } from './certification-body.entity';

/** Lower-case letters, digits and hyphens: it travels in tokens (`org`) and URLs. */
export const CERTIFICATION_BODY_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

export class RegisterCertificationBodyRequest {
  @ApiProperty({
    example: 'green-food-center-sichuan',
    pattern: CERTIFICATION_BODY_ID.source,
    description: "The body's id: the `org` claim of its certifiers' tokens. Cannot be changed.",
  })
  @Matches(CERTIFICATION_BODY_ID, {
    message: 'id must be 2 to 63 lower-case letters, digits or hyphens, starting with a letter or digit',
  })
  id!: string;

  @ApiProperty({ example: 'China Green Food Development Center, Sichuan office' })
  @Length(1, 200)
  name!: string;
}

export class CertificationBodyListQuery extends PageQuery {}

export class CertificationBodyView {
  @ApiProperty({ example: 'green-food-center-sichuan' }) id!: string;
  @ApiProperty({ example: 'China Green Food Development Center, Sichuan office' }) name!: string;
  @ApiProperty({ example: '2026-03-01T08:00:00.000Z' }) registeredAt!: string;
}

export class CertificationBodyPage {
  @ApiProperty({ type: [CertificationBodyView] }) items!: CertificationBodyView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

/** A certification body as the API shows it. */
export const toCertificationBodyView = (body: CertificationBody): CertificationBodyView => ({
  id: body.id,
  name: body.name,
  registeredAt: body.registeredAt.toISOString(),
});
