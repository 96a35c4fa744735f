import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import {
  CERTIFICATE_STATUSES,
  CERTIFICATION_SCHEMES,
  type CertificateStatus,
  type CertificationScheme,
} from '@hb/contracts';
import { PageQuery } from '@hb/platform';
import type { Certificate } from './certificate.entity';

export class CertificateActionRequest {
  @ApiProperty({
    example: 'Sulfur dioxide residue above the green food limit in the March 2026 market sample',
    minLength: 3,
    maxLength: 1000,
    description: 'Why; shown on the public verification and carried by the event.',
  })
  @IsString()
  @Length(3, 1000)
  reason!: string;
}

export class CertificateListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CERTIFICATION_SCHEMES, example: 'green_food' })
  @IsOptional()
  @IsIn(CERTIFICATION_SCHEMES)
  scheme?: CertificationScheme;

  @ApiPropertyOptional({ enum: CERTIFICATE_STATUSES, example: 'active' })
  @IsOptional()
  @IsIn(CERTIFICATE_STATUSES)
  status?: CertificateStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
    description: 'The holding producer (producers always see only their own certificates).',
  })
  @IsOptional()
  @IsUUID()
  holderId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b',
    description: 'Certificates covering this product.',
  })
  @IsOptional()
  @IsUUID()
  productId?: string;
}

export class CertificateView {
  @ApiProperty({ example: 'GF-2026-000123-7KQ2M' }) number!: string;
  @ApiProperty({ enum: CERTIFICATION_SCHEMES, example: 'green_food' }) scheme!: CertificationScheme;
  @ApiProperty({
    example: 'green-food-center-sichuan',
    description: 'The certification body that issued it.',
  })
  certificationBodyId!: string;
  @ApiProperty({ format: 'uuid', example: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' }) holderId!: string;
  @ApiProperty({ type: [String], example: ['3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b'] }) productIds!: string[];
  @ApiProperty({ example: '2026-03-10' }) issuedOn!: string;
  @ApiProperty({
    example: '2026-03-10',
    description: 'The issue date, or for a renewal the day after the renewed certificate ends.',
  })
  validFrom!: string;
  @ApiProperty({
    example: '2029-03-09',
    nullable: true,
    type: String,
    description: 'Last valid day (UTC); null: without end (geographical indication).',
  })
  validUntil!: string | null;
  @ApiProperty({ enum: CERTIFICATE_STATUSES, example: 'active' }) status!: CertificateStatus;
  @ApiProperty({ nullable: true, type: String, example: null, description: 'Why the status last changed.' })
  statusReason!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) statusChangedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) renewsCertificate!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) renewedBy!: string | null;
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
}

export class CertificatePage {
  @ApiProperty({ type: [CertificateView] }) items!: CertificateView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

/** A certified product as the public sees it: by name, never by an internal id. */
export class CertifiedProduct {
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'Zhaojue tartary buckwheat tea',
    description: 'Null while certification has not heard the product announced.',
  })
  name!: string | null;
}

export class CertificateVerification {
  @ApiProperty({ example: 'GF-2026-000123-7KQ2M' }) number!: string;
  @ApiProperty({ example: true, description: 'Valid today.' }) valid!: boolean;
  @ApiProperty({ example: 'active, valid until 2029-03-09', description: 'Why it is valid or not.' })
  reason!: string;
  @ApiProperty({ enum: CERTIFICATE_STATUSES, example: 'active' }) status!: CertificateStatus;
  @ApiProperty({ enum: CERTIFICATION_SCHEMES, example: 'green_food' }) scheme!: CertificationScheme;
  @ApiProperty({ nullable: true, type: String, example: 'Zhaojue Tartary Buckwheat Cooperative' })
  holderName!: string | null;
  @ApiProperty({ type: [CertifiedProduct] }) products!: CertifiedProduct[];
  @ApiProperty({ example: '2026-03-10' }) issuedOn!: string;
  @ApiProperty({ example: '2026-03-10' }) validFrom!: string;
  @ApiProperty({ example: '2029-03-09', nullable: true, type: String }) validUntil!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) renewsCertificate!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) renewedBy!: string | null;
}

export class CertificateActionView {
  @ApiProperty({ example: 1, description: 'Order of the step on this certificate, from 1.' }) seq!: number;
  @ApiProperty({ enum: ['suspend', 'reinstate', 'revoke', 'expire'], example: 'suspend' }) action!: string;
  @ApiProperty({ enum: CERTIFICATE_STATUSES, example: 'active' }) from!: CertificateStatus;
  @ApiProperty({ enum: CERTIFICATE_STATUSES, example: 'suspended' }) to!: CertificateStatus;
  @ApiProperty({
    example: 'Sulfur dioxide residue above the green food limit in the March 2026 market sample',
  })
  reason!: string;
  @ApiProperty({
    example: 'auditor-wang-fang',
    description: 'The certifier of the issuing body (token `sub`), or `expiry-sweep`.',
  })
  by!: string;
  @ApiProperty({ example: '2026-04-02T03:00:00.000Z' }) at!: string;
}

export class CertificateActionPage {
  @ApiProperty({ type: [CertificateActionView] }) items!: CertificateActionView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

/** A certificate as the API shows it. */
export function toCertificateView(certificate: Certificate): CertificateView {
  return {
    number: certificate.number,
    scheme: certificate.scheme,
    certificationBodyId: certificate.certificationBodyId,
    holderId: certificate.holderId,
    productIds: certificate.productIds,
    issuedOn: certificate.issuedOn,
    validFrom: certificate.validFrom,
    validUntil: certificate.validUntil,
    status: certificate.status,
    statusReason: certificate.statusReason,
    statusChangedAt: certificate.statusChangedAt?.toISOString() ?? null,
    renewsCertificate: certificate.renewsCertificate,
    renewedBy: certificate.renewedBy,
    applicationId: certificate.applicationId,
  };
}
