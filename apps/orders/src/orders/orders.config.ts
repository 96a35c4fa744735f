import { envDuration } from '@hb/platform';
export const ORDERS_CONFIG = Symbol('ORDERS_CONFIG');

export interface OrdersConfig {
  /** An order whose stock catalog has not decided on within this time is cancelled (the buyer can place it again). */
  readonly reservationTimeoutMs: number;
  /** Idempotency keys are kept at least this long (24 h minimum). */
  readonly idempotencyKeyTtlHours: number;
  /** A delivered order neither accepted nor disputed within this many days is settled by the sweep. */
  readonly autoAcceptDays: number;
  /** How often the auto-acceptance sweep looks for such orders. */
  readonly autoAcceptSweepMs: number;
}

export function ordersConfigFromEnv(env: NodeJS.ProcessEnv = process.env): OrdersConfig {
  return {
    reservationTimeoutMs: envDuration('ORDER_RESERVATION_TIMEOUT_MS', 120_000, { env }),
    idempotencyKeyTtlHours: Math.max(24, envDuration('IDEMPOTENCY_KEY_TTL_HOURS', 48, { env, unit: 'h' })),
    autoAcceptDays: envDuration('ORDERS_AUTO_ACCEPT_DAYS', 7, { env, unit: 'd' }),
    autoAcceptSweepMs: envDuration('ORDERS_AUTO_ACCEPT_SWEEP_MS', 60_000, { env }),
  };
}
