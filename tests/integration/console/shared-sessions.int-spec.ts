import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import {
  type SessionStoreConfig,
  createConsoleServer,
  SessionCipher,
  PostgresSessionStore,
} from '../../../apps/console/server';
import { catalogService } from '../../../apps/catalog/src';
import { identityConfigFromEnv, startIdentityServer, type RunningIdentity } from '../../../apps/identity/src';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { freePort } from '../../support/free-port';
import { runService, type RunningService } from '../../support/service-harness';
import { Visitor } from '../../support/visitor';

const CLIENT_SECRET = 'shared-sessions-test-client-secret';
const AUDIENCE = 'urn:harvest-bridge:api';
/** Shorter than the console's refresh margin: every call through the console refreshes the token first. */
const ACCESS_TOKEN_TTL_SECONDS = 30;

interface StoredSession {
  id_hash: Buffer;
  subject: string;
  secrets: string;
  access_token_expires_at: Date;
}

/**
 * Two console servers behind one public address (as two replicas behind the Ingress), sessions in one
 * PostgreSQL database: a sign-in started on one replica finishes on the other, the session's cookie
 * works on both, a refresh on one is seen by the other, a restart keeps the session, and the table
 * holds nothing a reader could sign in with.
 */
describe('console sessions kept in PostgreSQL, shared by two console servers', () => {
  let dataDir: string;
  let database: TestDatabase;
  let identity: RunningIdentity;
  let catalog: RunningService;
  let publicUrl: string;
  const key = randomBytes(32);
  const store = (): SessionStoreConfig => ({ kind: 'postgres', databaseUrl: database.url, keys: [key] });
  const replicas: { a?: FastifyInstance; b?: FastifyInstance } = {};
  let urlA: string;
  let urlB: string;

  const startReplica = async (port: number, sessionStore: SessionStoreConfig) => {
    const nowhere = 'http://127.0.0.1:9';
    const server = await createConsoleServer({
      publicUrl,
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
      sessionStore,
    });
    await server.listen({ port, host: '127.0.0.1' });
    return server;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hb-identity-'));
    database = await createTestDatabase('console-sessions');
    const [portA, portB] = [await freePort(), await freePort()];
    urlA = `http://127.0.0.1:${portA}`;
    urlB = `http://127.0.0.1:${portB}`;
    publicUrl = urlA;
    identity = await startIdentityServer(
      identityConfigFromEnv({
        HB_DEV_AUTH: '1',
        IDENTITY_PORT: '0',
        IDENTITY_DATA_DIR: dataDir,
        IDENTITY_CONSOLE_URL: publicUrl,
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
    catalog = await runService(catalogService, 'console-sessions', { listen: true });
    replicas.a = await startReplica(portA, store());
    replicas.b = await startReplica(portB, store());
  });

  afterAll(async () => {
    for (const name of ['JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE']) delete process.env[name];
    await replicas.a?.close();
    await replicas.b?.close();
    await catalog?.stop();
    await identity?.close();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** A call to one replica with the browser's console cookies (the replicas share one public address). */
  const call = (replicaUrl: string, path: string, cookies: string, init: RequestInit = {}) =>
    fetch(`${replicaUrl}${path}`, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: cookies },
    });

  const cookieOf = (answer: Response, name: string) =>
    answer.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith(`${name}=`))!
      .split(';')[0];

  /** Starts the sign-in on replica A, signs in at the provider, and lands the callback on replica B. */
  const signInAcrossReplicas = async (): Promise<string> => {
    const visitor = new Visitor();
    const login = await call(urlA, '/auth/login?page=admin&lang=en', '');
    expect(login.status).toBe(303);
    const signInCookie = cookieOf(login, 'hb_sign_in');
    const page = await visitor.follow(await visitor.go(login.headers.get('location')!), identity.issuer);
    const action = new URL(/action="([^"]+)"/.exec(await page.text())![1], identity.issuer).href;
    let answer = await visitor.go(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'admin', password: 'harvest-demo' }).toString(),
    });
    let location = new URL(answer.headers.get('location')!, identity.issuer);
    while (location.origin !== publicUrl) {
      answer = await visitor.go(location.href);
      location = new URL(answer.headers.get('location')!, location);
    }
    expect(location.pathname).toBe('/auth/callback');
    const callback = await call(urlB, `${location.pathname}${location.search}`, signInCookie);
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe(`${publicUrl}/#/admin`);
    return cookieOf(callback, 'hb_session');
  };

  const storedSessions = () =>
    database.query<StoredSession>(
      'SELECT id_hash, subject, secrets, access_token_expires_at FROM console_sessions ORDER BY created_at',
    );

  it('signs in on one replica and works with the same cookie on the other, refreshed tokens saved for both', async () => {
    const sessionCookie = await signInAcrossReplicas();
    const [stored] = await storedSessions();
    expect(stored).toMatchObject({ subject: 'admin-demo' });

    const onA = await call(urlA, '/auth/session', sessionCookie);
    expect(onA.status).toBe(200);
    const session = (await onA.json()) as { csrfToken: string };
    expect(session).toMatchObject({ role: 'admin', organisationId: 'harvest-bridge-ops', via: 'oidc' });
    expect(await (await call(urlB, '/auth/session', sessionCookie)).json()).toEqual(session);

    // The token lives less than the refresh margin: this call on B refreshes it and saves it.
    expect((await call(urlB, '/api/catalog/v1/counties', sessionCookie)).status).toBe(200);
    const [refreshed] = await storedSessions();
    expect(refreshed.access_token_expires_at.getTime()).toBeGreaterThan(
      stored.access_token_expires_at.getTime(),
    );
    const cipher = new SessionCipher([key]);
    const before = JSON.parse(cipher.open(stored.secrets, stored.id_hash)) as { accessToken: string };
    const after = JSON.parse(cipher.open(refreshed.secrets, refreshed.id_hash)) as { accessToken: string };
    expect(after.accessToken).not.toBe(before.accessToken);

    const registered = await call(urlA, '/api/catalog/v1/counties', sessionCookie, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken, origin: publicUrl },
      body: JSON.stringify({
        code: '513433',
        name: 'Butuo',
        province: 'Sichuan',
        prefecture: 'Liangshan',
        povertyStatus: 'deep',
      }),
    });
    expect(registered.status).toBe(201);

    const signOut = await call(urlB, '/auth/sign-out', sessionCookie, {
      method: 'POST',
      headers: { 'x-csrf-token': session.csrfToken },
    });
    expect(signOut.status).toBe(200);
    expect((await call(urlA, '/auth/session', sessionCookie)).status).toBe(401);
    expect((await call(urlA, '/api/catalog/v1/counties', sessionCookie)).status).toBe(401);
    expect(await storedSessions()).toEqual([]);
  });

  it('keeps the tokens unreadable in the table, and the cookie is not the row key', async () => {
    const sessionCookie = await signInAcrossReplicas();
    const sessionId = decodeURIComponent(sessionCookie.slice('hb_session='.length));
    const rows = await database.query<Record<string, unknown>>(
      'SELECT * FROM console_sessions WHERE id_hash = $1',
      [createHash('sha256').update(sessionId).digest()],
    );
    expect(rows).toHaveLength(1);
    const everything = JSON.stringify(rows);
    expect(everything).not.toContain('eyJ'); // no JWT (access or ID token)
    expect(everything).not.toContain(sessionId);
    const secrets = JSON.parse(
      new SessionCipher([key]).open(rows[0].secrets as string, rows[0].id_hash as Buffer),
    ) as { accessToken: string; refreshToken: string; idToken: string };
    expect(secrets.accessToken).toMatch(/^eyJ/);
    expect(secrets.idToken).toMatch(/^eyJ/);
    expect(secrets.refreshToken.length).toBeGreaterThan(20);
    expect(everything).not.toContain(secrets.refreshToken);
    const { csrfToken } = (await (await call(urlA, '/auth/session', sessionCookie)).json()) as {
      csrfToken: string;
    };
    expect(everything).not.toContain(csrfToken);
    const signIns = await database.query('SELECT * FROM console_sign_ins');
    expect(signIns).toEqual([]); // taken by the callback
  });

  it('keeps a person signed in across a restart of the console and a rotation of its key', async () => {
    const sessionCookie = await signInAcrossReplicas();
    const port = Number(new URL(urlA).port);
    const restartA = async (keys: Buffer[]) => {
      await replicas.a!.close();
      replicas.a = await startReplica(port, { kind: 'postgres', databaseUrl: database.url, keys });
    };

    await replicas.b!.close();
    replicas.b = undefined;
    await restartA([key]);
    expect((await call(urlA, '/auth/session', sessionCookie)).status).toBe(200);
    expect((await call(urlA, '/api/catalog/v1/counties', sessionCookie)).status).toBe(200);

    // A new key with the old one as a previous key: the session still opens, and its refresh (every call
    // refreshes here) seals it again with the new key, so the old key can then be dropped.
    const newKey = randomBytes(32);
    await restartA([newKey, key]);
    expect((await call(urlA, '/auth/session', sessionCookie)).status).toBe(200);
    expect((await call(urlA, '/api/catalog/v1/counties', sessionCookie)).status).toBe(200);
    await restartA([newKey]);
    expect((await call(urlA, '/auth/session', sessionCookie)).status).toBe(200);

    // A console that has none of the keys cannot use the session: the person signs in again.
    await restartA([randomBytes(32)]);
    expect((await call(urlA, '/auth/session', sessionCookie)).status).toBe(401);
  });

  it('removes ended sessions and abandoned sign-ins, and only those', async () => {
    const sweeper = await PostgresSessionStore.open({
      databaseUrl: database.url,
      cipher: new SessionCipher([key]),
    });
    try {
      const person = {
        subject: 'buyer',
        role: 'buyer' as const,
        organisationId: 'canteen-1',
        name: 'Canteen',
        via: 'oidc' as const,
        accessToken: 'token',
        accessTokenExpiresAt: Date.now() + 60_000,
      };
      const ended = await sweeper.create(person);
      const open = await sweeper.create(person);
      await database.query(
        `UPDATE console_sessions SET ends_at = now() - interval '1 second' WHERE id_hash = $1`,
        [createHash('sha256').update(ended.id).digest()],
      );
      const login = await call(urlA, '/auth/login?page=admin&lang=en', '');
      expect(login.status).toBe(303);
      await database.query(`UPDATE console_sign_ins SET expires_at = now() - interval '1 second'`);
      const before = (await storedSessions()).length;

      expect(await sweeper.sweep()).toEqual({ sessions: 1, signIns: 1 });
      expect(await storedSessions()).toHaveLength(before - 1);
      expect(await sweeper.find(ended.id)).toBeUndefined();
      expect(await sweeper.find(open.id)).toMatchObject({ subject: 'buyer', accessToken: 'token' });
      expect(await database.query('SELECT * FROM console_sign_ins')).toEqual([]);
    } finally {
      await sweeper.close();
    }
  });
});
