import type { PovertyStatus } from '@hb/contracts';

/** What the API says about a county (and what its events carry). */
export interface CountyFields {
  readonly code: string;
  readonly name: string;
  readonly province: string;
  readonly prefecture: string;
  readonly povertyStatus: PovertyStatus;
  readonly liftedOn: string | null;
  readonly pairedCity: string | null;
}

/** A partial change of a county; `null` clears an optional field, `undefined` keeps it. */
export interface CountyChange {
  readonly name?: string;
  readonly province?: string;
  readonly prefecture?: string;
  readonly povertyStatus?: PovertyStatus;
  readonly liftedOn?: string | null;
  readonly pairedCity?: string | null;
}

export const COUNTY_CODE = /^\d{6}$/;

/**
 * Why a poverty status and a lifted-on date do not belong together, or null when they do: a county
 * has a lifted-on date exactly when it is lifted.
 */
export function povertyStatusProblem(
  povertyStatus: PovertyStatus,
  liftedOn: string | null | undefined,
): string | null {
  if (povertyStatus === 'lifted' && liftedOn == null) {
    return 'liftedOn (the day the county was lifted out of poverty, YYYY-MM-DD) is required when povertyStatus is lifted';
  }
  if (povertyStatus !== 'lifted' && liftedOn != null) {
    return `liftedOn is only for a county whose povertyStatus is lifted, and this one would be ${povertyStatus}`;
  }
  return null;
}

/**
 * The county after a change. A lifted-on date the change does not name stays while the county stays
 * lifted and goes when it moves back to key or deep: going back into the programme ends the lifted period.
 */
export function changedCounty(current: CountyFields, change: CountyChange): CountyFields {
  const povertyStatus = change.povertyStatus ?? current.povertyStatus;
  let liftedOn = povertyStatus === 'lifted' ? current.liftedOn : null;
  if (change.liftedOn !== undefined) liftedOn = change.liftedOn;
  return {
    code: current.code,
    name: change.name ?? current.name,
    province: change.province ?? current.province,
    prefecture: change.prefecture ?? current.prefecture,
    povertyStatus,
    liftedOn,
    pairedCity: change.pairedCity === undefined ? current.pairedCity : change.pairedCity,
  };
}

export function sameCounty(left: CountyFields, right: CountyFields): boolean {
  return (
    left.code === right.code &&
    left.name === right.name &&
    left.province === right.province &&
    left.prefecture === right.prefecture &&
    left.povertyStatus === right.povertyStatus &&
    left.liftedOn === right.liftedOn &&
    left.pairedCity === right.pairedCity
  );
}

/** The fields of a county row as the API and the events show them. */
export function countyFields(county: CountyFields): CountyFields {
  return {
    code: county.code,
    name: county.name,
    province: county.province,
    prefecture: county.prefecture,
    povertyStatus: county.povertyStatus,
    liftedOn: county.liftedOn ?? null,
    pairedCity: county.pairedCity ?? null,
  };
}
