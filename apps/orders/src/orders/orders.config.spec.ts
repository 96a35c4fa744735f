import { ConfigurationError } from '@hb/platform';
import { ordersConfigFromEnv } from './orders.config';

describe('orders configuration', () => {
  it('defaults to a two-minute reservation, keys kept 48 h and acceptance after 7 days', () => {
    expect(ordersConfigFromEnv({})).toEqual({
      reservationTimeoutMs: 120_000,
      idempotencyKeyTtlHours: 48,
      autoAcceptDays: 7,
      autoAcceptSweepMs: 60_000,
    });
  });

  it('reads plain numbers in each setting’s unit, or a number with a unit', () => {
    expect(
      ordersConfigFromEnv({
        ORDER_RESERVATION_TIMEOUT_MS: '3000',
        IDEMPOTENCY_KEY_TTL_HOURS: '72',
        ORDERS_AUTO_ACCEPT_DAYS: '14d',
        ORDERS_AUTO_ACCEPT_SWEEP_MS: '5m',
      }),
    ).toEqual({
      reservationTimeoutMs: 3000,
      idempotencyKeyTtlHours: 72,
      autoAcceptDays: 14,
      autoAcceptSweepMs: 300_000,
    });
  });

  it.each([
    ['ORDER_RESERVATION_TIMEOUT_MS', 'two minutes'],
    ['IDEMPOTENCY_KEY_TTL_HOURS', '-48'],
    ['ORDERS_AUTO_ACCEPT_DAYS', '0'],
    ['ORDERS_AUTO_ACCEPT_SWEEP_MS', '1.5'],
  ])('refuses to start with %s=%s rather than falling back to the default', (variable, value) => {
    expect(() => ordersConfigFromEnv({ [variable]: value })).toThrow(ConfigurationError);
    expect(() => ordersConfigFromEnv({ [variable]: value })).toThrow(new RegExp(`^${variable}: `));
  });
});
