import { randomBytes } from 'node:crypto';
import { sessionStoreConfigFromEnv } from './config';
import { parseSessionKey, SealedValueRefused, SessionCipher } from './session-cipher';
import { MemorySessionStore } from './sessions';

const ROW = Buffer.from('row-of-one-session');
const OTHER_ROW = Buffer.from('row-of-another-session');
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl';

/** The sealed text with one byte of its ciphertext part flipped. */
function flipCiphertextByte(sealed: string): string {
  const parts = sealed.split('.');
  const ciphertext = Buffer.from(parts[2], 'base64url');
  ciphertext[0] ^= 0x01;
  parts[2] = ciphertext.toString('base64url');
  return parts.join('.');
}

describe("the sealing of a console session's tokens at rest", () => {
  const key = randomBytes(32);

  it('opens what it sealed, and the sealed text shows nothing of the token', () => {
    const cipher = new SessionCipher([key]);
    const sealed = cipher.seal(TOKEN, ROW);
    expect(sealed).not.toContain('eyJ');
    expect(sealed).not.toContain(Buffer.from(TOKEN).toString('base64url').slice(0, 12));
    expect(cipher.seal(TOKEN, ROW)).not.toBe(sealed); // a fresh IV every time
    expect(cipher.open(sealed, ROW)).toBe(TOKEN);
  });

  it('refuses a sealed value changed by one bit, or moved onto another session', () => {
    const cipher = new SessionCipher([key]);
    const sealed = cipher.seal(TOKEN, ROW);
    expect(() => cipher.open(flipCiphertextByte(sealed), ROW)).toThrow(new SealedValueRefused('tampered'));
    expect(() => cipher.open(sealed, OTHER_ROW)).toThrow(new SealedValueRefused('tampered'));
    expect(() => cipher.open(sealed.split('.').slice(0, 3).join('.'), ROW)).toThrow(
      new SealedValueRefused('malformed'),
    );
  });

  it('refuses what another key sealed, and opens it again once that key is a previous key', () => {
    const oldKey = randomBytes(32);
    const sealedBefore = new SessionCipher([oldKey]).seal(TOKEN, ROW);
    expect(() => new SessionCipher([key]).open(sealedBefore, ROW)).toThrow(
      new SealedValueRefused('unknown-key'),
    );
    const rotated = new SessionCipher([key, oldKey]);
    expect(rotated.open(sealedBefore, ROW)).toBe(TOKEN);
    // New values are sealed with the current key only.
    expect(() => new SessionCipher([oldKey]).open(rotated.seal(TOKEN, ROW), ROW)).toThrow(SealedValueRefused);
  });

  it('takes only base64 of exactly 32 bytes as a key', () => {
    expect(parseSessionKey(key.toString('base64'), 'CONSOLE_SESSION_KEY')).toEqual(key);
    for (const bad of [
      randomBytes(16).toString('base64'),
      'not base64 at all!',
      randomBytes(32).toString('hex'),
    ]) {
      expect(() => parseSessionKey(bad, 'CONSOLE_SESSION_KEY')).toThrow(
        /CONSOLE_SESSION_KEY must be base64 of 32/,
      );
    }
  });
});

describe('which session store the console uses', () => {
  const key = randomBytes(32).toString('base64');

  it('keeps sessions in PostgreSQL unless told otherwise, and refuses to start without a key', () => {
    expect(() => sessionStoreConfigFromEnv({ NODE_ENV: 'production' })).toThrow(
      /CONSOLE_SESSION_KEY .* is required/,
    );
    expect(sessionStoreConfigFromEnv({ CONSOLE_SESSION_KEY: key })).toEqual({
      kind: 'postgres',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/harvest_console',
      keys: [Buffer.from(key, 'base64')],
    });
    expect(
      sessionStoreConfigFromEnv({
        CONSOLE_SESSION_KEY: key,
        DATABASE_URL: 'postgres://console@db:5432/harvest_console',
      }),
    ).toMatchObject({ databaseUrl: 'postgres://console@db:5432/harvest_console' });
    expect(() =>
      sessionStoreConfigFromEnv({ CONSOLE_SESSION_KEY: key, CONSOLE_SESSION_PREVIOUS_KEYS: 'short' }),
    ).toThrow(/CONSOLE_SESSION_PREVIOUS_KEYS must be base64/);
  });

  it('keeps them in memory with the development switch or when told to, and refuses any other store', () => {
    expect(sessionStoreConfigFromEnv({ HB_DEV_AUTH: '1' })).toEqual({ kind: 'memory' });
    expect(sessionStoreConfigFromEnv({ CONSOLE_SESSION_STORE: 'memory' })).toEqual({ kind: 'memory' });
    expect(
      sessionStoreConfigFromEnv({
        HB_DEV_AUTH: '1',
        CONSOLE_SESSION_STORE: 'postgres',
        CONSOLE_SESSION_KEY: key,
      }),
    ).toMatchObject({
      kind: 'postgres',
    });
    expect(() => sessionStoreConfigFromEnv({ CONSOLE_SESSION_STORE: 'redis' })).toThrow(
      'CONSOLE_SESSION_STORE must be postgres or memory, not "redis"',
    );
  });
});

describe('sessions in memory (development)', () => {
  it('forgets a session at its end, and a sign-in under way once taken or expired', async () => {
    let now = 1_000_000;
    const store = new MemorySessionStore(() => now);
    try {
      const session = await store.create({
        subject: 'admin',
        role: 'admin',
        organisationId: 'harvest-bridge-ops',
        name: 'Admin',
        via: 'oidc',
        accessToken: 'a',
        accessTokenExpiresAt: now + 60_000,
        refreshToken: 'r',
      });
      await store.saveTokens(session.id, {
        accessToken: 'b',
        accessTokenExpiresAt: now + 120_000,
        refreshToken: 'r2',
      });
      expect(await store.find(session.id)).toMatchObject({ accessToken: 'b', refreshToken: 'r2' });
      now = session.endsAt;
      expect(await store.find(session.id)).toBeUndefined();

      const pending = { codeVerifier: 'v', state: 's', nonce: 'n', returnTo: 'admin' };
      await store.holdSignIn('one', pending, now + 1000);
      expect(await store.takeSignIn('one')).toEqual(pending);
      expect(await store.takeSignIn('one')).toBeUndefined();
      await store.holdSignIn('two', pending, now + 1000);
      now += 1000;
      expect(await store.takeSignIn('two')).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
