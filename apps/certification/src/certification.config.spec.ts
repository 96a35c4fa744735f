import { ConfigurationError } from '@hb/platform';
import { certificationConfigFromEnv, DEFAULT_CERTIFICATION_CONFIG } from './certification.config';

describe('certification configuration', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(certificationConfigFromEnv({})).toEqual(DEFAULT_CERTIFICATION_CONFIG);
  });

  it('changes only the fees, stages and validities named, keeping the defaults for the rest', () => {
    const config = certificationConfigFromEnv({
      CERT_FEES_CENTS: 'organic=1500000+250000, geographical_indication=300000',
      CERT_STAGE_LIMIT_DAYS: 'testing=45',
      CERT_VALIDITY_YEARS: 'geographical_indication=10,organic=2',
      CERT_FEE_RELIEF_PERCENT: 'key=60',
    });
    expect(config.fees.organic).toEqual({ baseCents: 1_500_000, perAdditionalProductCents: 250_000 });
    expect(config.fees.geographical_indication).toEqual({ baseCents: 300_000, perAdditionalProductCents: 0 });
    expect(config.fees.green_food).toEqual(DEFAULT_CERTIFICATION_CONFIG.fees.green_food);
    expect(config.stageLimitDays).toEqual({ ...DEFAULT_CERTIFICATION_CONFIG.stageLimitDays, testing: 45 });
    expect(config.validityYears).toMatchObject({ geographical_indication: 10, organic: 2, green_food: 3 });
    expect(config.feeReliefPercent).toEqual({ key: 60, deep: 100, lifted: 0 });
  });

  it('reads the warning days in any order, most distant first', () => {
    expect(certificationConfigFromEnv({ CERT_EXPIRY_WARNING_DAYS: '7, 90,30,30' }).expiryWarningDays).toEqual(
      [90, 30, 7],
    );
  });

  it.each([
    ['a misspelt scheme', { CERT_FEES_CENTS: 'green=800000' }],
    ['a negative fee', { CERT_FEES_CENTS: 'green_food=-5' }],
    ['relief above 100%', { CERT_FEE_RELIEF_PERCENT: 'deep=120' }],
    ['a priority lane slower than the standard one', { CERT_PRIORITY_STAGE_LIMIT_DAYS: 'review=40' }],
    ['a validity of zero years', { CERT_VALIDITY_YEARS: 'organic=0' }],
    ['a renewal window that is not a number', { CERT_RENEWAL_WINDOW_MONTHS: 'three' }],
    ['warning days that are not numbers', { CERT_EXPIRY_WARNING_DAYS: '90,soon' }],
  ])('refuses to start on %s', (_label, env) => {
    expect(() => certificationConfigFromEnv(env)).toThrow(ConfigurationError);
  });
});
