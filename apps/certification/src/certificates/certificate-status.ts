import {
  CertificateExpired,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  type CertificateData,
  type CertificateStatus,
  type EventDefinition,
} from '@hb/contracts';
import { IllegalTransitionError } from '@hb/platform';

/** What can happen to a certificate after it is issued: three acts of a certifier, and time. */
export const CERTIFICATE_ACTIONS = ['suspend', 'reinstate', 'revoke', 'expire'] as const;
export type CertificateAction = (typeof CERTIFICATE_ACTIONS)[number];

/** The acts a certifier performs through the API; expiry is the sweep's alone. */
export type CertifierAction = Exclude<CertificateAction, 'expire'>;

interface CertificateMove {
  /** The statuses the action may start from; from any other it is a 409. */
  readonly from: readonly CertificateStatus[];
  readonly to: CertificateStatus;
  readonly announcedBy: EventDefinition<CertificateData>;
}

/**
 * The certificate lifecycle, declared once: active ⇄ suspended; either can be revoked, or expire when
 * its validity ends (a suspension does not stop the clock). Revoked and expired are final: a new
 * certificate needs a new application.
 */
export const CERTIFICATE_MOVES: Readonly<Record<CertificateAction, CertificateMove>> = {
  suspend: { from: ['active'], to: 'suspended', announcedBy: CertificateSuspended },
  reinstate: { from: ['suspended'], to: 'active', announcedBy: CertificateReinstated },
  revoke: { from: ['active', 'suspended'], to: 'revoked', announcedBy: CertificateRevoked },
  expire: { from: ['active', 'suspended'], to: 'expired', announcedBy: CertificateExpired },
};

/** The status a certificate reaches by an action, or IllegalTransitionError (409) if the table forbids it. */
export function statusAfter(from: CertificateStatus, action: CertificateAction): CertificateStatus {
  const move = CERTIFICATE_MOVES[action];
  if (!move.from.includes(from)) throw new IllegalTransitionError('certificate', from, move.to);
  return move.to;
}

/** "active → suspended" for the OpenAPI description of an action. */
export function describeMove(action: CertificateAction): string {
  const move = CERTIFICATE_MOVES[action];
  return move.from.map((from) => `${from} → ${move.to}`).join(', ');
}
