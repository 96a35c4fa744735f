import type { AlertSeverity } from '@hb/contracts';

/** What a rule says about its subject now: raise an alert, clear the open one, or leave things as they are. */
export type Verdict = 'raise' | 'clear' | 'keep';

/**
 * For measures where low is bad (price_drop, sales_slump): below `raiseBelow` raises; only at or
 * above `raiseBelow + hysteresis` clears, so a measure hovering around the threshold does not raise
 * and clear an alert again and again. Null (not enough data) decides nothing.
 */
export function lowIsBad(ratio: number | null, raiseBelow: number, hysteresis: number): Verdict {
  if (ratio === null) return 'keep';
  if (ratio < raiseBelow) return 'raise';
  return ratio >= rounded(raiseBelow + hysteresis) ? 'clear' : 'keep';
}

/** For measures where high is bad (unsold_near_expiry): above `raiseAbove` raises; at or below `raiseAbove − hysteresis` clears. */
export function highIsBad(share: number | null, raiseAbove: number, hysteresis: number): Verdict {
  if (share === null) return 'keep';
  if (share > raiseAbove) return 'raise';
  return share <= rounded(raiseAbove - hysteresis) ? 'clear' : 'keep';
}

/** Critical when a low-is-bad ratio is below three quarters of its threshold, warning otherwise. */
export const severityOfDrop = (ratio: number, raiseBelow: number): AlertSeverity =>
  ratio < raiseBelow * 0.75 ? 'critical' : 'warning';

/** Critical when a high-is-bad share is twice its threshold (or all of it), warning otherwise. */
export const severityOfExcess = (share: number, raiseAbove: number): AlertSeverity =>
  share >= Math.min(1, raiseAbove * 2) ? 'critical' : 'warning';

/** Rounded to 4 decimals, so evidence compares equal after a replay and reads well. */
export const rounded = (value: number): number => Math.round(value * 10_000) / 10_000;

/** value ÷ baseline, or null when there is no baseline to compare with. */
export const ratioOf = (value: number, baseline: number): number | null =>
  baseline > 0 ? rounded(value / baseline) : null;
