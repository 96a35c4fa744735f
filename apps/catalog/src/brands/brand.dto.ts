import type { BrandRow } from './brand.repository';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import {
  BRAND_DECISIONS,
  BRAND_KINDS,
  BRAND_STATUSES,
  CERTIFICATE_STATUSES,
  POVERTY_STATUSES,
  type BrandDecision,
  type BrandKind,
  type BrandStatus,
  type CertificateStatus,
  type PovertyStatus,
} from '@hb/contracts';
import { PageQuery, type Page } from '@hb/platform';
import { ProductView } from '../products/product.dto';

/** Left out, not null: null would pass @IsOptional and reach the database as a value. */
const Omittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

export class SubmitBrandRequest {
  @ApiProperty({ example: '大凉山 Daliangshan', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ enum: BRAND_KINDS, example: 'regional_public' })
  @IsIn(BRAND_KINDS)
  kind!: BrandKind;

  @ApiProperty({ example: '513431', description: 'The county the brand belongs to (6-digit division code).' })
  @Matches(/^\d{6}$/, { message: 'countyCode must be a 6-digit administrative division code' })
  countyCode!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '3f6c2a8e-5d1b-4c7a-9e21-7a0b8d4c6f10',
    description:
      'The producer an enterprise or product brand belongs to (required for those, a producer of the county). ' +
      'A producer may leave it out for its own; a regional public brand may name the producer that holds it.',
  })
  @Omittable()
  @IsUUID()
  ownerProducerId?: string;

  @ApiPropertyOptional({
    example: 'AGI-2026-0101',
    minLength: 1,
    maxLength: 64,
    description:
      'Number of the geographical-indication certificate a regional public brand stands on; shown with the brand while certification says it is valid.',
  })
  @Omittable()
  @IsString()
  @Length(1, 64)
  @Matches(/^\S+$/, { message: 'geographicalIndicationCertificate is a certificate number, without spaces' })
  geographicalIndicationCertificate?: string;
}

export class BrandDecisionRequest {
  @ApiProperty({ enum: BRAND_DECISIONS, example: 'admitted' })
  @IsIn(BRAND_DECISIONS)
  decision!: BrandDecision;

  @ApiProperty({
    example: 'GI certificate checked; county brand programme 2026.',
    minLength: 1,
    maxLength: 2000,
  })
  @IsString()
  @Length(1, 2000)
  note!: string;
}

export class BrandListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '513431', description: "The brand's county (6-digit division code)." })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'countyCode must be a 6-digit administrative division code' })
  countyCode?: string;

  @ApiPropertyOptional({ enum: BRAND_KINDS, example: 'regional_public' })
  @IsOptional()
  @IsIn(BRAND_KINDS)
  kind?: BrandKind;
}

export class ProducerBrandsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: BRAND_STATUSES,
    example: 'rejected',
    description: 'Only brands in this status.',
  })
  @IsOptional()
  @IsIn(BRAND_STATUSES)
  status?: BrandStatus;
}

export class GeographicalIndicationView {
  @ApiProperty({ example: 'AGI-2026-0101' }) number!: string;
  @ApiProperty({ enum: CERTIFICATE_STATUSES, example: 'active' }) status!: CertificateStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null }) validFrom!: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    example: null,
    description: 'null: a geographical indication does not end.',
  })
  validUntil!: string | null;
  @ApiProperty({
    example: true,
    description: 'Active and within its validity today; false once suspended, revoked or expired.',
  })
  valid!: boolean;
}

export class BrandView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '大凉山 Daliangshan' }) name!: string;
  @ApiProperty({ enum: BRAND_KINDS, example: 'regional_public' }) kind!: BrandKind;
  @ApiProperty({ example: '513431' }) countyCode!: string;
  @ApiProperty({ example: 'Zhaojue' }) countyName!: string;
  @ApiProperty({ enum: POVERTY_STATUSES, example: 'deep', description: "The county's poverty status." })
  povertyStatus!: PovertyStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ownerProducerId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'AGI-2026-0101',
    description: 'The certificate number as submitted.',
  })
  geographicalIndicationCertificate!: string | null;
  @ApiProperty({
    type: GeographicalIndicationView,
    nullable: true,
    description:
      'The standing of that geographical-indication certificate as certification announced it; null while catalog has not heard of it.',
  })
  geographicalIndication!: GeographicalIndicationView | null;
  @ApiProperty({ enum: BRAND_STATUSES, example: 'admitted' }) status!: BrandStatus;
  @ApiProperty({ type: String, nullable: true, description: "The administrator's note with the decision." })
  decisionNote!: string | null;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
}

export class BrandDetailView extends BrandView {
  @ApiProperty({
    type: [ProductView],
    description:
      'Listed products naming the brand, in creation order (the first 100; GET /v1/products?brandId= pages through all).',
  })
  products!: ProductView[];
}

export class BrandPage implements Page<BrandView> {
  @ApiProperty({ type: [BrandView] }) items!: BrandView[];
  @ApiProperty({ type: String, nullable: true, description: 'null on the last page.' })
  nextCursor!: string | null;
}

export function toBrandView(row: BrandRow): BrandView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    countyCode: row.countyCode,
    countyName: row.countyName,
    povertyStatus: row.povertyStatus,
    ownerProducerId: row.ownerProducerId,
    geographicalIndicationCertificate: row.geographicalIndicationCertificate,
    geographicalIndication:
      row.giStatus === null || row.geographicalIndicationCertificate === null
        ? null
        : {
            number: row.geographicalIndicationCertificate,
            status: row.giStatus,
            validFrom: row.giValidFrom,
            validUntil: row.giValidUntil,
            valid: row.giValid === true,
          },
    status: row.status,
    decisionNote: row.decisionNote,
    submittedAt: row.submittedAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}
