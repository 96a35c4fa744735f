import {
  CERTIFICATE_STATUSES,
  CertificateExpired,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  type CertificateStatus,
} from '@hb/contracts';
import { IllegalTransitionError } from '@hb/platform';
import {
  CERTIFICATE_ACTIONS,
  ANNOUNCED_BY,
  describeMove,
  statusAfter,
  type CertificateAction,
} from './certificate-status';

/** Written out by hand, independently of the table, for every (status, action) pair. */
const EXPECTED: Record<CertificateStatus, Record<CertificateAction, CertificateStatus | 'illegal'>> = {
  active: { suspend: 'suspended', reinstate: 'illegal', revoke: 'revoked', expire: 'expired' },
  suspended: { suspend: 'illegal', reinstate: 'active', revoke: 'revoked', expire: 'expired' },
  revoked: { suspend: 'illegal', reinstate: 'illegal', revoke: 'illegal', expire: 'illegal' },
  expired: { suspend: 'illegal', reinstate: 'illegal', revoke: 'illegal', expire: 'illegal' },
};

const pairs = CERTIFICATE_STATUSES.flatMap((status) =>
  CERTIFICATE_ACTIONS.map((action) => [status, action, EXPECTED[status][action]] as const),
);

describe('certificate lifecycle', () => {
  it('covers every status and action', () => {
    expect(pairs).toHaveLength(CERTIFICATE_STATUSES.length * CERTIFICATE_ACTIONS.length);
  });

  it.each(pairs)('a %s certificate asked to %s ends up %s', (status, action, expected) => {
    if (expected === 'illegal') {
      expect(() => statusAfter(status, action)).toThrow(IllegalTransitionError);
    } else {
      expect(statusAfter(status, action)).toBe(expected);
    }
  });

  it('refuses to reinstate a revoked certificate with a 409 that names both states, the action and what is allowed', () => {
    let refusal: unknown;
    try {
      statusAfter('revoked', 'reinstate');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      status: 409,
      message: 'certificate cannot go from revoked to active',
      extensions: { from: 'revoked', to: 'active', trigger: 'reinstate', allowed: [] },
    });
  });

  it('lets a suspended certificate run out: suspension does not stop its validity clock', () => {
    expect(statusAfter('suspended', 'expire')).toBe('expired');
  });

  it('announces each change with the event catalog listens to', () => {
    expect(ANNOUNCED_BY.suspend).toBe(CertificateSuspended);
    expect(ANNOUNCED_BY.reinstate).toBe(CertificateReinstated);
    expect(ANNOUNCED_BY.revoke).toBe(CertificateRevoked);
    expect(ANNOUNCED_BY.expire).toBe(CertificateExpired);
  });

  it('describes each action for the API documentation', () => {
    expect(describeMove('revoke')).toBe('active → revoked, suspended → revoked');
    expect(describeMove('reinstate')).toBe('suspended → active');
  });
});
