import type { CertificateStatus, CertificationScheme } from '@hb/contracts';
import { CertificateNotRenewable, type NotRenewableReason } from './certificate.errors';

/**
 * Calendar arithmetic on `YYYY-MM-DD` days (UTC) for validity, renewal and expiry. A certificate is
 * valid from `validFrom` through `validUntil`, both days included; it expires the day after.
 */
const DAY_MS = 86_400_000;

const parts = (day: string): [number, number, number] => {
  const [year, month, date] = day.split('-').map(Number);
  return [year, month - 1, date];
};

const format = (epochMs: number): string => new Date(epochMs).toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  const [year, month, date] = parts(day);
  return format(Date.UTC(year, month, date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2, d2) - Date.UTC(y1, m1, d1)) / DAY_MS);
}

/** The same day of the month `months` away, or the last day of that month when it is shorter. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = parts(day);
  const lastOfTarget = new Date(Date.UTC(year, month + months + 1, 0)).getUTCDate();
  return format(Date.UTC(year, month + months, Math.min(date, lastOfTarget)));
}

export interface Validity {
  readonly validFrom: string;
  /** Null: without end (geographical indications). */
  readonly validUntil: string | null;
}

/**
 * `years` of validity starting on `validFrom`: through the day before the anniversary (3 years from
 * 2026-03-10 run through 2029-03-09; 1 year from 2028-02-29 through 2029-02-28). Null years: no end.
 */
export function validityFrom(validFrom: string, years: number | null): Validity {
  if (years === null) return { validFrom, validUntil: null };
  const [year, month, date] = parts(validFrom);
  return { validFrom, validUntil: format(Date.UTC(year + years, month, date) - DAY_MS) };
}

/** A renewed certificate carries on where the old one ends: from the day after its last valid day. */
export const renewalStartsOn = (renewedValidUntil: string): string => addDays(renewedValidUntil, 1);

/** The first day a renewal may be applied for: `windowMonths` before the certificate's last valid day. */
export const renewalOpensOn = (validUntil: string, windowMonths: number): string =>
  addMonths(validUntil, -windowMonths);

export interface RenewableCertificate {
  readonly number: string;
  readonly scheme: CertificationScheme;
  readonly holderId: string;
  readonly status: CertificateStatus;
  readonly validUntil: string | null;
  readonly renewedBy: string | null;
}

export interface RenewalRequest {
  readonly applicantId: string;
  readonly scheme: CertificationScheme;
  readonly today: string;
  readonly windowMonths: number;
}

/** Why the certificate cannot be renewed by this application today, or null when it can. */
export function renewalRefusal(
  certificate: RenewableCertificate,
  request: RenewalRequest,
): CertificateNotRenewable | null {
  const { number } = certificate;
  const refuse = (reason: NotRenewableReason, detail: string, extensions: Record<string, unknown> = {}) =>
    new CertificateNotRenewable(number, reason, detail, extensions);
  if (certificate.holderId !== request.applicantId)
    return refuse('held-by-another', `certificate ${number} is not held by the applicant`);
  if (certificate.scheme !== request.scheme) {
    return refuse(
      'other-scheme',
      `certificate ${number} is a ${certificate.scheme} certificate; a renewal keeps the scheme`,
      { scheme: certificate.scheme },
    );
  }
  if (certificate.validUntil === null)
    return refuse('no-end-date', `certificate ${number} has no end date and needs no renewal`);
  if (certificate.renewedBy !== null) {
    return refuse(
      'already-renewed',
      `certificate ${number} was already renewed by ${certificate.renewedBy}`,
      {
        renewedBy: certificate.renewedBy,
      },
    );
  }
  if (certificate.status !== 'active' || certificate.validUntil < request.today) {
    const status = certificate.status === 'active' ? 'expired' : certificate.status;
    return refuse('not-active', `certificate ${number} is ${status}; apply for a new certificate instead`, {
      status,
    });
  }
  const opensOn = renewalOpensOn(certificate.validUntil, request.windowMonths);
  if (request.today < opensOn) {
    return refuse(
      'window-not-open',
      `the renewal of certificate ${number} opens on ${opensOn}, ${request.windowMonths} months before it ends on ${certificate.validUntil}`,
      { opensOn },
    );
  }
  return null;
}

/**
 * The warning threshold due for a certificate `daysLeft` days from its end, given the smallest one
 * already sent (null: none yet): the smallest threshold the certificate has reached, if it is below
 * the last one sent. A sweep that missed a threshold sends only the most urgent one: a holder 20 days
 * from expiry gets the 30-day warning, not the 90-day one as well.
 */
export function expiryWarningDue(
  daysLeft: number,
  warnedDays: number | null,
  thresholds: readonly number[],
): number | null {
  if (daysLeft < 0) return null;
  const reached = thresholds.filter((threshold) => daysLeft <= threshold);
  if (reached.length === 0) return null;
  const due = Math.min(...reached);
  return warnedDays === null || due < warnedDays ? due : null;
}

export interface VerifiableCertificate {
  readonly status: CertificateStatus;
  readonly validFrom: string;
  readonly validUntil: string | null;
  readonly statusReason: string | null;
  readonly statusChangedOn: string | null;
  readonly renewsCertificate: string | null;
}

/** What a public look-up says: is the certificate valid today, and why (not). */
export function verdictOn(
  certificate: VerifiableCertificate,
  today: string,
): { valid: boolean; reason: string } {
  const { status, validFrom, validUntil, statusReason, statusChangedOn } = certificate;
  const because = statusReason ? `: ${statusReason}` : '';
  switch (status) {
    case 'revoked':
      return { valid: false, reason: `revoked on ${statusChangedOn}${because}` };
    case 'suspended':
      return { valid: false, reason: `suspended since ${statusChangedOn}${because}` };
    case 'expired':
      return { valid: false, reason: `expired: it was valid until ${validUntil}` };
    case 'active':
      if (validUntil !== null && validUntil < today) {
        return { valid: false, reason: `expired: it was valid until ${validUntil}` };
      }
      if (validFrom > today) {
        const renewal = certificate.renewsCertificate ? ` (it renews ${certificate.renewsCertificate})` : '';
        return { valid: false, reason: `not yet in force: valid from ${validFrom}${renewal}` };
      }
      return {
        valid: true,
        reason: validUntil === null ? 'active, without end date' : `active, valid until ${validUntil}`,
      };
  }
}
