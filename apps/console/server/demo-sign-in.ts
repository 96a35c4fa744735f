import type { FastifyInstance } from 'fastify';
import type { Role } from '@hb/contracts/roles';
import { mintDevelopmentToken } from '@hb/platform/auth/dev-tokens';
import {
  DEMO_IDENTITIES,
  demoBuyerName,
  demoOrganisationId,
  demoProducer,
  type DemoOrganisationLookup,
} from '../../../scripts/demo/identities';
import type { ServiceUrls } from './config';
import { sendProblem } from './problem';

/** The roles the console has pages for; the public pages need no sign-in. */
export const CONSOLE_ROLES = ['buyer', 'operator', 'certifier'] as const satisfies readonly Role[];
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

export interface SignedIn {
  token: string;
  role: ConsoleRole;
  organisationId: string;
  description: string;
}

const isConsoleRole = (role: unknown): role is ConsoleRole =>
  typeof role === 'string' && (CONSOLE_ROLES as readonly string[]).includes(role);

/**
 * Finds the ids the services gave the demo's buyers and producers, asking them as the demo's
 * administrator; an id once found is kept.
 */
function lookupThrough(services: ServiceUrls): DemoOrganisationLookup {
  const found = new Map<string, string>();
  const asAdmin = async <T>(url: string): Promise<T> => {
    const { role, subject, organisation } = DEMO_IDENTITIES.admin;
    const token = await mintDevelopmentToken({
      sub: subject,
      role,
      org: organisation.fixed,
      expiresIn: '1m',
    });
    const answer = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (!answer.ok) throw new Error(`${url} answered ${answer.status}`);
    return (await answer.json()) as T;
  };
  const remembered = async (key: string, find: () => Promise<string | undefined>) => {
    const id = found.get(key) ?? (await find());
    if (id) found.set(key, id);
    return id;
  };
  type Items = { items: { id: string; creditCode?: string }[] };
  return {
    buyer: (key) =>
      remembered(`buyer:${key}`, async () => {
        const name = encodeURIComponent(demoBuyerName(key));
        return (await asAdmin<Items>(`${services.orders}/v1/buyers?name=${name}`)).items[0]?.id;
      }),
    producer: (key) =>
      remembered(`producer:${key}`, async () => {
        const { countyCode, creditCode } = demoProducer(key);
        const page = await asAdmin<Items>(
          `${services.catalog}/v1/producers?countyCode=${countyCode}&limit=100`,
        );
        return page.items.find((producer) => producer.creditCode === creditCode)?.id;
      }),
  };
}

/**
 * GET /auth/identities lists who one may sign in as; POST /auth/sign-in {role} answers a development
 * token for the demo's person of that role. Registered only outside production.
 */
export async function demoSignIn(
  app: FastifyInstance,
  { services }: { services: ServiceUrls },
): Promise<void> {
  const lookup = lookupThrough(services);

  app.get('/auth/identities', async () =>
    CONSOLE_ROLES.map((role) => ({ role, description: DEMO_IDENTITIES[role].description })),
  );

  app.post<{ Body: { role?: unknown } }>('/auth/sign-in', async (request, reply) => {
    const role = request.body?.role;
    if (!isConsoleRole(role)) {
      return sendProblem(reply, {
        type: '/problems/validation',
        title: 'The request is not valid',
        status: 400,
        detail: `role must be one of ${CONSOLE_ROLES.join(', ')}`,
      });
    }
    const { subject, description, organisation } = DEMO_IDENTITIES[role];
    let organisationId: string | undefined;
    try {
      organisationId = await demoOrganisationId(organisation, lookup);
    } catch (error) {
      request.log.warn({ err: error }, 'demo identity lookup failed');
    }
    if (!organisationId) {
      return sendProblem(reply, {
        type: '/problems/demo-data-missing',
        title: 'The demo data is not loaded',
        status: 503,
        detail: `the ${description} is not registered yet: load the demo data (npm run demo-data) and sign in again`,
      });
    }
    const token = await mintDevelopmentToken({ sub: subject, role, org: organisationId });
    const signedIn: SignedIn = { token, role, organisationId, description };
    return signedIn;
  });
}
