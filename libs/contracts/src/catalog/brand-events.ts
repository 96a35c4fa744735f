import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

/**
 * A regional public brand names a county's produce (大凉山 for Liangshan), an enterprise brand one
 * producer, a product brand one line of a producer's products.
 */
export const BRAND_KINDS = ['regional_public', 'enterprise', 'product'] as const;
export type BrandKind = (typeof BRAND_KINDS)[number];

/** Submitted brands wait for an administrator, who admits them to the catalogue or rejects them. */
export const BRAND_STATUSES = ['submitted', 'admitted', 'rejected'] as const;
export type BrandStatus = (typeof BRAND_STATUSES)[number];

export const BRAND_DECISIONS = ['admitted', 'rejected'] as const;
export type BrandDecision = (typeof BRAND_DECISIONS)[number];

export class BrandSubmittedData {
  @IsUUID() brandId!: string;
  @IsString() @Length(1, 100) name!: string;
  @IsIn(BRAND_KINDS) kind!: BrandKind;
  @Matches(/^\d{6}$/) countyCode!: string;
  /** The producer an enterprise or product brand belongs to; null for a regional public brand without one. */
  @IsOptional() @IsUUID() ownerProducerId!: string | null;
  /** Number of the geographical-indication certificate a regional public brand stands on. */
  @IsOptional() @IsString() @Length(1, 64) geographicalIndicationCertificate!: string | null;
  @IsISO8601() submittedAt!: string;
}

export class BrandDecidedData {
  @IsUUID() brandId!: string;
  @IsString() @Length(1, 100) name!: string;
  @IsIn(BRAND_KINDS) kind!: BrandKind;
  @Matches(/^\d{6}$/) countyCode!: string;
  @IsOptional() @IsUUID() ownerProducerId!: string | null;
  @IsIn(BRAND_DECISIONS) decision!: BrandDecision;
  @IsString() @Length(1, 2000) note!: string;
  @IsISO8601() decidedAt!: string;
}

export const BrandSubmitted = defineEvent({
  type: 'catalog.brand.submitted.v1',
  topic: Topics.brand,
  payload: BrandSubmittedData,
  description:
    'A producer (its own enterprise or product brand), a county official (a regional public brand of its county) or an administrator submitted a brand for the catalogue.',
  subjectOf: (data) => data.brandId,
});

export const BrandAdmitted = defineEvent({
  type: 'catalog.brand.admitted.v1',
  topic: Topics.brand,
  payload: BrandDecidedData,
  description: 'An administrator admitted a brand to the catalogue: products may name it from now on.',
  subjectOf: (data) => data.brandId,
});

export const BrandRejected = defineEvent({
  type: 'catalog.brand.rejected.v1',
  topic: Topics.brand,
  payload: BrandDecidedData,
  description: 'An administrator rejected a brand, with a note saying why.',
  subjectOf: (data) => data.brandId,
});

export const BRAND_EVENTS = [BrandSubmitted, BrandAdmitted, BrandRejected];
