import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { createService, startService } from '@hb/platform';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { call, tokenFor } from '../../support/http';
import { JwksServer } from '../../support/jwks-server';
import { uniquePrefix } from '../../support/kafka';
import { probeOverrides, probeService } from '../../support/probe';

/**
 * A service in development mode that also trusts an identity provider (JWKS_URL), as the console's
 * OpenID sign-in needs: both kinds of token work, and every forged, stale or misaddressed one gets 401.
 */
describe('bearer tokens at a running service', () => {
  const ISSUER = 'https://id.harvest.test';
  const AUDIENCE = 'harvest-bridge';
  const jwks = new JwksServer();
  const saved = { ...process.env };
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let current: { privateKey: KeyLike; publicKey: KeyLike };
  let next: { privateKey: KeyLike; publicKey: KeyLike };
  const now = () => Math.floor(Date.now() / 1000);

  const providerToken = (
    key: KeyLike,
    kid: string,
    {
      iss = ISSUER,
      aud = AUDIENCE,
      iat = now(),
      exp = now() + 300,
    }: { iss?: string; aud?: string; iat?: number; exp?: number | null } = {},
  ) => {
    const jwt = new SignJWT({ role: 'producer', org: 'coop-zhaojue-01' })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject('zhang.min')
      .setIssuer(iss)
      .setAudience(aud)
      .setIssuedAt(iat);
    if (exp !== null) jwt.setExpirationTime(exp);
    return jwt.sign(key);
  };
  const createNote = (token: string) =>
    call(app, { method: 'POST', url: '/v1/notes', token, body: { text: 'from a token test' } });

  beforeAll(async () => {
    current = await generateKeyPair('RS256');
    next = await generateKeyPair('RS256');
    jwks.keys = [{ ...(await exportJWK(current.publicKey)), kid: 'current', alg: 'RS256', use: 'sig' }];
    await jwks.start();
    Object.assign(process.env, {
      JWKS_URL: jwks.url,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
      // Read the JWKS on every verification, so that a removed key is refused at once.
      JWKS_CACHE_SECONDS: '0',
    });
    db = await createTestDatabase('tokens');
    const prefix = uniquePrefix('tokens');
    app = await createService(
      probeService,
      probeOverrides({ databaseUrl: db.url, topicPrefix: prefix, groupId: `${prefix}.group` }),
    );
    await startService(app);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await jwks.stop();
    process.env = saved;
  });

  it('accepts a development token and a token of the identity provider side by side', async () => {
    expect((await createNote(await tokenFor('producer', 'coop-zhaojue-01'))).status).toBe(201);
    expect((await createNote(await providerToken(current.privateKey, 'current'))).status).toBe(201);
  });

  it.each([
    ['another issuer', { iss: 'https://evil.test' }],
    ['another audience', { aud: 'some-other-system' }],
    ['no exp', { exp: null }],
    ['an iat older than JWT_MAX_AGE (12 h)', { iat: now() - 13 * 3600, exp: now() + 3600 }],
  ])('refuses a provider token with %s (401 problem)', async (_, claims) => {
    const answer = await createNote(await providerToken(current.privateKey, 'current', claims));
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ type: '/problems/unauthorized' });
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = {
      sub: 'x',
      role: 'admin',
      org: 'x',
      iss: ISSUER,
      aud: AUDIENCE,
      iat: now(),
      exp: now() + 60,
    };
    const answer = await createNote(`${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`);
    expect(answer.status).toBe(401);
  });

  it('refuses an HS256 token signed with the provider public key as the secret', async () => {
    const forged = await new SignJWT({ role: 'producer', org: 'coop-zhaojue-01' })
      .setProtectedHeader({ alg: 'HS256', kid: 'current' })
      .setSubject('mallory')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(await exportSPKI(current.publicKey)));
    expect((await createNote(forged)).status).toBe(401);
  });

  it('refuses a key id the provider does not publish', async () => {
    expect((await createNote(await providerToken(next.privateKey, 'not-published'))).status).toBe(401);
  });

  it('refuses tokens of a key once the provider removes it from its JWKS (rotation)', async () => {
    const signedBefore = await providerToken(current.privateKey, 'current');
    expect((await createNote(signedBefore)).status).toBe(201);
    jwks.keys = [{ ...(await exportJWK(next.publicKey)), kid: 'next', alg: 'RS256', use: 'sig' }];
    expect((await createNote(signedBefore)).status).toBe(401);
    expect((await createNote(await providerToken(next.privateKey, 'next'))).status).toBe(201);
  });
});
