import { ConfigurationError } from '@hb/platform';
import { standingOrdersConfigFromEnv } from './standing-orders.config';

describe('standing orders configuration', () => {
  it('defaults to a sweep a minute and orders placed two days ahead', () => {
    expect(standingOrdersConfigFromEnv({})).toEqual({ sweepIntervalMs: 60_000, leadDays: 2 });
  });

  it('reads the environment', () => {
    expect(
      standingOrdersConfigFromEnv({
        ORDERS_STANDING_ORDER_SWEEP_MS: '500',
        ORDERS_STANDING_ORDER_LEAD_DAYS: '0',
      }),
    ).toEqual({ sweepIntervalMs: 500, leadDays: 0 });
  });

  it.each([
    ['ORDERS_STANDING_ORDER_LEAD_DAYS', '-1'],
    ['ORDERS_STANDING_ORDER_LEAD_DAYS', '2 days'],
    ['ORDERS_STANDING_ORDER_LEAD_DAYS', '61'],
    ['ORDERS_STANDING_ORDER_SWEEP_MS', '1e3'],
    ['ORDERS_STANDING_ORDER_SWEEP_MS', '0'],
  ])('refuses %s=%s at start', (variable, value) => {
    expect(() => standingOrdersConfigFromEnv({ [variable]: value })).toThrow(ConfigurationError);
  });
});
