import { ConfigurationError } from '@hb/platform';
export const MONITORING_CONFIG = Symbol('MONITORING_CONFIG');

export interface MonitoringConfig {
  /** Days of the recent window the rules look at (14). */
  readonly recentDays: number;
  /** Days of the baseline window just before it (56). */
  readonly baselineDays: number;
  /** price_drop raises when recent median ÷ baseline median falls below this (0.8). */
  readonly priceDropRatio: number;
  /** sales_slump raises when recent ordered quantity ÷ baseline (per day) falls below this (0.5). */
  readonly salesSlumpRatio: number;
  /** unsold_near_expiry: stock expiring within this many days (7)… */
  readonly nearExpiryDays: number;
  /** …above this share of what is available (0.3). */
  readonly nearExpiryShare: number;
  /** How far past the raising threshold a measure must come back before its alert clears (0.1). */
  readonly hysteresis: number;
  /** Data points (accepted or placed order lines) each window needs before price_drop or sales_slump decides (3). */
  readonly minDataPoints: number;
  /** Days of accepted lines behind a category's reference price (90). */
  readonly referenceDays: number;
  /** Accepted lines a category needs before its reference price applies (5). */
  readonly referenceMinDataPoints: number;
  /** A lowest-tier price below low × reference or above high × reference is flagged (0.5, 1.5). */
  readonly priceBandLow: number;
  readonly priceBandHigh: number;
  /** A flag clears once the ratio is this far inside the band (0.05): no flapping as the reference moves. */
  readonly priceClearMargin: number;
  /** Risk score (0–100) from which a producer is medium (25) and high (50)… */
  readonly riskMediumScore: number;
  readonly riskHighScore: number;
  /** …and how far below a level's score it must fall to come down from it (10). */
  readonly riskHysteresis: number;
  /** How often the sweep looks whether today's evaluation has run (hourly); it runs once a day. */
  readonly sweepIntervalMs: number;
  /** Evaluate the rules as events arrive (off while rebuilding: the replay restores findings from the service's own topics). */
  readonly evaluateOnEvents: boolean;
}

export const DEFAULT_MONITORING_CONFIG: MonitoringConfig = {
  recentDays: 14,
  baselineDays: 56,
  priceDropRatio: 0.8,
  salesSlumpRatio: 0.5,
  nearExpiryDays: 7,
  nearExpiryShare: 0.3,
  hysteresis: 0.1,
  minDataPoints: 3,
  referenceDays: 90,
  referenceMinDataPoints: 5,
  priceBandLow: 0.5,
  priceBandHigh: 1.5,
  priceClearMargin: 0.05,
  riskMediumScore: 25,
  riskHighScore: 50,
  riskHysteresis: 10,
  sweepIntervalMs: 3_600_000,
  evaluateOnEvents: true,
};

function numberFrom(
  env: NodeJS.ProcessEnv,
  variable: string,
  fallback: number,
  { min, max, whole }: { min: number; max: number; whole?: boolean },
): number {
  const raw = env[variable]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
    throw new ConfigurationError(
      variable,
      `"${raw}" is not a ${whole ? 'whole ' : ''}number from ${min} to ${max}`,
    );
  }
  return value;
}

/**
 * The configuration from the environment (defaults in DEFAULT_MONITORING_CONFIG; README "Monitoring"):
 * MONITORING_RECENT_DAYS, MONITORING_BASELINE_DAYS, MONITORING_PRICE_DROP_RATIO,
 * MONITORING_SALES_SLUMP_RATIO, MONITORING_NEAR_EXPIRY_DAYS, MONITORING_NEAR_EXPIRY_SHARE,
 * MONITORING_HYSTERESIS, MONITORING_MIN_DATA_POINTS, MONITORING_REFERENCE_DAYS,
 * MONITORING_REFERENCE_MIN_DATA_POINTS, MONITORING_PRICE_BAND_LOW, MONITORING_PRICE_BAND_HIGH,
 * MONITORING_PRICE_CLEAR_MARGIN, MONITORING_RISK_MEDIUM_SCORE, MONITORING_RISK_HIGH_SCORE,
 * MONITORING_RISK_HYSTERESIS, MONITORING_SWEEP_INTERVAL_MS, MONITORING_EVALUATE_ON_EVENTS (true|false).
 * A value that does not parse stops the service at start.
 */
export function monitoringConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MonitoringConfig {
  const d = DEFAULT_MONITORING_CONFIG;
  const days = { min: 1, max: 3650, whole: true };
  const share = { min: 0, max: 1 };
  const evaluate = env.MONITORING_EVALUATE_ON_EVENTS?.trim();
  if (evaluate && evaluate !== 'true' && evaluate !== 'false') {
    throw new ConfigurationError('MONITORING_EVALUATE_ON_EVENTS', `"${evaluate}" is not true or false`);
  }
  const config: MonitoringConfig = {
    recentDays: numberFrom(env, 'MONITORING_RECENT_DAYS', d.recentDays, days),
    baselineDays: numberFrom(env, 'MONITORING_BASELINE_DAYS', d.baselineDays, days),
    priceDropRatio: numberFrom(env, 'MONITORING_PRICE_DROP_RATIO', d.priceDropRatio, share),
    salesSlumpRatio: numberFrom(env, 'MONITORING_SALES_SLUMP_RATIO', d.salesSlumpRatio, share),
    nearExpiryDays: numberFrom(env, 'MONITORING_NEAR_EXPIRY_DAYS', d.nearExpiryDays, days),
    nearExpiryShare: numberFrom(env, 'MONITORING_NEAR_EXPIRY_SHARE', d.nearExpiryShare, share),
    hysteresis: numberFrom(env, 'MONITORING_HYSTERESIS', d.hysteresis, share),
    minDataPoints: numberFrom(env, 'MONITORING_MIN_DATA_POINTS', d.minDataPoints, {
      min: 1,
      max: 1e6,
      whole: true,
    }),
    referenceDays: numberFrom(env, 'MONITORING_REFERENCE_DAYS', d.referenceDays, days),
    referenceMinDataPoints: numberFrom(
      env,
      'MONITORING_REFERENCE_MIN_DATA_POINTS',
      d.referenceMinDataPoints,
      {
        min: 1,
        max: 1e6,
        whole: true,
      },
    ),
    priceBandLow: numberFrom(env, 'MONITORING_PRICE_BAND_LOW', d.priceBandLow, share),
    priceBandHigh: numberFrom(env, 'MONITORING_PRICE_BAND_HIGH', d.priceBandHigh, { min: 1, max: 100 }),
    priceClearMargin: numberFrom(env, 'MONITORING_PRICE_CLEAR_MARGIN', d.priceClearMargin, share),
    riskMediumScore: numberFrom(env, 'MONITORING_RISK_MEDIUM_SCORE', d.riskMediumScore, {
      min: 1,
      max: 100,
      whole: true,
    }),
    riskHighScore: numberFrom(env, 'MONITORING_RISK_HIGH_SCORE', d.riskHighScore, {
      min: 1,
      max: 100,
      whole: true,
    }),
    riskHysteresis: numberFrom(env, 'MONITORING_RISK_HYSTERESIS', d.riskHysteresis, {
      min: 0,
      max: 100,
      whole: true,
    }),
    sweepIntervalMs: numberFrom(env, 'MONITORING_SWEEP_INTERVAL_MS', d.sweepIntervalMs, {
      min: 100,
      max: 86_400_000,
      whole: true,
    }),
    evaluateOnEvents: evaluate ? evaluate === 'true' : d.evaluateOnEvents,
  };
  if (config.riskMediumScore >= config.riskHighScore) {
    throw new ConfigurationError('MONITORING_RISK_MEDIUM_SCORE', 'must be below MONITORING_RISK_HIGH_SCORE');
  }
  return config;
}
