import type { ColdChainProfile, ColdChainVerdict, ExcursionSeverity } from '@hb/contracts';

/**
 * The rules that grade excursions and decide the verdict, in one place.
 *
 * Severity of one excursion (an interval during which at least one logger read out of range):
 * - `critical`: it went at least CRITICAL_DEVIATION_C beyond the bound (frozen goods at −13 °C are
 *   thawing; chilled meat at 9 °C grows bacteria within the hour), or it lasted longer than
 *   CRITICAL_DWELL_FACTOR × the allowed dwell;
 * - `major`: it lasted longer than the allowed dwell (maxDwellMinutes);
 * - `minor`: out of range, but back within the allowed dwell and never far out.
 *
 * Verdict of a shipment:
 * - `ok`: no reading ever out of range, and the mean kinetic temperature within the range;
 * - `excursion`: out of range at some point, but every excursion `minor`, the cumulative time out of
 *   range within CUMULATIVE_DWELL_FACTOR × the dwell, and MKT within the range;
 * - `breached`: an excursion `major` or `critical`, or the cumulative time out of range above
 *   CUMULATIVE_DWELL_FACTOR × the dwell (many short excursions add up), or MKT outside the range.
 * MKT is compared at the 0.01 °C it is published with, so a load held exactly at a bound stays in range.
 */
export const CRITICAL_DEVIATION_C = 5;
export const CRITICAL_DWELL_FACTOR = 4;
export const CUMULATIVE_DWELL_FACTOR = 2;

const MINUTE_MS = 60_000;

const SEVERITY_RANK: Readonly<Record<ExcursionSeverity, number>> = { minor: 0, major: 1, critical: 2 };

export function worseSeverity(
  a: ExcursionSeverity | null,
  b: ExcursionSeverity | null,
): ExcursionSeverity | null {
  if (a === null) return b;
  if (b === null) return a;
  return SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a;
}

export function severityOf(
  durationMs: number,
  deviationC: number,
  profile: ColdChainProfile,
): ExcursionSeverity {
  const dwellMs = profile.maxDwellMinutes * MINUTE_MS;
  if (deviationC >= CRITICAL_DEVIATION_C || durationMs > CRITICAL_DWELL_FACTOR * dwellMs) return 'critical';
  if (durationMs > dwellMs) return 'major';
  return 'minor';
}

/** What the verdict is decided on (see ColdChainSummary in excursions.ts). */
export interface VerdictInputs {
  readonly excursions: number;
  readonly worstSeverity: ExcursionSeverity | null;
  readonly outOfRangeMs: number;
  /** Rounded to 0.01 °C, as published. */
  readonly mktC: number | null;
}

export function verdictOf(inputs: VerdictInputs, profile: ColdChainProfile): ColdChainVerdict {
  const mktOutOfRange = inputs.mktC !== null && (inputs.mktC < profile.minC || inputs.mktC > profile.maxC);
  const cumulativeLimitMs = CUMULATIVE_DWELL_FACTOR * profile.maxDwellMinutes * MINUTE_MS;
  if (
    inputs.worstSeverity === 'major' ||
    inputs.worstSeverity === 'critical' ||
    inputs.outOfRangeMs > cumulativeLimitMs ||
    mktOutOfRange
  ) {
    return 'breached';
  }
  return inputs.excursions > 0 ? 'excursion' : 'ok';
}

/** Whole minutes, rounded up: an excursion of 30 min 20 s is over a 30-minute dwell, and says 31. */
export const minutesOf = (ms: number): number => Math.ceil(ms / MINUTE_MS);
