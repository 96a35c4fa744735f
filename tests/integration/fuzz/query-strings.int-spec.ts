import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Role } from '@hb/contracts';
import { tokenFor } from '../../support/http';
import { openApiDocumentOf, toDocumentPath } from '../../support/http-fuzz';
import { routesOf } from '../../support/routes';
import { startSystem, type RunningSystem } from '../../support/system';

/** Values that broke, or could break, a query parameter somewhere: impossible dates, huge ranges, odd text. */
const HOSTILE = [
  '2026-02-30',
  '2023-02-29',
  '0001-01-01',
  '9999-12-31',
  '0000-00-00',
  '2026-13-01',
  '-1',
  '0',
  '1e308',
  '99999999999999999999',
  'NaN',
  'true',
  '',
  ' ',
  '%00',
  '%ED%A0%80',
  'null',
  '[]',
  '{}',
  "' OR 1=1 --",
  '昭觉',
  'a'.repeat(90),
];

const SEED = 20261206;

/**
 * Every GET route of every service, each query parameter of its OpenAPI document given hostile and
 * generated values, alone and all at once, and repeated: never a 5xx, and every refusal a problem
 * (an impossible date such as `from=2026-02-30` included).
 */
describe('fuzzing the query strings of every GET route of every service', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem('query-fuzz');
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('answers no 5xx and a problem for every refusal', async () => {
    const generated = fc.sample(fc.string({ maxLength: 20 }), { seed: SEED, numRuns: 20 });
    const failures: string[] = [];
    let requests = 0;
    for (const svc of Object.values(system.services)) {
      const document = await openApiDocumentOf(svc.app);
      const routes = routesOf(svc.app).filter((route) => route.method === 'GET');
      for (const route of routes) {
        const operation = document.paths[toDocumentPath(route.path)]?.get;
        const names = (operation?.parameters ?? [])
          .filter((parameter) => parameter.in === 'query')
          .map((parameter) => parameter.name);
        if (names.length === 0) continue;
        const role: Role | undefined = route.isPublic
          ? undefined
          : route.roles.includes('admin')
            ? 'admin'
            : route.roles[0];
        const token = role
          ? await tokenFor(role, role === 'county_official' ? '513431' : randomUUID())
          : undefined;
        const path = route.path
          .replace(/:code/g, '513431')
          .replace(/:number/g, 'GF-2026-000001')
          .replace(/:\w+/g, randomUUID());
        const queries = [
          ...names.flatMap((name) => [...HOSTILE, ...generated].map((value) => [[name, value]])),
          ...HOSTILE.map((value) => names.map((name) => [name, value])),
          names.flatMap((name) => [
            [name, '2026-01-01'],
            [name, '2026-02-30'],
          ]),
        ];
        for (const pairs of queries) {
          const query = pairs
            .map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/%25/g, '%')}`)
            .join('&');
          const url = `${path}?${query}`;
          const answer = await svc.call({ method: 'GET', url, token });
          requests += 1;
          if (answer.status >= 500) failures.push(`${url} → ${answer.status}`);
          else if (
            answer.status >= 400 &&
            !String(answer.headers['content-type']).includes('application/problem+json')
          )
            failures.push(`${url} → ${answer.status} without problem+json`);
        }
      }
    }
    expect(requests).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  });
});
