import { join } from 'node:path';
import { ROLES, type Role } from '@hb/contracts/roles';
import { envInt } from '@hb/platform/config/env';
import { DEMO_USERNAMES, type DemoUsername } from '@hb/demo';

export interface IdentityConfig {
  readonly port: number;
  readonly host: string;
  /** The `iss` of every token; the services' JWT_ISSUER. Unset: http://<host>:<port>. */
  readonly issuer?: string;
  /** The `aud` of access tokens, the resource indicator of the services; their JWT_AUDIENCE. */
  readonly apiAudience: string;
  /** Where the signing keys and cookie keys are kept between starts. */
  readonly dataDir: string;
  /** The console as an OpenID client (confidential, authorization code with PKCE). */
  readonly console: { clientId: string; clientSecret: string; url: string };
  /** The password of each account (by username) who may sign in; an account without one cannot. */
  readonly passwords: Readonly<Partial<Record<DemoUsername, string>>>;
  /** Fixed `org` claims (by role) instead of looking the demo's buyer and producer up in the services. */
  readonly organisations: Readonly<Partial<Record<Role, string>>>;
  /** Where the demo's buyer (orders) and producer (catalog) are looked up. */
  readonly services: { catalog: string; orders: string };
  /** How long an access (and ID) token lives; the console refreshes it before then. */
  readonly accessTokenTtlSeconds: number;
  readonly development: boolean;
}

/** The password every demo account has with HB_DEV_AUTH=1 unless IDENTITY_PASSWORD_<USERNAME> says otherwise. */
export const DEVELOPMENT_PASSWORD = 'harvest-demo';
const DEVELOPMENT_CLIENT_SECRET = 'console-development-secret';

export class IdentityConfigurationError extends Error {}

const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 5 * 60;
const MAX_ACCESS_TOKEN_TTL_SECONDS = 24 * 60 * 60;

function accessTokenTtl(value: string | undefined): number {
  if (value === undefined) return DEFAULT_ACCESS_TOKEN_TTL_SECONDS;
  const seconds = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds >= 1 && seconds <= MAX_ACCESS_TOKEN_TTL_SECONDS)) {
    throw new IdentityConfigurationError(
      `IDENTITY_ACCESS_TOKEN_TTL must be whole seconds from 1 to ${MAX_ACCESS_TOKEN_TTL_SECONDS}, not "${value}"`,
    );
  }
  return seconds;
}

/**
 * Reads IDENTITY_PORT (3006), IDENTITY_HOST, IDENTITY_ISSUER, JWT_AUDIENCE, IDENTITY_DATA_DIR,
 * IDENTITY_CONSOLE_URL / _CLIENT_ID / _CLIENT_SECRET, IDENTITY_PASSWORD_<USERNAME>, IDENTITY_ORG_<ROLE>,
 * CATALOG_URL, ORDERS_URL, IDENTITY_ACCESS_TOKEN_TTL (seconds, 300) and HB_DEV_AUTH; development defaults only with HB_DEV_AUTH=1.
 */
export function identityConfigFromEnv(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  const development = env.HB_DEV_AUTH === '1';
  const clientSecret =
    env.IDENTITY_CONSOLE_CLIENT_SECRET ?? (development ? DEVELOPMENT_CLIENT_SECRET : undefined);
  if (!clientSecret) {
    throw new IdentityConfigurationError(
      'IDENTITY_CONSOLE_CLIENT_SECRET is not set (development defaults need HB_DEV_AUTH=1)',
    );
  }
  const perName = <Name extends string>(names: readonly Name[], prefix: string, fallback?: string) =>
    Object.fromEntries(
      names.flatMap((name) => {
        const value = env[`${prefix}${name.toUpperCase()}`] ?? fallback;
        return value ? [[name, value]] : [];
      }),
    ) as Partial<Record<Name, string>>;
  return {
    port: envInt('IDENTITY_PORT', 3006, { env, min: 0, max: 65_535 }),
    host: env.IDENTITY_HOST ?? '127.0.0.1',
    issuer: env.IDENTITY_ISSUER || undefined,
    apiAudience: env.JWT_AUDIENCE ?? 'urn:harvest-bridge:api',
    dataDir: env.IDENTITY_DATA_DIR ?? join(process.cwd(), '.data/identity'),
    console: {
      clientId: env.IDENTITY_CONSOLE_CLIENT_ID ?? 'harvest-bridge-console',
      clientSecret,
      url: (env.IDENTITY_CONSOLE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, ''),
    },
    passwords: perName(DEMO_USERNAMES, 'IDENTITY_PASSWORD_', development ? DEVELOPMENT_PASSWORD : undefined),
    organisations: perName(ROLES, 'IDENTITY_ORG_'),
    services: {
      catalog: env.CATALOG_URL ?? 'http://127.0.0.1:3001',
      orders: env.ORDERS_URL ?? 'http://127.0.0.1:3002',
    },
    accessTokenTtlSeconds: accessTokenTtl(env.IDENTITY_ACCESS_TOKEN_TTL),
    development,
  };
}
