import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A sealed value that no key of this console opens: another key, or changed since it was sealed. */
export class SealedValueRefused extends Error {
  constructor(readonly reason: 'unknown-key' | 'malformed' | 'tampered') {
    super(`the sealed session value cannot be opened (${reason})`);
  }
}

/** A key as CONSOLE_SESSION_KEY gives it: base64 of 32 random bytes; anything else refused at start-up. */
export function parseSessionKey(value: string, name: string): Buffer {
  const trimmed = value.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (!BASE64.test(trimmed) || key.length !== KEY_BYTES) {
    throw new Error(
      `${name} must be base64 of ${KEY_BYTES} random bytes (openssl rand -base64 32), not ${key.length} bytes`,
    );
  }
  return key;
}

/** Names a key in what it sealed without revealing it: the first bytes of its SHA-256. */
const keyIdOf = (key: Buffer) =>
  createHash('sha256').update(key).digest().subarray(0, 6).toString('base64url');

/**
 * AES-256-GCM for the tokens of a session at rest. `<key id>.<iv>.<ciphertext>.<tag>` (base64url):
 * the key id lets a rotated key's sessions still be opened with the previous keys while new ones are
 * sealed with the current key; `context` (the session's row key) is authenticated too, so a sealed
 * value copied onto another session is refused like a changed one.
 */
export class SessionCipher {
  private readonly current: { id: string; key: Buffer };
  private readonly keys: ReadonlyMap<string, Buffer>;

  /** `keys[0]` seals; all of them open. */
  constructor(keys: readonly Buffer[]) {
    if (keys.length === 0) throw new Error('a session cipher needs a key');
    for (const key of keys) {
      if (key.length !== KEY_BYTES) throw new Error(`a session key has ${KEY_BYTES} bytes`);
    }
    this.current = { id: keyIdOf(keys[0]), key: keys[0] };
    this.keys = new Map(keys.map((key) => [keyIdOf(key), key]));
  }

  seal(plaintext: string, context: Buffer): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv).setAAD(context);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [this.current.id, iv, ciphertext, cipher.getAuthTag()]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  open(sealed: string, context: Buffer): string {
    const parts = sealed.split('.');
    if (parts.length !== 4) throw new SealedValueRefused('malformed');
    const [keyId, ...encoded] = parts as [string, string, string, string];
    const [iv, ciphertext, tag] = encoded.map((part) => Buffer.from(part, 'base64url')) as [
      Buffer,
      Buffer,
      Buffer,
    ];
    const key = this.keys.get(keyId);
    if (!key) throw new SealedValueRefused('unknown-key');
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SealedValueRefused('malformed');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(context).setAuthTag(tag);
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new SealedValueRefused('tampered');
    }
  }
}
