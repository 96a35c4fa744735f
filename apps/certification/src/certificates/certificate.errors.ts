import { ConflictError, UnprocessableError } from '@hb/platform';

/** Why a certificate cannot be renewed, as clients may branch on it. */
export type NotRenewableReason =
  'held-by-another' | 'other-scheme' | 'no-end-date' | 'already-renewed' | 'not-active' | 'window-not-open';

/** A renewal names a certificate of the applicant, of the same scheme, active, inside its renewal window. */
export class CertificateNotRenewable extends UnprocessableError {
  constructor(
    readonly certificateNumber: string,
    readonly reason: NotRenewableReason,
    detail: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(detail, { certificateNumber, reason, ...extensions });
  }
}

/** A renewal, or anything else asked of a certificate by number, names one the caller holds. */
export class CertificateNotYours extends UnprocessableError {
  constructor(readonly certificateNumber: string) {
    super(`certificate ${certificateNumber} is not one of yours`, { certificateNumber });
  }
}

/** The certificate a renewal was to continue was revoked meanwhile: approving would issue a successor. */
export class RenewedCertificateRevoked extends ConflictError {
  constructor(readonly certificateNumber: string) {
    super(
      `certificate ${certificateNumber} was revoked while its renewal was under review; reject the renewal`,
      { certificateNumber },
    );
  }
}

/** A certificate past its last valid day is renewed by a new application, never reinstated. */
export class CertificateEnded extends ConflictError {
  constructor(
    readonly certificateNumber: string,
    readonly validUntil: string,
  ) {
    super(
      `certificate ${certificateNumber} ended on ${validUntil}; it cannot be reinstated, only renewed by a new application`,
      { certificateNumber, validUntil },
    );
  }
}
