import { resolve } from 'node:path';
import { SERVICE_PORTS, SERVICES, type ServiceName } from '@hb/contracts/services';
import { parseSessionKey } from './session-cipher';

export type ServiceUrls = Readonly<Record<ServiceName, string>>;

/** The console as an OpenID Connect client of the identity provider (apps/identity, Keycloak, …). */
export interface OidcClientConfig {
  /** The provider's issuer; its discovery document is read at the first sign-in. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Asked for at sign-in; `offline_access` for a refresh token, `api` for the services' audience. */
  readonly scope: string;
  /** The ID token claims that carry the role and the organisation (as the services' JWT_*_CLAIM). */
  readonly roleClaim: string;
  readonly organisationClaim: string;
}

/**
 * Where sessions are kept: PostgreSQL (the default; every replica shares them, a restart keeps them,
 * tokens sealed with `keys[0]`, older keys still open what they sealed) or this process's memory
 * (development only).
 */
export type SessionStoreConfig =
  | { readonly kind: 'memory' }
  | { readonly kind: 'postgres'; readonly databaseUrl: string; readonly keys: readonly Buffer[] };

export interface ConsoleConfig {
  readonly port: number;
  readonly host: string;
  /** Where the console is reached from browsers: the redirect URI and the Origin of state-changing calls. */
  readonly publicUrl: string;
  /** Where each service answers; the console server proxies /api/<service>/v1/* there. */
  readonly services: ServiceUrls;
  /** The built browser app (index.html and assets). */
  readonly staticRoot: string;
  /** Sign-in through the identity provider; unset: none (only the development sign-in, if switched on). */
  readonly oidc?: OidcClientConfig;
  /** Sign-in as the demo's people with development tokens: HB_DEV_AUTH=1 only. */
  readonly developmentSignIn: boolean;
  /** Absent: in memory (tests of one server); consoleConfigFromEnv always says. */
  readonly sessionStore?: SessionStoreConfig;
}

/**
 * CONSOLE_SESSION_STORE: `postgres` (default) or `memory` (the default with HB_DEV_AUTH=1). PostgreSQL at
 * DATABASE_URL (else DATABASE_BASE_URL/harvest_console, as the services find theirs), tokens
 * sealed with CONSOLE_SESSION_KEY (required) and opened with it or CONSOLE_SESSION_PREVIOUS_KEYS
 * (comma-separated, while sessions sealed before a rotation run out).
 */
export function sessionStoreConfigFromEnv(env: NodeJS.ProcessEnv): SessionStoreConfig {
  const kind = env.CONSOLE_SESSION_STORE || (env.HB_DEV_AUTH === '1' ? 'memory' : 'postgres');
  if (kind === 'memory') return { kind };
  if (kind !== 'postgres') {
    throw new Error(`CONSOLE_SESSION_STORE must be postgres or memory, not ${JSON.stringify(kind)}`);
  }
  if (!env.CONSOLE_SESSION_KEY) {
    throw new Error(
      'CONSOLE_SESSION_KEY (base64 of 32 random bytes) is required to keep sessions in PostgreSQL; ' +
        'CONSOLE_SESSION_STORE=memory keeps them in memory for development',
    );
  }
  const previous = (env.CONSOLE_SESSION_PREVIOUS_KEYS ?? '').split(',').filter((key) => key.trim());
  const base = (env.DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');
  return {
    kind,
    databaseUrl: env.DATABASE_URL ?? `${base}/harvest_console`,
    keys: [
      parseSessionKey(env.CONSOLE_SESSION_KEY, 'CONSOLE_SESSION_KEY'),
      ...previous.map((key) => parseSessionKey(key, 'CONSOLE_SESSION_PREVIOUS_KEYS')),
    ],
  };
}

/**
 * Reads PORT (3000), HOST (127.0.0.1), CONSOLE_PUBLIC_URL, CATALOG_URL, ORDERS_URL, LOGISTICS_URL,
 * CERTIFICATION_URL, MONITORING_URL (the services on their default ports), CONSOLE_STATIC_ROOT, OIDC_ISSUER,
 * OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_SCOPE, JWT_ROLE_CLAIM, JWT_ORG_CLAIM, HB_DEV_AUTH and the
 * session store's variables (sessionStoreConfigFromEnv); throws on a session store it cannot use.
 */
export function consoleConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ConsoleConfig {
  const services = Object.fromEntries(
    SERVICES.map((service) => [
      service,
      env[`${service.toUpperCase()}_URL`] ?? `http://127.0.0.1:${SERVICE_PORTS[service]}`,
    ]),
  ) as Record<ServiceName, string>;
  const port = Number.parseInt(env.PORT ?? '3000', 10);
  const host = env.HOST ?? '127.0.0.1';
  return {
    port,
    host,
    publicUrl: (env.CONSOLE_PUBLIC_URL ?? `http://${host}:${port}`).replace(/\/$/, ''),
    services,
    staticRoot: env.CONSOLE_STATIC_ROOT ?? resolve(__dirname, '../public'),
    oidc: env.OIDC_ISSUER
      ? {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID ?? 'harvest-bridge-console',
          clientSecret: env.OIDC_CLIENT_SECRET ?? '',
          scope: env.OIDC_SCOPE ?? 'openid profile offline_access api',
          roleClaim: env.JWT_ROLE_CLAIM ?? 'role',
          organisationClaim: env.JWT_ORG_CLAIM ?? 'org',
        }
      : undefined,
    developmentSignIn: env.HB_DEV_AUTH === '1',
    sessionStore: sessionStoreConfigFromEnv(env),
  };
}
