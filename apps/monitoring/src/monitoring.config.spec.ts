import { ConfigurationError } from '@hb/platform';
import { DEFAULT_MONITORING_CONFIG, monitoringConfigFromEnv } from './monitoring.config';

describe('monitoring configuration', () => {
  it('uses the documented defaults', () => {
    expect(monitoringConfigFromEnv({})).toEqual(DEFAULT_MONITORING_CONFIG);
  });

  it('reads thresholds from the environment', () => {
    const config = monitoringConfigFromEnv({
      MONITORING_PRICE_DROP_RATIO: '0.7',
      MONITORING_NEAR_EXPIRY_DAYS: '5',
      MONITORING_EVALUATE_ON_EVENTS: 'false',
    });
    expect(config).toMatchObject({ priceDropRatio: 0.7, nearExpiryDays: 5, evaluateOnEvents: false });
  });

  it.each([
    ['MONITORING_PRICE_DROP_RATIO', '1.2'],
    ['MONITORING_NEAR_EXPIRY_DAYS', '2.5'],
    ['MONITORING_EVALUATE_ON_EVENTS', 'sometimes'],
    ['MONITORING_RISK_MEDIUM_SCORE', '60'],
  ])('refuses %s=%s at start', (variable, value) => {
    expect(() => monitoringConfigFromEnv({ [variable]: value })).toThrow(ConfigurationError);
  });
});
