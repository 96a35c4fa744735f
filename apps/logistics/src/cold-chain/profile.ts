import type { ColdChainProfile, ExcursionDirection } from '@hb/contracts';

/**
 * The range a shipment must stay in when it carries goods of several profiles: the intersection,
 * i.e. the warmest lower bound, the coldest upper bound and the shortest dwell, so that every
 * product in it is kept within its own range. Chilled goat (0–4 °C, 30 min) with kiwifruit
 * (0–4 °C, 120 min) is kept at 0–4 °C with 30 min. Goods with no common range (frozen with
 * tropical fruit) give minC > maxC: no temperature suits both, every reading counts as out of
 * range, and the shipment cannot end `ok` — they belong in separate compartments, which shipments
 * do not model.
 */
export function intersectProfiles(profiles: readonly ColdChainProfile[]): ColdChainProfile {
  if (profiles.length === 0) throw new Error('a shipment carries at least one line');
  return {
    minC: Math.max(...profiles.map((profile) => profile.minC)),
    maxC: Math.min(...profiles.map((profile) => profile.maxC)),
    maxDwellMinutes: Math.min(...profiles.map((profile) => profile.maxDwellMinutes)),
  };
}

export const isEmptyProfile = (profile: ColdChainProfile): boolean => profile.minC > profile.maxC;

/** Where a reading lies against the range (bounds included); null when in range. */
export function directionOf(temperatureC: number, profile: ColdChainProfile): ExcursionDirection | null {
  if (temperatureC > profile.maxC) return 'above';
  if (temperatureC < profile.minC) return 'below';
  return null;
}

/** How far (°C, ≥ 0) a reading out on the given side lies beyond that bound. */
export function deviationC(
  direction: ExcursionDirection,
  temperatureC: number,
  profile: ColdChainProfile,
): number {
  return direction === 'above' ? temperatureC - profile.maxC : profile.minC - temperatureC;
}
