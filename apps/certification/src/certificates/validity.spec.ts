import {
  addDays,
  addMonths,
  daysBetween,
  expiryWarningDue,
  renewalOpensOn,
  renewalRefusal,
  renewalStartsOn,
  validityFrom,
  verdictOn,
  type RenewableCertificate,
  type VerifiableCertificate,
} from './validity';

describe('calendar days', () => {
  it('adds and counts days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2027-01-01', '2026-12-25')).toBe(-7);
  });

  it('moves by months to the same day, or the last day of a shorter month', () => {
    expect(addMonths('2029-03-09', -3)).toBe('2028-12-09');
    expect(addMonths('2029-05-31', -3)).toBe('2029-02-28');
    expect(addMonths('2028-05-31', -3)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});

describe('validity by scheme', () => {
  it('runs a three-year green food certificate through the day before its third anniversary', () => {
    expect(validityFrom('2026-03-10', 3)).toEqual({ validFrom: '2026-03-10', validUntil: '2029-03-09' });
  });

  it('runs a one-year certificate issued on 29 February through 28 February', () => {
    expect(validityFrom('2028-02-29', 1).validUntil).toBe('2029-02-28');
  });

  it('gives a geographical indication no end', () => {
    expect(validityFrom('2026-03-10', null)).toEqual({ validFrom: '2026-03-10', validUntil: null });
  });

  it('starts a renewed certificate the day after the old one ends, so there is no gap and no overlap', () => {
    const renewed = validityFrom(renewalStartsOn('2027-03-09'), 1);
    expect(renewed).toEqual({ validFrom: '2027-03-10', validUntil: '2028-03-09' });
  });
});

describe('the renewal window', () => {
  const certificate: RenewableCertificate = {
    number: 'OG-2026-000007',
    scheme: 'organic',
    holderId: 'producer-a',
    status: 'active',
    validUntil: '2027-03-09',
    renewedBy: null,
  };
  const request = { applicantId: 'producer-a', scheme: 'organic' as const, windowMonths: 3 };

  it('opens three months before the last valid day', () => {
    expect(renewalOpensOn('2027-03-09', 3)).toBe('2026-12-09');
    expect(renewalRefusal(certificate, { ...request, today: '2026-12-09' })).toBeNull();
    expect(renewalRefusal(certificate, { ...request, today: '2027-03-09' })).toBeNull();
  });

  it('refuses a renewal one day before the window opens, saying when it opens', () => {
    const refusal = renewalRefusal(certificate, { ...request, today: '2026-12-08' });
    expect(refusal?.message).toBe(
      'the renewal of certificate OG-2026-000007 opens on 2026-12-09, 3 months before it ends on 2027-03-09',
    );
    expect(refusal?.extensions).toEqual({
      certificateNumber: 'OG-2026-000007',
      reason: 'window-not-open',
      opensOn: '2026-12-09',
    });
  });

  it.each([
    ['another holder', { holderId: 'producer-b' }, {}, /not held by the applicant/],
    ['another scheme', {}, { scheme: 'green_food' as const }, /renewal keeps the scheme/],
    ['no end date', { validUntil: null }, {}, /no end date/],
    ['an earlier renewal', { renewedBy: 'OG-2027-000001' }, {}, /already renewed by OG-2027-000001/],
    ['a suspension', { status: 'suspended' as const }, {}, /is suspended/],
    ['a revocation', { status: 'revoked' as const }, {}, /is revoked/],
    ['its expiry', { status: 'expired' as const }, {}, /is expired/],
  ])('refuses a certificate because of %s', (_label, change, requestChange, reason) => {
    expect(
      renewalRefusal({ ...certificate, ...change }, { ...request, today: '2027-01-15', ...requestChange })
        ?.message,
    ).toMatch(reason);
  });

  it('refuses a certificate past its last valid day even before the sweep marks it expired', () => {
    expect(renewalRefusal(certificate, { ...request, today: '2027-03-10' })?.message).toMatch(/is expired/);
  });
});

describe('expiry warnings', () => {
  const thresholds = [90, 30, 7];

  it.each([
    [91, null, null],
    [90, null, 90],
    [89, 90, null],
    [31, 90, null],
    [30, 90, 30],
    [29, 30, null],
    [7, 30, 7],
    [3, 7, null],
    [0, 7, null],
  ])('with %i days left and the %p-day warning sent, sends the %p-day warning', (daysLeft, warned, due) => {
    expect(expiryWarningDue(daysLeft, warned, thresholds)).toBe(due);
  });

  it('sends only the most urgent warning when a sweep finds a certificate past several thresholds', () => {
    expect(expiryWarningDue(20, null, thresholds)).toBe(30);
    expect(expiryWarningDue(5, 90, thresholds)).toBe(7);
  });

  it('sends nothing for a certificate already past its end', () => {
    expect(expiryWarningDue(-1, null, thresholds)).toBeNull();
  });
});

describe('public verification', () => {
  const active: VerifiableCertificate = {
    status: 'active',
    validFrom: '2026-03-10',
    validUntil: '2029-03-09',
    statusReason: null,
    statusChangedOn: null,
    renewsCertificate: null,
  };

  it('says an active certificate within its validity is valid, and until when', () => {
    expect(verdictOn(active, '2026-06-01')).toEqual({
      valid: true,
      reason: 'active, valid until 2029-03-09',
    });
    expect(verdictOn({ ...active, validUntil: null }, '2040-01-01')).toEqual({
      valid: true,
      reason: 'active, without end date',
    });
  });

  it('says why a certificate is not valid', () => {
    const ended = {
      ...active,
      statusChangedOn: '2026-05-02',
      statusReason: 'pesticide residue above limits',
    };
    expect(verdictOn({ ...ended, status: 'revoked' }, '2026-06-01')).toEqual({
      valid: false,
      reason: 'revoked on 2026-05-02: pesticide residue above limits',
    });
    expect(verdictOn({ ...ended, status: 'suspended' }, '2026-06-01').reason).toBe(
      'suspended since 2026-05-02: pesticide residue above limits',
    );
    expect(verdictOn({ ...active, status: 'expired' }, '2029-04-01')).toEqual({
      valid: false,
      reason: 'expired: it was valid until 2029-03-09',
    });
  });

  it('does not call a certificate valid after its last day, before the sweep has expired it', () => {
    expect(verdictOn(active, '2029-03-09').valid).toBe(true);
    expect(verdictOn(active, '2029-03-10')).toEqual({
      valid: false,
      reason: 'expired: it was valid until 2029-03-09',
    });
  });

  it('says a renewal issued early is not in force until the old certificate ends', () => {
    const renewal = {
      ...active,
      validFrom: '2029-03-10',
      validUntil: '2032-03-09',
      renewsCertificate: 'GF-2026-000001',
    };
    expect(verdictOn(renewal, '2029-01-05')).toEqual({
      valid: false,
      reason: 'not yet in force: valid from 2029-03-10 (it renews GF-2026-000001)',
    });
    expect(verdictOn(renewal, '2029-03-10').valid).toBe(true);
  });
});
