/**
 * The `role` claim of a Harvest Bridge bearer token. `county_official` answers for one county's figures: its `org` is the county's 6-digit
 * administrative division code.
 */
export const ROLES = [
  'platform',
  'buyer',
  'producer',
  'operator',
  'certifier',
  'admin',
  'county_official',
] as const;
export type Role = (typeof ROLES)[number];

/** What a verified bearer token says about its caller. */
export interface Principal {
  /** `sub`: the user. */
  readonly subject: string;
  readonly role: Role;
  /** `org`: the organisation (buyer, producer, platform, operator, certification body) acted for. */
  readonly organisationId: string;
}
