/** The `role` claim of a Harvest Bridge bearer token. */
export const ROLES = ['platform', 'buyer', 'producer', 'operator', 'certifier', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a verified bearer token says about its caller. */
export interface Principal {
  /** `sub`: the user. */
  readonly subject: string;
  readonly role: Role;
  /** `org`: the organisation (buyer, producer, platform, operator, certification body) acted for. */
  readonly organisationId: string;
}
