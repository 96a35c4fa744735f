export const STANDING_ORDERS_CONFIG = Symbol('STANDING_ORDERS_CONFIG');

export interface StandingOrdersConfig {
  /** How often the sweep looks for occurrences to place and for rejected ones. */
  readonly sweepIntervalMs: number;
  /** An occurrence is placed this many days before its day, so catalog and logistics have time. */
  readonly leadDays: number;
}

export class StandingOrdersConfigError extends Error {
  constructor(variable: string, raw: string, expected: string) {
    super(`${variable}: "${raw}" is not ${expected}`);
    this.name = 'StandingOrdersConfigError';
  }
}

function wholeNumber(
  env: NodeJS.ProcessEnv,
  variable: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[variable]?.trim();
  if (!raw) return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw new StandingOrdersConfigError(variable, raw, `a whole number from ${min} to ${max}`);
  }
  return value;
}

/**
 * `ORDERS_STANDING_ORDER_SWEEP_MS` (60000) and `ORDERS_STANDING_ORDER_LEAD_DAYS` (2); anything that
 * does not parse stops the service at start rather than placing orders at the wrong time.
 */
export function standingOrdersConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StandingOrdersConfig {
  return {
    sweepIntervalMs: wholeNumber(env, 'ORDERS_STANDING_ORDER_SWEEP_MS', 60_000, 100, 86_400_000),
    leadDays: wholeNumber(env, 'ORDERS_STANDING_ORDER_LEAD_DAYS', 2, 0, 60),
  };
}
