import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createConsoleServer } from '../../../apps/console/server';
import { freePort } from '../../support/free-port';
import { Visitor } from '../../support/visitor';
import { waitFor } from '../../support/wait';

const ROOT = join(__dirname, '../../..');
const KEYCLOAK_SCRIPT = join(ROOT, 'scripts/keycloak.sh');
const CLIENT_SECRET = 'console-development-secret';
const STARTUP_MS = 6 * 60_000;

/** A Java >= 21 for Keycloak 26 (scripts/keycloak.sh java), or undefined. */
const javaHome =
  spawnSync('bash', [KEYCLOAK_SCRIPT, 'java'], { encoding: 'utf8' }).stdout.trim() || undefined;
if (!javaHome) {
  console.warn(
    'Skipping the Keycloak sign-in test: Keycloak 26 needs Java >= 21 and none was found (set KEYCLOAK_JAVA_HOME).',
  );
}

/**
 * The console's sign-in against a real Keycloak 26 (the server distribution from Maven Central,
 * started with `start-dev --import-realm` and the realm export of infra/keycloak), as compose and
 * Kubernetes run it: the realm's users, role and org mappers reach the console's session.
 */
(javaHome ? describe : describe.skip)('signing in to the console through Keycloak', () => {
  let keycloak: ChildProcess | undefined;
  let importDir: string;
  let consoleServer: FastifyInstance;
  let consoleUrl: string;
  let issuer: string;

  beforeAll(async () => {
    const home = spawnSync('bash', [KEYCLOAK_SCRIPT, 'fetch'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).stdout.trim();
    const [keycloakPort, consolePort] = [await freePort(), await freePort()];
    issuer = `http://127.0.0.1:${keycloakPort}/realms/harvest-bridge`;
    consoleUrl = `http://127.0.0.1:${consolePort}`;
    importDir = await mkdtemp(join(tmpdir(), 'hb-keycloak-'));
    // A fresh development database each run, so that the realm is imported with this run's addresses
    // (`--import-realm` reads <home>/data/import).
    await rm(join(home, 'data/h2'), { recursive: true, force: true });
    await cp(join(ROOT, 'infra/keycloak'), join(home, 'data/import'), { recursive: true });
    keycloak = spawn(
      join(home, 'bin/kc.sh'),
      [
        'start-dev',
        '--import-realm',
        `--http-port=${keycloakPort}`,
        `--hostname=http://127.0.0.1:${keycloakPort}`,
      ],
      {
        env: {
          ...process.env,
          JAVA_HOME: javaHome,
          // Keycloak 26.0's Byte Buddy knows Java up to 23; newer ones run with its experimental support.
          JAVA_OPTS_APPEND: '-Dnet.bytebuddy.experimental=true',
          KC_BOOTSTRAP_ADMIN_USERNAME: 'admin',
          KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin',
          HB_CONSOLE_URL: consoleUrl,
          HB_CONSOLE_CLIENT_SECRET: CLIENT_SECRET,
        },
        stdio: 'ignore',
        detached: true,
      },
    );
    await waitFor(
      async () => (await fetch(`${issuer}/.well-known/openid-configuration`).catch(() => undefined))?.ok,
      { what: 'Keycloak to serve the harvest-bridge realm', timeoutMs: STARTUP_MS, intervalMs: 2_000 },
    );
    consoleServer = await createConsoleServer({
      publicUrl: consoleUrl,
      services: {
        catalog: 'http://127.0.0.1:9',
        orders: 'http://127.0.0.1:9',
        logistics: 'http://127.0.0.1:9',
        certification: 'http://127.0.0.1:9',
        monitoring: 'http://127.0.0.1:9',
      },
      staticRoot: importDir,
      developmentSignIn: false,
      oidc: {
        issuer,
        clientId: 'harvest-bridge-console',
        clientSecret: CLIENT_SECRET,
        scope: 'openid profile',
        roleClaim: 'role',
        organisationClaim: 'org',
      },
    });
    await consoleServer.listen({ port: consolePort, host: '127.0.0.1' });
  }, STARTUP_MS + 60_000);

  afterAll(async () => {
    await consoleServer?.close();
    if (keycloak?.pid) process.kill(-keycloak.pid, 'SIGTERM');
    await rm(importDir, { recursive: true, force: true });
  });

  it("signs the realm's county official in with Keycloak's login page, its role and county from the mappers", async () => {
    const visitor = new Visitor();
    const login = await visitor.follow(
      await visitor.go(`${consoleUrl}/auth/login?page=county_official`),
      consoleUrl,
    );
    const page = await login.text();
    const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(page)?.[1].replace(/&amp;/g, '&');
    expect(action).toBeDefined();
    const submitted = await visitor.go(action!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'county_official', password: 'harvest-demo' }).toString(),
    });
    const back = await visitor.follow(submitted, action!);
    const arrived = { status: back.status, location: back.headers.get('location') };
    if (!arrived.location)
      Object.assign(arrived, { page: (await back.text()).replace(/\s+/g, ' ').slice(0, 1500) });
    expect(arrived).toEqual({ status: 303, location: `${consoleUrl}/#/county_official` });
    const session = (await (await visitor.go(`${consoleUrl}/auth/session`)).json()) as Record<string, string>;
    expect(session).toMatchObject({ role: 'county_official', organisationId: '513431', via: 'oidc' });

    const signOut = await visitor.go(`${consoleUrl}/auth/sign-out`, {
      method: 'POST',
      headers: { 'x-csrf-token': session.csrfToken },
    });
    const { redirectTo } = (await signOut.json()) as { redirectTo: string };
    expect(redirectTo.startsWith(`${issuer}/protocol/openid-connect/logout?`)).toBe(true);
  });
});
