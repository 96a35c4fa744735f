import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { authConfigFromEnv, DEVELOPMENT_JWT_SECRET, InsecureConfigurationError } from './auth.config';
import { mintDevelopmentToken } from './dev-tokens';
import { TokenVerifier } from './token-verifier';
import { JwksServer } from '../../../../tests/support/jwks-server';

const STRONG_SECRET = 'x'.repeat(40);
const PRODUCTION = { JWT_ISSUER: 'https://id.example', JWT_AUDIENCE: 'harvest-bridge' };
const now = () => Math.floor(Date.now() / 1000);

describe('authentication settings', () => {
  it.each([
    ['nothing set', {}],
    ['NODE_ENV=production', { NODE_ENV: 'production' }],
    ['NODE_ENV=staging', { NODE_ENV: 'staging' }],
    ['NODE_ENV=development', { NODE_ENV: 'development' }],
    ['the development secret named explicitly', { ...PRODUCTION, JWT_SECRET: DEVELOPMENT_JWT_SECRET }],
    [
      'the development secret with NODE_ENV=development',
      { ...PRODUCTION, NODE_ENV: 'development', JWT_SECRET: DEVELOPMENT_JWT_SECRET },
    ],
    ['a short secret', { ...PRODUCTION, JWT_SECRET: 'short' }],
    ['HB_DEV_AUTH other than 1', { ...PRODUCTION, HB_DEV_AUTH: 'true', JWT_SECRET: DEVELOPMENT_JWT_SECRET }],
  ])('refuses to start without HB_DEV_AUTH=1 on %s', (_, env) => {
    expect(() => authConfigFromEnv(env)).toThrow(InsecureConfigurationError);
  });

  it('requires JWT_ISSUER and JWT_AUDIENCE without HB_DEV_AUTH', () => {
    expect(() => authConfigFromEnv({ JWKS_URL: 'https://id.example/jwks' })).toThrow(/JWT_ISSUER/);
    expect(() => authConfigFromEnv({ JWT_SECRET: STRONG_SECRET, JWT_ISSUER: 'i' })).toThrow(/JWT_AUDIENCE/);
  });

  it('starts with a JWKS URL or a long secret, issuer and audience', () => {
    expect(authConfigFromEnv({ ...PRODUCTION, JWKS_URL: 'https://id.example/jwks' }).jwks?.url).toBe(
      'https://id.example/jwks',
    );
    const config = authConfigFromEnv({ ...PRODUCTION, JWT_SECRET: STRONG_SECRET });
    expect(config.sharedSecret).toMatchObject({
      secret: STRONG_SECRET,
      ...{ issuer: PRODUCTION.JWT_ISSUER },
    });
    expect(config.development).toBe(false);
  });

  it('in development mode accepts the development secret and an identity provider at once', () => {
    const config = authConfigFromEnv({
      HB_DEV_AUTH: '1',
      JWKS_URL: 'http://127.0.0.1:3010/jwks',
      ...PRODUCTION,
    });
    expect(config.sharedSecret?.secret).toBe(DEVELOPMENT_JWT_SECRET);
    expect(config.jwks?.issuer).toBe(PRODUCTION.JWT_ISSUER);
    expect(config.development).toBe(true);
  });

  it('defaults to 12 hours of token age and reads JWT_MAX_AGE', () => {
    expect(authConfigFromEnv({ HB_DEV_AUTH: '1' }).maxAgeSeconds).toBe(12 * 3600);
    expect(authConfigFromEnv({ HB_DEV_AUTH: '1', JWT_MAX_AGE: '30m' }).maxAgeSeconds).toBe(1800);
    expect(() => authConfigFromEnv({ HB_DEV_AUTH: '1', JWT_MAX_AGE: 'forever' })).toThrow(
      InsecureConfigurationError,
    );
  });
});

describe('development tokens', () => {
  const verifier = new TokenVerifier(authConfigFromEnv({ HB_DEV_AUTH: '1', JWT_SECRET: 'unit-secret' }));

  it('reads sub, role and org from a valid token', async () => {
    const token = await mintDevelopmentToken(
      { sub: 'li.wei', role: 'certifier', org: 'cert-body-1' },
      'unit-secret',
    );
    await expect(verifier.verify(token)).resolves.toEqual({
      subject: 'li.wei',
      role: 'certifier',
      organisationId: 'cert-body-1',
    });
  });

  it('rejects a token whose role is not one of the system roles', async () => {
    const token = await mintDevelopmentToken(
      { sub: 'x', role: 'superuser' as unknown as 'admin', org: 'o' },
      'unit-secret',
    );
    await expect(verifier.verify(token)).rejects.toMatchObject({ status: 401 });
  });

  it('rejects an unsigned token (alg: none)', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: 'x', role: 'admin', org: 'o', iat: now(), exp: now() + 60 })}.`;
    await expect(verifier.verify(token)).rejects.toMatchObject({ status: 401 });
  });

  it('rejects a token without exp, one older than the maximum age, and accepts 30 s of clock skew', async () => {
    const sign = (jwt: SignJWT) =>
      jwt.setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('unit-secret'));
    const claims = { sub: 'x', role: 'admin', org: 'o' };
    await expect(verifier.verify(await sign(new SignJWT(claims).setIssuedAt()))).rejects.toThrow(/exp/);
    await expect(
      verifier.verify(await sign(new SignJWT(claims).setExpirationTime(now() + 60))),
    ).rejects.toThrow(/iat/);
    const tooOld = new SignJWT(claims).setIssuedAt(now() - 13 * 3600).setExpirationTime(now() + 3600);
    await expect(verifier.verify(await sign(tooOld))).rejects.toThrow(/iat/);
    const justExpired = new SignJWT(claims).setIssuedAt(now() - 600).setExpirationTime(now() - 10);
    await expect(verifier.verify(await sign(justExpired))).resolves.toMatchObject({ subject: 'x' });
    const longExpired = new SignJWT(claims).setIssuedAt(now() - 600).setExpirationTime(now() - 120);
    await expect(verifier.verify(await sign(longExpired))).rejects.toThrow(/exp/);
  });
});

describe('verified tokens remembered', () => {
  afterEach(() => jest.useRealTimers());

  it('refuses a token it verified before once it expires or grows too old, as a first check would', async () => {
    const verifier = new TokenVerifier(authConfigFromEnv({ HB_DEV_AUTH: '1', JWT_SECRET: 'unit-secret' }));
    const started = Date.now();
    jest.useFakeTimers({ now: started, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const sign = (jwt: SignJWT) =>
      jwt.setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('unit-secret'));
    const claims = { sub: 'x', role: 'buyer', org: 'o' };
    const shortLived = await sign(new SignJWT(claims).setIssuedAt().setExpirationTime(now() + 60));
    const oldAlready = await sign(
      new SignJWT(claims).setIssuedAt(now() - 12 * 3600 + 60).setExpirationTime(now() + 3600),
    );
    for (const token of [shortLived, oldAlready]) {
      await expect(verifier.verify(token)).resolves.toMatchObject({ subject: 'x' });
      await expect(verifier.verify(token)).resolves.toMatchObject({ subject: 'x' });
    }
    jest.setSystemTime(started + 95_000);
    await expect(verifier.verify(shortLived)).rejects.toThrow(/exp/);
    await expect(verifier.verify(oldAlready)).rejects.toThrow(/iat/);
  });

  it('hands each request a principal of its own', async () => {
    const verifier = new TokenVerifier(authConfigFromEnv({ HB_DEV_AUTH: '1', JWT_SECRET: 'unit-secret' }));
    const token = await mintDevelopmentToken({ sub: 'li.wei', role: 'buyer', org: 'b-1' }, 'unit-secret');
    const first = await verifier.verify(token);
    (first as { organisationId: string }).organisationId = 'someone-else';
    await expect(verifier.verify(token)).resolves.toMatchObject({ organisationId: 'b-1' });
  });
});

describe('tokens of an identity provider (JWKS)', () => {
  const jwks = new JwksServer();
  let first: { privateKey: KeyLike; publicKey: KeyLike };
  let second: { privateKey: KeyLike; publicKey: KeyLike };
  let verifier: TokenVerifier;

  const token = (
    key: KeyLike,
    kid: string,
    claims: Record<string, unknown> = {},
    { iss = PRODUCTION.JWT_ISSUER, aud = PRODUCTION.JWT_AUDIENCE } = {},
  ) =>
    new SignJWT({ hb_role: 'buyer', hb_org: 'buyer-1', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject('amira')
      .setIssuer(iss)
      .setAudience(aud)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  beforeAll(async () => {
    first = await generateKeyPair('RS256');
    second = await generateKeyPair('RS256');
    jwks.keys = [{ ...(await exportJWK(first.publicKey)), kid: 'first', alg: 'RS256', use: 'sig' }];
    await jwks.start();
    verifier = new TokenVerifier(
      authConfigFromEnv({
        ...PRODUCTION,
        JWKS_URL: jwks.url,
        // Every verification reads the JWKS again, so a removed key is noticed at once.
        JWKS_CACHE_SECONDS: '0',
        JWT_ROLE_CLAIM: 'hb_role',
        JWT_ORG_CLAIM: 'hb_org',
      }),
    );
  });
  afterAll(() => jwks.stop());

  it('accepts a token signed with a published key, reading the configured claims', async () => {
    await expect(verifier.verify(await token(first.privateKey, 'first'))).resolves.toEqual({
      subject: 'amira',
      role: 'buyer',
      organisationId: 'buyer-1',
    });
  });

  it('rejects a token of another issuer or for another audience', async () => {
    await expect(
      verifier.verify(await token(first.privateKey, 'first', {}, { iss: 'https://evil.example' })),
    ).rejects.toThrow(/iss/);
    await expect(
      verifier.verify(await token(first.privateKey, 'first', {}, { aud: 'another-system' })),
    ).rejects.toThrow(/aud/);
  });

  it('rejects a key id the JWKS does not publish', async () => {
    await expect(verifier.verify(await token(second.privateKey, 'unknown'))).rejects.toMatchObject({
      status: 401,
    });
  });

  it('rejects an HS256 token signed with the public key as its secret (algorithm confusion)', async () => {
    const publicPem = await exportSPKI(first.publicKey);
    const forged = await new SignJWT({ hb_role: 'admin', hb_org: 'x' })
      .setProtectedHeader({ alg: 'HS256', kid: 'first' })
      .setSubject('mallory')
      .setIssuer(PRODUCTION.JWT_ISSUER)
      .setAudience(PRODUCTION.JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(publicPem));
    await expect(verifier.verify(forged)).rejects.toMatchObject({ status: 401 });
  });

  it('stops accepting a key once it is removed from the JWKS, and accepts its successor', async () => {
    const beforeRotation = await token(first.privateKey, 'first');
    await expect(verifier.verify(beforeRotation)).resolves.toMatchObject({ subject: 'amira' });
    jwks.keys = [{ ...(await exportJWK(second.publicKey)), kid: 'second', alg: 'RS256', use: 'sig' }];
    await expect(verifier.verify(beforeRotation)).rejects.toMatchObject({ status: 401 });
    await expect(verifier.verify(await token(second.privateKey, 'second'))).resolves.toMatchObject({
      subject: 'amira',
    });
  });
});
