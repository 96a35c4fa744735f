import type { Role } from '@hb/contracts/roles';
import { BUYERS, COUNTIES, ORGS, PRODUCERS, type BuyerKey, type ProducerKey } from './scenario';

/**
 * The organisation a demo identity acts for: one of the fixed organisations of the demo, or a buyer or
 * producer, whose id the services give when the demo data is loaded.
 */
export type DemoOrganisation = { fixed: string } | { buyer: BuyerKey } | { producer: ProducerKey };

export interface DemoIdentity {
  readonly role: Role;
  /** The token's `sub`. */
  readonly subject: string;
  /** Who this is, in words. */
  readonly description: string;
  readonly organisation: DemoOrganisation;
}

const identity = <O extends DemoOrganisation>(role: Role, description: string, organisation: O) => ({
  role,
  subject: `${role}-demo`,
  description,
  organisation,
});

/**
 * The people of the demo, one per role. The demo loader prints a development token for each; the web
 * console signs in as them (outside production only).
 */
export const DEMO_IDENTITIES = {
  admin: identity('admin', `administrator (${ORGS.admin})`, { fixed: ORGS.admin }),
  buyer: identity('buyer', `canteen buyer (${BUYERS[0].name})`, { buyer: BUYERS[0].key }),
  producer: identity('producer', `producer (${PRODUCERS[0].name})`, { producer: PRODUCERS[0].key }),
  operator: identity('operator', `cold-chain operator (${ORGS.operator})`, { fixed: ORGS.operator }),
  certifier: identity('certifier', `certifier (${ORGS.certifier})`, { fixed: ORGS.certifier }),
  platform: identity('platform', `e-commerce platform (${ORGS.platform})`, { fixed: ORGS.platform }),
  county_official: identity('county_official', `county official (${COUNTIES[0].name}, ${COUNTIES[0].code})`, {
    fixed: COUNTIES[0].code,
  }),
} as const satisfies Readonly<Record<Role, DemoIdentity>>;

/**
 * The second certifier of the demo's certification body: approvals need someone other than the
 * certifier who moved the application into review (four eyes).
 */
export const DEMO_APPROVING_CERTIFIER = {
  role: 'certifier',
  subject: 'certifier-approver-demo',
  description: `approving certifier (${ORGS.certifier}; approves what the certifier put into review)`,
  organisation: { fixed: ORGS.certifier },
} as const satisfies DemoIdentity;

/**
 * The accounts of the identity provider (apps/identity), by username: the demo's person of each role
 * under the role's name, and the approving certifier as `certifier2`.
 */
export const DEMO_ACCOUNTS = {
  ...DEMO_IDENTITIES,
  certifier2: DEMO_APPROVING_CERTIFIER,
} as const satisfies Readonly<Record<string, DemoIdentity>>;

export type DemoUsername = keyof typeof DEMO_ACCOUNTS;
export const DEMO_USERNAMES = Object.keys(DEMO_ACCOUNTS) as DemoUsername[];

/** How to find the ids the services gave the demo's buyers and producers. */
export interface DemoOrganisationLookup {
  buyer(key: BuyerKey): Promise<string | undefined>;
  producer(key: ProducerKey): Promise<string | undefined>;
}

/** The `org` claim of a demo identity; undefined while its buyer or producer is not registered. */
export async function demoOrganisationId(
  organisation: DemoOrganisation,
  lookup: DemoOrganisationLookup,
): Promise<string | undefined> {
  if ('fixed' in organisation) return organisation.fixed;
  if ('buyer' in organisation) return lookup.buyer(organisation.buyer);
  return lookup.producer(organisation.producer);
}

/** The natural keys the services know the demo's buyers and producers by. */
export const demoBuyerName = (key: BuyerKey): string => BUYERS.find((buyer) => buyer.key === key)!.name;
export const demoProducer = (key: ProducerKey): (typeof PRODUCERS)[number] =>
  PRODUCERS.find((producer) => producer.key === key)!;
