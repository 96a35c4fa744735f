import { IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Min } from 'class-validator';
import { CERTIFICATION_SCHEMES, type CertificationScheme } from '../catalog/vocabulary';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CertificateData {
  @IsString() number!: string;
  @IsIn(CERTIFICATION_SCHEMES) scheme!: CertificationScheme;
  /** The producer holding the certificate. */
  @IsUUID() holderId!: string;
  @IsArray() @IsUUID('all', { each: true }) productIds!: string[];
  @Matches(DATE) issuedOn!: string;
  /** Null for schemes without an end (geographical indication). */
  @IsOptional() @Matches(DATE) validUntil!: string | null;
  @IsOptional() @IsString() reason?: string;
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

export const CERTIFICATE_EVENTS = [
  CertificateIssued,
  CertificateSuspended,
  CertificateReinstated,
  CertificateRevoked,
  CertificateExpired,
  CertificateExpiring,
];
