import { createHash, timingSafeEqual } from 'node:crypto';
import type { Role } from '@hb/contracts/roles';
import {
  DEMO_ACCOUNTS,
  DEMO_USERNAMES,
  demoOrganisationId,
  demoOrganisationLookup,
  type DemoUsername,
} from '@hb/demo';
import type { IdentityConfig } from './identity-config';

/** A person who may sign in: the demo's person of a role, known by the role's name, or `certifier2`. */
export interface Person {
  readonly subject: string;
  readonly username: DemoUsername;
  readonly name: string;
  readonly role: Role;
  readonly organisation: string;
}

export type SignInRefusal = 'wrong-credentials' | 'organisation-unknown';

const digest = (text: string) => createHash('sha256').update(text).digest();
const samePassword = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected));

/** The people of the demo (libs/demo/src/identities.ts) with their passwords and organisations. */
export class Accounts {
  private readonly signedIn = new Map<string, Person>();
  private readonly lookup;

  constructor(private readonly config: IdentityConfig) {
    this.lookup = demoOrganisationLookup(config.services);
  }

  /** The usernames one may sign in with (those with a password). */
  usernames(): DemoUsername[] {
    return DEMO_USERNAMES.filter((username) => this.config.passwords[username]);
  }

  async authenticate(username: string, password: string): Promise<Person | SignInRefusal> {
    const known = this.usernames().find((candidate) => candidate === username);
    // Compared even for an unknown name, so that the answer takes as long either way.
    const matches = samePassword(password, (known && this.config.passwords[known]) ?? '\0');
    if (!known || !matches) return 'wrong-credentials';
    const identity = DEMO_ACCOUNTS[known];
    const role: Role = identity.role;
    const organisation =
      this.config.organisations[role] ??
      (await demoOrganisationId(identity.organisation, this.lookup).catch(() => undefined));
    if (!organisation) return 'organisation-unknown';
    const person: Person = {
      subject: identity.subject,
      username: known,
      name: identity.description,
      role,
      organisation,
    };
    this.signedIn.set(person.subject, person);
    return person;
  }

  /** Someone who signed in since this process started (sessions live in its memory too). */
  find(subject: string): Person | undefined {
    return this.signedIn.get(subject);
  }
}
