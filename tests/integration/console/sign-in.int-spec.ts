import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createConsoleServer } from '../../../apps/console/server';
import { catalogService } from '../../../apps/catalog/src';
import { identityConfigFromEnv, startIdentityServer, type RunningIdentity } from '../../../apps/identity/src';
import { freePort } from '../../support/free-port';
import { runService, type RunningService } from '../../support/service-harness';
import { Visitor } from '../../support/visitor';

const CLIENT_SECRET = 'sign-in-test-client-secret';
const AUDIENCE = 'urn:harvest-bridge:api';

/**
 * The console's OpenID Connect sign-in against the embedded identity provider (apps/identity) and the
 * real catalog service verifying the provider's tokens through its JWKS.
 */
describe('signing in to the console through the identity provider', () => {
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
        JWT_AUDIENCE: AUDIENCE,
      }),
    );
    Object.assign(process.env, {
      JWKS_URL: `${identity.issuer}/jwks`,
      JWT_ISSUER: identity.issuer,
      JWT_AUDIENCE: AUDIENCE,
    });
    catalog = await runService(catalogService, 'console-sign-in', { listen: true });
    consoleServer = await createConsoleServer({
      publicUrl: consoleUrl,
      services: {
        catalog: catalog.url!,
        orders: 'http://127.0.0.1:9',
        logistics: 'http://127.0.0.1:9',
        certification: 'http://127.0.0.1:9',
        monitoring: 'http://127.0.0.1:9',
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

  const signIn = async (visitor: Visitor, username: string, password: string) => {
    const login = await visitor.follow(
      await visitor.go(`${consoleUrl}/auth/login?page=admin&lang=zh-CN`),
      consoleUrl,
    );
    const page = await login.text();
    const action = new URL(/action="([^"]+)"/.exec(page)![1], identity.issuer).href;
    const submitted = await visitor.go(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password }).toString(),
    });
    return { page, submitted };
  };

  it("signs an administrator in with the provider's login page into a server-side session, and calls the services with its token", async () => {
    const visitor = new Visitor();
    const { page, submitted } = await signIn(visitor, 'admin', 'harvest-demo');
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('<label for="password">密码</label>');
    const back = await visitor.follow(submitted, identity.issuer);
    expect(back.headers.get('location')).toBe(`${consoleUrl}/#/admin`);
    const sessionCookie = back.headers.getSetCookie().find((cookie) => cookie.startsWith('hb_session='))!;
    expect(sessionCookie).toMatch(/; HttpOnly/);
    expect(sessionCookie).toMatch(/; SameSite=Lax/);

    const session = (await (await visitor.go(`${consoleUrl}/auth/session`)).json()) as { csrfToken: string };
    expect(session).toMatchObject({
      subject: 'admin-demo',
      role: 'admin',
      organisationId: 'harvest-bridge-ops',
      via: 'oidc',
    });
    expect(JSON.stringify(session)).not.toContain('eyJ'); // no token reaches the browser

    const counties = await visitor.go(`${consoleUrl}/api/catalog/v1/counties`);
    expect(counties.status).toBe(200);

    const county = {
      code: '513431',
      name: 'Zhaojue',
      province: 'Sichuan',
      prefecture: 'Liangshan',
      povertyStatus: 'deep',
    };
    const withoutToken = await visitor.go(`${consoleUrl}/api/catalog/v1/counties`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(county),
    });
    expect(withoutToken.status).toBe(403);
    const created = await visitor.go(`${consoleUrl}/api/catalog/v1/counties`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken, origin: consoleUrl },
      body: JSON.stringify(county),
    });
    expect(created.status).toBe(201);

    expect((await visitor.go(`${consoleUrl}/api/catalog/metrics`)).status).toBe(404);
    expect((await visitor.go(`${consoleUrl}/api/catalog/docs`)).status).toBe(404);

    const signOut = await visitor.go(`${consoleUrl}/auth/sign-out`, {
      method: 'POST',
      headers: { 'x-csrf-token': session.csrfToken },
    });
    const { redirectTo } = (await signOut.json()) as { redirectTo: string };
    expect(redirectTo.startsWith(`${identity.issuer}/session/end?`)).toBe(true);
    expect((await visitor.go(`${consoleUrl}/auth/session`)).status).toBe(401);
    expect((await visitor.go(`${consoleUrl}/api/catalog/v1/producers`)).status).toBe(401);
  });

  it('says in words that the password is wrong and signs nobody in', async () => {
    const visitor = new Visitor();
    const { submitted } = await signIn(visitor, 'admin', 'not-the-password');
    expect(submitted.status).toBe(401);
    expect(await submitted.text()).toContain('<p role="alert" id="problem">用户名或密码错误。</p>');
    expect((await visitor.go(`${consoleUrl}/auth/session`)).status).toBe(401);
  });
});
