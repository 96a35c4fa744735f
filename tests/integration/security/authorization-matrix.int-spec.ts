import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ROLES } from '@hb/contracts';
import { mintDevelopmentToken, type ServiceDescription } from '@hb/platform';
import { catalogService } from '../../../apps/catalog/src';
import { certificationService } from '../../../apps/certification/src';
import { logisticsService } from '../../../apps/logistics/src';
import { monitoringService } from '../../../apps/monitoring/src';
import { ordersService } from '../../../apps/orders/src';
import { openApiPath } from '../../../scripts/openapi';
import { tokenFor, type Answer, type Call } from '../../support/http';
import { ResponseConformance } from '../../support/response-conformance';
import { routesOf, type Route } from '../../support/routes';
import { runService, type RunningService } from '../../support/service-harness';

/** Fields no client may set on any resource: prices, states, badges, ownership. */
const MASS_ASSIGNMENT = {
  reliefEligible: true,
  status: 'COMPLETED',
  badges: ['organic'],
  version: 99,
  unitPriceCents: 1,
  feeCents: 0,
  organisationId: 'another-organisation',
  buyerId: 'another-organisation',
  operatorId: 'another-operator',
};

const concrete = (path: string) =>
  path
    .replace(/:(id|producerId)\b/, randomUUID())
    .replace(':code', '999999')
    .replace(':number', 'GF-2026-999999');

describe.each<[string, ServiceDescription]>([
  ['catalog', catalogService],
  ['orders', ordersService],
  ['logistics', logisticsService],
  ['certification', certificationService],
  ['monitoring', monitoringService],
])('authorization matrix of %s: every route, every kind of caller', (name, service) => {
  let svc: RunningService;
  let routes: Route[];
  const conformance = new ResponseConformance();
  const statuses = async (route: Route, request: Partial<Call>): Promise<Answer> =>
    svc.call({ method: route.method, url: concrete(route.path), ...request });

  beforeAll(async () => {
    svc = conformance.watch(await runService(service, `authz-${name}`));
    routes = routesOf(svc.app);
  });

  afterAll(async () => {
    await svc?.stop();
  });

  it('finds the routes, and documents every one in OpenAPI exactly as docs/openapi says', async () => {
    expect(routes.filter((route) => route.path.startsWith('/v1/')).length).toBeGreaterThan(3);
    const served = (await svc.call({ method: 'GET', url: '/docs/openapi.json' })).body as { paths: object };
    expect(served).toEqual(JSON.parse(readFileSync(openApiPath(service.name), 'utf8')));
    const documented = Object.keys(served.paths);
    for (const route of routes.filter((candidate) => candidate.path.startsWith('/v1/'))) {
      expect(documented).toContain(route.path.replace(/:(\w+)/g, '{$1}'));
    }
  });

  it('refuses every non-public route without a token, with a bad or expired token, or one signed elsewhere (401)', async () => {
    const expired = await tokenFor('admin', 'ops', 'someone', '-5m');
    const forged = await mintDevelopmentToken(
      { sub: 'mallory', role: 'admin', org: 'ops' },
      'not-the-secret',
    );
    for (const route of routes.filter((candidate) => !candidate.isPublic)) {
      for (const token of [undefined, 'garbage', expired, forged]) {
        const answer = await statuses(route, { token, body: route.takesBody ? {} : undefined });
        expect({ route: `${route.method} ${route.path}`, status: answer.status }).toEqual({
          route: `${route.method} ${route.path}`,
          status: 401,
        });
      }
    }
  });

  it('answers public routes without a token, and never with a server error', async () => {
    for (const route of routes.filter((candidate) => candidate.isPublic)) {
      const answer = await statuses(route, {});
      expect(answer.status).toBeLessThan(500);
      expect([401, 403]).not.toContain(answer.status);
    }
  });

  it('refuses every role a route is not for (403), and serves the others without a server error', async () => {
    for (const route of routes.filter((candidate) => !candidate.isPublic)) {
      for (const role of ROLES) {
        const answer = await statuses(route, {
          token: await tokenFor(role, randomUUID()),
          body: route.takesBody ? {} : undefined,
        });
        const seen = { route: `${route.method} ${route.path}`, role, status: answer.status };
        if (route.roles.includes(role)) {
          expect(answer.status).toBeLessThan(500);
          expect([401, 403]).not.toContain(answer.status);
        } else {
          expect(seen).toEqual({ ...seen, status: 403 });
        }
      }
    }
  });

  /** The properties a route's request body documents in OpenAPI (what a client may legitimately send). */
  const documentedProperties = async (route: Route): Promise<string[]> => {
    const document = (await svc.call({ method: 'GET', url: '/docs/openapi.json' })).body;
    const operation = document.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
    const schema = operation?.requestBody?.content?.['application/json']?.schema ?? {};
    const resolved = schema.$ref ? document.components.schemas[schema.$ref.split('/').pop()] : schema;
    return Object.keys(resolved?.properties ?? {});
  };

  it('refuses prices, states, badges and ownership set by a client on every write (400), naming each such field', async () => {
    for (const route of routes.filter((candidate) => candidate.takesBody && !candidate.isPublic)) {
      const answer = await statuses(route, {
        token: await tokenFor(route.roles[0], randomUUID()),
        body: MASS_ASSIGNMENT,
        headers: { 'idempotency-key': randomUUID() },
      });
      expect({ route: `${route.method} ${route.path}`, status: answer.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 400,
      });
      const fields = (answer.body.errors as { field: string }[]).map((error) => error.field);
      const allowed = await documentedProperties(route);
      const forbidden = Object.keys(MASS_ASSIGNMENT).filter((field) => !allowed.includes(field));
      expect(forbidden.length).toBeGreaterThan(0);
      const where = `${route.method} ${route.path}`;
      expect({ route: where, unnamed: forbidden.filter((field) => !fields.includes(field)) }).toEqual({
        route: where,
        unnamed: [],
      });
    }
  });

  it('answered all of the above with bodies its OpenAPI document declares for each status', async () => {
    const report = await conformance.verify();
    expect(report.checked).toBeGreaterThan(routes.length);
    expect(report.failures).toEqual([]);
  });
});
