export const PACING_CONFIG = Symbol('PACING_CONFIG');

export interface PacingConfig {
  /** Behind the pace by more than this share of it (percent) is behind pace: a warning at month end. */
  readonly tolerancePercent: number;
  /** How often the month-end sweep looks whether a month has ended unswept. */
  readonly sweepIntervalMs: number;
  /** How many of the best matches are offered an emergency sale when it opens. */
  readonly offerTopN: number;
}

function parsed(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  valid: (value: number) => boolean,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw.trim()) || !valid(value)) {
    throw new Error(`${name}="${raw}" is not valid`);
  }
  return value;
}

/** Read once at start-up: garbage stops the service rather than silently falling back. */
export function pacingConfigFromEnv(env: NodeJS.ProcessEnv = process.env): PacingConfig {
  return {
    tolerancePercent: parsed(env, 'RELIEF_PACE_TOLERANCE_PERCENT', 10, (value) => value >= 0 && value <= 100),
    sweepIntervalMs: parsed(
      env,
      'RELIEF_PACE_SWEEP_INTERVAL_MS',
      3_600_000,
      (value) => Number.isInteger(value) && value > 0,
    ),
    offerTopN: parsed(
      env,
      'EMERGENCY_SALE_OFFER_TOP_N',
      20,
      (value) => Number.isInteger(value) && value >= 1 && value <= 1000,
    ),
  };
}
