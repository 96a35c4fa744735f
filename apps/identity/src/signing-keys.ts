import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** The provider's secrets: its RS256 signing key (published as JWKS without the private part) and cookie keys. */
export interface ProviderKeys {
  readonly signing: JWK[];
  readonly cookies: string[];
}

const FILE = 'keys.json';

/**
 * The keys made at the first start and kept in `dataDir`, so tokens issued before a restart still
 * verify and people stay signed in; the file is readable by its owner only.
 */
export async function loadOrCreateKeys(dataDir: string): Promise<ProviderKeys> {
  const path = join(dataDir, FILE);
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ProviderKeys;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  const keys: ProviderKeys = {
    signing: [{ ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'RS256', use: 'sig' }],
    cookies: [randomBytes(32).toString('base64url')],
  };
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await writeFile(path, JSON.stringify(keys), { mode: 0o600, flag: 'wx' }).catch(async (error: unknown) => {
    // Another process made them first: use those, so that both sign with the same key.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  });
  return JSON.parse(await readFile(path, 'utf8')) as ProviderKeys;
}
