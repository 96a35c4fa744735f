import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { createConsoleServer } from '../../../apps/console/server';
import { catalogService } from '../../../apps/catalog/src';
import { identityConfigFromEnv, startIdentityServer, type RunningIdentity } from '../../../apps/identity/src';
import { freePort } from '../../support/free-port';
import { runService, type RunningService } from '../../support/service-harness';
import { Visitor } from '../../support/visitor';

const CLIENT_SECRET = 'token-refresh-test-client-secret';
const AUDIENCE = 'urn:harvest-bridge:api';
const ACCESS_TOKEN_TTL_SECONDS = 2;
/** The services accept a token this long past its expiry (libs/platform's clock tolerance). */
const SERVICES_CLOCK_TOLERANCE_SECONDS = 30;

// The test waits until the first access token is refused by the services even with their tolerance.
jest.setTimeout(120_000);

/**
 * An access token that lives 2 seconds (IDENTITY_ACCESS_TOKEN_TTL on the identity provider): the
 * console refreshes it at the provider with the session's refresh token, so a person signed in once
 * keeps working long after the first token would have been refused.
 */
describe('the console refreshes a short-lived access token at the identity provider', () => {
  let dataDir: string;
  let identity: RunningIdentity;
  let catalog: RunningService;
  let consoleServer: FastifyInstance;
  let consoleUrl: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hb-identity-'));
    const consolePort = await freePort();
    consoleUrl = `http://127.0.0.1:${consolePort}`;
    identity = await startIdentityServer(
      identityConfigFromEnv({
        HB_DEV_AUTH: '1',
        IDENTITY_PORT: '0',
        IDENTITY_DATA_DIR: dataDir,
        IDENTITY_CONSOLE_URL: consoleUrl,
        IDENTITY_CONSOLE_CLIENT_SECRET: CLIENT_SECRET,
        IDENTITY_ACCESS_TOKEN_TTL: String(ACCESS_TOKEN_TTL_SECONDS),
        JWT_AUDIENCE: AUDIENCE,
      }),
    );
    Object.assign(process.env, {
      JWKS_URL: `${identity.issuer}/jwks`,
      JWT_ISSUER: identity.issuer,
      JWT_AUDIENCE: AUDIENCE,
    });
    catalog = await runService(catalogService, 'console-token-refresh', { listen: true });
    const nowhere = 'http://127.0.0.1:9';
    consoleServer = await createConsoleServer({
      publicUrl: consoleUrl,
      services: {
        catalog: catalog.url!,
        orders: nowhere,
        logistics: nowhere,
        certification: nowhere,
        monitoring: nowhere,
      },
      staticRoot: dataDir,
      developmentSignIn: false,
      oidc: {
        issuer: identity.issuer,
        clientId: 'harvest-bridge-console',
        clientSecret: CLIENT_SECRET,
        scope: 'openid profile offline_access api',
        roleClaim: 'role',
        organisationClaim: 'org',
      },
    });
    await consoleServer.listen({ port: consolePort, host: '127.0.0.1' });
  });

  afterAll(async () => {
    for (const name of ['JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE']) delete process.env[name];
    await consoleServer?.close();
    await catalog?.stop();
    await identity?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps an administrator working past the expiry of its first token without signing in again', async () => {
    const visitor = new Visitor();
    const login = await (
      await visitor.follow(await visitor.go(`${consoleUrl}/auth/login?page=admin&lang=en`), consoleUrl)
    ).text();
    const action = new URL(/action="([^"]+)"/.exec(login)![1], identity.issuer).href;
    const submitted = await visitor.go(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'admin', password: 'harvest-demo' }).toString(),
    });
    const signedInAt = Date.now();
    expect((await visitor.follow(submitted, identity.issuer)).headers.get('location')).toBe(
      `${consoleUrl}/#/admin`,
    );
    const { csrfToken } = (await (await visitor.go(`${consoleUrl}/auth/session`)).json()) as {
      csrfToken: string;
    };
    expect((await visitor.go(`${consoleUrl}/api/catalog/v1/counties`)).status).toBe(200);

    // Past the first token's expiry and the services' tolerance: only a refreshed token is accepted.
    const refusedFrom = signedInAt + (ACCESS_TOKEN_TTL_SECONDS + SERVICES_CLOCK_TOLERANCE_SECONDS + 3) * 1000;
    await sleep(refusedFrom - Date.now());

    expect((await visitor.go(`${consoleUrl}/api/catalog/v1/counties`)).status).toBe(200);
    const registered = await visitor.go(`${consoleUrl}/api/catalog/v1/counties`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, origin: consoleUrl },
      body: JSON.stringify({
        code: '513432',
        name: 'Xide',
        province: 'Sichuan',
        prefecture: 'Liangshan',
        povertyStatus: 'deep',
      }),
    });
    expect(registered.status).toBe(201);
    await expect(registered.json()).resolves.toMatchObject({ code: '513432', name: 'Xide' });
    expect((await visitor.go(`${consoleUrl}/auth/session`)).status).toBe(200);
  });
});
