import type { FastifyInstance } from 'fastify';
import type { Role } from '@hb/contracts/roles';
import { mintDevelopmentToken } from '@hb/platform/auth/dev-tokens';
import { DEMO_IDENTITIES, demoOrganisationId } from '../../../scripts/demo/identities';
import { demoOrganisationLookup } from '../../../scripts/demo/organisation-lookup';
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
 * GET /auth/identities lists who one may sign in as; POST /auth/sign-in {role} answers a development
 * token for the demo's person of that role. Registered only outside production.
 */
export async function demoSignIn(
  app: FastifyInstance,
  { services }: { services: ServiceUrls },
): Promise<void> {
  const lookup = demoOrganisationLookup(services);

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
