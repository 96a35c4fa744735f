import {
  CERTIFICATION_SCHEMES,
  POVERTY_STATUSES,
  type CertificationScheme,
  type PovertyStatus,
} from '@hb/contracts';
import { ConfigurationError } from '@hb/platform';

export const CERTIFICATION_CONFIG = Symbol('CERTIFICATION_CONFIG');

/** The stages a certifier works on, each with a time limit; decided and withdrawn applications have none. */
export const TIMED_STAGES = ['submitted', 'accepted', 'inspection', 'testing', 'review'] as const;
export type TimedStage = (typeof TIMED_STAGES)[number];

/** What an application of a scheme costs: a base fee covering the first product, and each further product. */
export interface FeeSchedule {
  readonly baseCents: number;
  readonly perAdditionalProductCents: number;
}

export interface CertificationConfig {
  /** Days a stage may take in the standard lane. */
  readonly stageLimitDays: Readonly<Record<TimedStage, number>>;
  /** Days a stage may take in the priority lane (applicants from key or deep poverty counties). */
  readonly priorityStageLimitDays: Readonly<Record<TimedStage, number>>;
  readonly fees: Readonly<Record<CertificationScheme, FeeSchedule>>;
  /** Share of the fee waived, in percent, by the county's poverty status when the producer applies. */
  readonly feeReliefPercent: Readonly<Record<PovertyStatus, number>>;
  /** Years a certificate of a scheme is valid; null: without end. */
  readonly validityYears: Readonly<Record<CertificationScheme, number | null>>;
  /** A renewal may be applied for this many months before the certificate ends, not earlier. */
  readonly renewalWindowMonths: number;
  /** Days before expiry at which the holder is warned (CertificateExpiring), each once. */
  readonly expiryWarningDays: readonly number[];
  /** How often the expiry sweep runs. */
  readonly expirySweepIntervalMs: number;
  /**
   * Where an application that names no certificationBodyId goes, while clients learn the field;
   * null: such a submission is a 400.
   */
  readonly defaultCertificationBodyId: string | null;
}

/**
 * Defaults. Fees in cents (fen): green food ¥8,000 for the first product and ¥1,000 for each further
 * one, organic ¥12,000 + ¥2,000, geographical indication ¥5,000 flat; the recognition of
 * poverty-alleviation products is free of charge. Relief: half the fee for key counties, all of it for
 * deep-poverty counties, none once a county is lifted. The priority lane roughly halves every stage.
 */
export const DEFAULT_CERTIFICATION_CONFIG: CertificationConfig = {
  stageLimitDays: { submitted: 5, accepted: 10, inspection: 20, testing: 30, review: 20 },
  priorityStageLimitDays: { submitted: 2, accepted: 5, inspection: 10, testing: 15, review: 10 },
  fees: {
    green_food: { baseCents: 800_000, perAdditionalProductCents: 100_000 },
    organic: { baseCents: 1_200_000, perAdditionalProductCents: 200_000 },
    geographical_indication: { baseCents: 500_000, perAdditionalProductCents: 0 },
    poverty_alleviation_product: { baseCents: 0, perAdditionalProductCents: 0 },
  },
  feeReliefPercent: { key: 50, deep: 100, lifted: 0 },
  validityYears: { green_food: 3, organic: 1, geographical_indication: null, poverty_alleviation_product: 1 },
  renewalWindowMonths: 3,
  expiryWarningDays: [90, 30, 7],
  expirySweepIntervalMs: 60_000,
  defaultCertificationBodyId: null,
};

/**
 * Reads `key=value,key=value` into a record over `keys`, on top of the defaults. A misspelt key or a
 * value that does not parse stops the service at start rather than charging a wrong fee.
 */
function keyedValues<K extends string, V>(
  variable: string,
  raw: string | undefined,
  keys: readonly K[],
  defaults: Readonly<Record<K, V>>,
  parse: (value: string) => V | undefined,
): Record<K, V> {
  const result: Record<K, V> = { ...defaults };
  if (!raw?.trim()) return result;
  for (const entry of raw.split(',')) {
    const [key, value, ...rest] = entry.split('=').map((part) => part.trim());
    if (!keys.includes(key as K) || value === undefined || rest.length > 0) {
      throw new ConfigurationError(variable, `"${entry}" is not one of ${keys.join(', ')} = value`);
    }
    const parsed = parse(value);
    if (parsed === undefined) throw new ConfigurationError(variable, `"${value}" is not a valid value`);
    result[key as K] = parsed;
  }
  return result;
}

const wholeNumber =
  (min: number, max = Number.MAX_SAFE_INTEGER) =>
  (value: string): number | undefined => {
    if (!/^\d+$/.test(value)) return undefined;
    const parsed = Number(value);
    return parsed >= min && parsed <= max ? parsed : undefined;
  };

/** `800000` (flat) or `800000+100000` (base + each further product). */
const feeSchedule = (value: string): FeeSchedule | undefined => {
  const [base, perAdditional = '0', ...rest] = value.split('+');
  const baseCents = wholeNumber(0)(base);
  const perAdditionalProductCents = wholeNumber(0)(perAdditional);
  if (rest.length > 0 || baseCents === undefined || perAdditionalProductCents === undefined) return undefined;
  return { baseCents, perAdditionalProductCents };
};

const yearsOrNone = (value: string): number | null | undefined =>
  value === 'none' ? null : wholeNumber(1, 100)(value);

function positive(variable: string, raw: string | undefined, fallback: number): number {
  if (!raw?.trim()) return fallback;
  const parsed = wholeNumber(1)(raw.trim());
  if (parsed === undefined) throw new ConfigurationError(variable, `"${raw}" is not a positive whole number`);
  return parsed;
}

function warningDays(raw: string | undefined, fallback: readonly number[]): number[] {
  if (!raw?.trim()) return [...fallback];
  const days = raw.split(',').map((part) => wholeNumber(1, 3650)(part.trim()));
  if (days.some((value) => value === undefined)) {
    throw new ConfigurationError('CERT_EXPIRY_WARNING_DAYS', `"${raw}" is not a list of days, e.g. 90,30,7`);
  }
  return [...new Set(days as number[])].sort((a, b) => b - a);
}

/**
 * The configuration from the environment (defaults above):
 * - `CERT_STAGE_LIMIT_DAYS`, `CERT_PRIORITY_STAGE_LIMIT_DAYS`: `submitted=5,accepted=10,…` (days);
 * - `CERT_FEES_CENTS`: `green_food=800000+100000,organic=1200000+200000,…` (base + each further product);
 * - `CERT_FEE_RELIEF_PERCENT`: `key=50,deep=100,lifted=0`;
 * - `CERT_VALIDITY_YEARS`: `green_food=3,organic=1,poverty_alleviation_product=1,geographical_indication=none`;
 * - `CERT_RENEWAL_WINDOW_MONTHS` (3), `CERT_EXPIRY_WARNING_DAYS` (`90,30,7`),
 *   `CERT_EXPIRY_SWEEP_INTERVAL_MS` (60000);
 * - `CERT_DEFAULT_BODY_ID`: the certification body of applications that name none (unset: 400).
 */
export function certificationConfigFromEnv(env: NodeJS.ProcessEnv = process.env): CertificationConfig {
  const defaults = DEFAULT_CERTIFICATION_CONFIG;
  const stageLimitDays = keyedValues(
    'CERT_STAGE_LIMIT_DAYS',
    env.CERT_STAGE_LIMIT_DAYS,
    TIMED_STAGES,
    defaults.stageLimitDays,
    wholeNumber(1, 3650),
  );
  const priorityStageLimitDays = keyedValues(
    'CERT_PRIORITY_STAGE_LIMIT_DAYS',
    env.CERT_PRIORITY_STAGE_LIMIT_DAYS,
    TIMED_STAGES,
    defaults.priorityStageLimitDays,
    wholeNumber(1, 3650),
  );
  const slower = TIMED_STAGES.filter((stage) => priorityStageLimitDays[stage] > stageLimitDays[stage]);
  if (slower.length > 0) {
    throw new ConfigurationError(
      'CERT_PRIORITY_STAGE_LIMIT_DAYS',
      `the priority lane may not be slower than the standard one (${slower.join(', ')})`,
    );
  }
  return {
    stageLimitDays,
    priorityStageLimitDays,
    fees: keyedValues(
      'CERT_FEES_CENTS',
      env.CERT_FEES_CENTS,
      CERTIFICATION_SCHEMES,
      defaults.fees,
      feeSchedule,
    ),
    feeReliefPercent: keyedValues(
      'CERT_FEE_RELIEF_PERCENT',
      env.CERT_FEE_RELIEF_PERCENT,
      POVERTY_STATUSES,
      defaults.feeReliefPercent,
      wholeNumber(0, 100),
    ),
    validityYears: keyedValues(
      'CERT_VALIDITY_YEARS',
      env.CERT_VALIDITY_YEARS,
      CERTIFICATION_SCHEMES,
      defaults.validityYears,
      yearsOrNone,
    ),
    renewalWindowMonths: positive(
      'CERT_RENEWAL_WINDOW_MONTHS',
      env.CERT_RENEWAL_WINDOW_MONTHS,
      defaults.renewalWindowMonths,
    ),
    expiryWarningDays: warningDays(env.CERT_EXPIRY_WARNING_DAYS, defaults.expiryWarningDays),
    expirySweepIntervalMs: positive(
      'CERT_EXPIRY_SWEEP_INTERVAL_MS',
      env.CERT_EXPIRY_SWEEP_INTERVAL_MS,
      defaults.expirySweepIntervalMs,
    ),
    defaultCertificationBodyId: env.CERT_DEFAULT_BODY_ID?.trim() || defaults.defaultCertificationBodyId,
  };
}
