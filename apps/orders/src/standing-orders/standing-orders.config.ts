import { envDuration, envInt } from '@hb/platform';
export const STANDING_ORDERS_CONFIG = Symbol('STANDING_ORDERS_CONFIG');

export interface StandingOrdersConfig {
  /** How often the sweep looks for occurrences to place and for rejected ones. */
  readonly sweepIntervalMs: number;
  /** An occurrence is placed this many days before its day, so catalog and logistics have time. */
  readonly leadDays: number;
}

/**
 * `ORDERS_STANDING_ORDER_SWEEP_MS` (60000) and `ORDERS_STANDING_ORDER_LEAD_DAYS` (2); anything that
 * does not parse stops the service at start rather than placing orders at the wrong time.
 */
export function standingOrdersConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StandingOrdersConfig {
  return {
    sweepIntervalMs: envDuration('ORDERS_STANDING_ORDER_SWEEP_MS', 60_000, {
      env,
      min: 100,
      max: 86_400_000,
    }),
    leadDays: envInt('ORDERS_STANDING_ORDER_LEAD_DAYS', 2, { env, min: 0, max: 60 }),
  };
}
