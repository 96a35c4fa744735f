import {
  CERTIFICATE_STATUSES,
  CertificateExpired,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  type CertificateData,
  type CertificateStatus,
  type EventDefinition,
} from '@hb/contracts';
import { defineLifecycle } from '@hb/platform';

/** What can happen to a certificate after it is issued: three acts of a certifier, and time. */
export const CERTIFICATE_ACTIONS = ['suspend', 'reinstate', 'revoke', 'expire'] as const;
export type CertificateAction = (typeof CERTIFICATE_ACTIONS)[number];

/** The acts a certifier performs through the API; expiry is the sweep's alone. */
export type CertifierAction = Exclude<CertificateAction, 'expire'>;

/** The certificate lifecycle, declared once: status × action → status (anything else is a 409). */
export const CERTIFICATE_LIFECYCLE = defineLifecycle<CertificateStatus, CertificateAction>({
  aggregate: 'certificate',
  states: CERTIFICATE_STATUSES,
  description:
    'active ⇄ suspended; either can be revoked, or expire when its validity ends (a suspension does not ' +
    'stop the clock). Revoked and expired are final: a new certificate needs a new application.',
  transitions: {
    active: { suspend: 'suspended', revoke: 'revoked', expire: 'expired' },
    suspended: { reinstate: 'active', revoke: 'revoked', expire: 'expired' },
    revoked: {},
    expired: {},
  },
});

/** The event that announces each action. */
export const ANNOUNCED_BY: Readonly<Record<CertificateAction, EventDefinition<CertificateData>>> = {
  suspend: CertificateSuspended,
  reinstate: CertificateReinstated,
  revoke: CertificateRevoked,
  expire: CertificateExpired,
};

/** The status a certificate reaches by an action, or IllegalTransition (409) if the table forbids it. */
export const statusAfter = CERTIFICATE_LIFECYCLE.next;

/** "active → suspended" for the OpenAPI description of an action. */
export const describeMove = CERTIFICATE_LIFECYCLE.describeTrigger;
