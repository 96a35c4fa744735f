import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Min,
} from 'class-validator';
import { CERTIFICATION_SCHEMES, type CertificationScheme } from '../catalog/vocabulary';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsCalendarDate } from '../calendar-date';

/**
 * Stages of a certification application (see apps/certification/src/applications/application-stage.ts
 * for the moves): review runs submitted → accepted → inspection → testing → review → approved, and may
 * end in rejected at any step; the applicant may withdraw any time before approval.
 */
export const APPLICATION_STAGES = [
  'submitted',
  'accepted',
  'inspection',
  'testing',
  'review',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];

/** Standing of a certificate (see apps/certification/src/certificates/certificate-status.ts). */
export const CERTIFICATE_STATUSES = ['active', 'suspended', 'revoked', 'expired'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export class CertificateData {
  @IsString() number!: string;
  @IsIn(CERTIFICATION_SCHEMES) scheme!: CertificationScheme;
  /** The producer holding the certificate. */
  @IsUUID() holderId!: string;
  @IsArray() @IsUUID('all', { each: true }) productIds!: string[];
  @IsCalendarDate() issuedOn!: string;
  /** Null for schemes without an end (geographical indication). */
  @IsOptional() @IsCalendarDate() validUntil!: string | null;
  @IsOptional() @IsString() reason?: string;
  /**
   * First day of validity: the issue date, or for a renewal the day after the renewed certificate
   * ends (so it may lie in the future). Absent from events written before it existed: then issuedOn.
   */
  @IsOptional() @IsCalendarDate() validFrom?: string;
  /** The certificate this one renews, if any. */
  @IsOptional() @IsString() renewsCertificate?: string | null;
  /** The application whose approval issued the certificate. */
  @IsOptional() @IsUUID() applicationId?: string;
}

export class CertificateExpiringData extends CertificateData {
  @IsInt() @Min(0) daysLeft!: number;
}

const certificateEvent = (fact: string, description: string) =>
  defineEvent({
    type: `certification.certificate.${fact}.v1`,
    topic: Topics.certificate,
    payload: CertificateData,
    description,
    subjectOf: (data) => data.number,
  });

export const CertificateIssued = certificateEvent(
  'issued',
  'A certificate was issued for products of a producer.',
);
export const CertificateSuspended = certificateEvent(
  'suspended',
  'A certificate was suspended (with a reason).',
);
export const CertificateReinstated = certificateEvent(
  'reinstated',
  'A suspended certificate is valid again.',
);
export const CertificateRevoked = certificateEvent('revoked', 'A certificate was revoked (with a reason).');
export const CertificateExpired = certificateEvent(
  'expired',
  'A certificate reached the end of its validity.',
);

export const CertificateExpiring = defineEvent({
  type: 'certification.certificate.expiring.v1',
  topic: Topics.certificate,
  payload: CertificateExpiringData,
  description: 'A certificate expires soon (90, 30 and 7 days before); its holder is warned.',
  subjectOf: (data) => data.number,
});

/** An application as it stands after a change: scope, lane, fee and the deadline of its current stage. */
export class ApplicationData {
  @IsUUID() applicationId!: string;
  /** The applying producer. */
  @IsUUID() producerId!: string;
  @IsIn(CERTIFICATION_SCHEMES) scheme!: CertificationScheme;
  @IsArray() @IsUUID('all', { each: true }) productIds!: string[];
  @IsIn(APPLICATION_STAGES) stage!: ApplicationStage;
  /** In the priority lane: the applicant's county was in key or deep poverty status when it applied. */
  @IsBoolean() priority!: boolean;
  @IsOptional() @IsString() renewsCertificate!: string | null;
  @IsInt() @Min(0) feeCents!: number;
  @IsInt() @Min(0) feeReliefCents!: number;
  @IsInt() @Min(0) amountDueCents!: number;
  /** When the current stage is due; null once the application is decided or withdrawn. */
  @IsOptional() @IsISO8601() stageDueAt!: string | null;
}

export class ApplicationMovedData extends ApplicationData {
  @IsIn(APPLICATION_STAGES) from!: ApplicationStage;
  /** The note of the step; for a rejection, its reason. */
  @IsOptional() @IsString() note!: string | null;
  /** Set on approval: the certificate it issued. */
  @IsOptional() @IsString() certificateNumber?: string | null;
}

export const ApplicationSubmitted = defineEvent({
  type: 'certification.application.submitted.v1',
  topic: Topics.application,
  payload: ApplicationData,
  description: 'A producer applied for a certificate (or the renewal of one); fee and lane are decided.',
  subjectOf: (data) => data.applicationId,
});

const applicationMove = (fact: string, description: string) =>
  defineEvent({
    type: `certification.application.${fact}.v1`,
    topic: Topics.application,
    payload: ApplicationMovedData,
    description,
    subjectOf: (data) => data.applicationId,
  });

export const ApplicationAdvanced = applicationMove(
  'advanced',
  'A certifier moved an application to its next review stage (accepted, inspection, testing, review).',
);
export const ApplicationApproved = applicationMove(
  'approved',
  'An application was approved and its certificate issued (certificateNumber).',
);
export const ApplicationRejected = applicationMove(
  'rejected',
  'An application was rejected; the note says why.',
);
export const ApplicationWithdrawn = applicationMove(
  'withdrawn',
  'The applicant withdrew its application before approval.',
);

export const CERTIFICATE_EVENTS = [
  CertificateIssued,
  CertificateSuspended,
  CertificateReinstated,
  CertificateRevoked,
  CertificateExpired,
  CertificateExpiring,
  ApplicationSubmitted,
  ApplicationAdvanced,
  ApplicationApproved,
  ApplicationRejected,
  ApplicationWithdrawn,
];
