import type { FastifyInstance } from 'fastify';
import { ROLES, type Role } from '@hb/contracts/roles';
import { mintDevelopmentToken } from '@hb/platform/auth/dev-tokens';
import { DEMO_IDENTITIES, demoOrganisationId, demoOrganisationLookup } from '@hb/demo';
import { startSession } from './auth-routes';
import type { ServiceUrls } from './config';
import { csrfRefusal } from './csrf';
import { sendProblem } from './problem';
import { sessionView, type SessionStore } from './sessions';

const DEVELOPMENT_TOKEN_HOURS = 12;

const isRole = (role: unknown): role is Role => typeof role === 'string' && ROLES.includes(role as Role);

/**
 * GET /auth/identities lists who one may sign in as; POST /auth/sign-in {role} starts a session with a
 * development token for the demo's person of that role. Registered only with HB_DEV_AUTH=1, for
 * scripts and tests; people sign in through the identity provider.
 */
export async function demoSignIn(
  app: FastifyInstance,
  { services, sessions, publicUrl }: { services: ServiceUrls; sessions: SessionStore; publicUrl: string },
): Promise<void> {
  const lookup = demoOrganisationLookup(services);

  app.get('/auth/identities', async () =>
    ROLES.map((role) => ({ role, description: DEMO_IDENTITIES[role].description })),
  );

  app.post<{ Body: { role?: unknown } }>('/auth/sign-in', async (request, reply) => {
    const refusal = csrfRefusal(request, undefined, publicUrl);
    if (refusal)
      return sendProblem(reply, { type: '/problems/csrf', title: 'Refused', status: 403, detail: refusal });
    const role = request.body?.role;
    if (!isRole(role)) {
      return sendProblem(reply, {
        type: '/problems/validation',
        title: 'The request is not valid',
        status: 400,
        detail: `role must be one of ${ROLES.join(', ')}`,
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
    const accessToken = await mintDevelopmentToken({
      sub: subject,
      role,
      org: organisationId,
      expiresIn: `${DEVELOPMENT_TOKEN_HOURS}h`,
    });
    const session = await startSession(reply, sessions, publicUrl, {
      subject,
      role,
      organisationId,
      name: description,
      via: 'development',
      accessToken,
      accessTokenExpiresAt: Date.now() + DEVELOPMENT_TOKEN_HOURS * 3_600_000,
    });
    return sessionView(session);
  });
}
