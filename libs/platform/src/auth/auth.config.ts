/** Published in this repository: it proves nothing, so it is accepted only in development mode. */
export const DEVELOPMENT_JWT_SECRET = 'dev-only-secret-change-me';

/** Claim names of the development tokens (scripts/mint-token.js, the demo sign-in, the tests). */
export const DEVELOPMENT_CLAIMS = { roleClaim: 'role', orgClaim: 'org' } as const;

/** Tokens may be up to this old (from `iat`) unless JWT_MAX_AGE says otherwise. */
const DEFAULT_MAX_AGE_SECONDS = 12 * 60 * 60;
/** How long a fetched JWKS is trusted: a key removed from it stops working within this time. */
const DEFAULT_JWKS_CACHE_SECONDS = 10 * 60;
const MINIMUM_SECRET_LENGTH = 32;

/** HS256 tokens signed with a shared secret. */
export interface SharedSecretSource {
  readonly secret: string;
  /** Checked when set; the development tokens carry none. */
  readonly issuer?: string;
  readonly audience?: string;
  readonly roleClaim: string;
  readonly orgClaim: string;
}

/** Tokens of an OpenID provider, signed with an asymmetric key published at its JWKS URL. */
export interface JwksSource {
  readonly url: string;
  readonly issuer?: string;
  readonly audience?: string;
  readonly roleClaim: string;
  readonly orgClaim: string;
  readonly cacheMaxAgeSeconds: number;
}

export interface AuthConfig {
  /** HS256 tokens: the development secret (HB_DEV_AUTH=1) or a production shared secret. */
  readonly sharedSecret?: SharedSecretSource;
  readonly jwks?: JwksSource;
  /** Oldest accepted token, in seconds since its `iat`. */
  readonly maxAgeSeconds: number;
  readonly clockToleranceSeconds: number;
  /** HB_DEV_AUTH=1: development tokens and the demo sign-in are on. */
  readonly development: boolean;
  /** Verified tokens remembered until they expire (see TokenVerifier); 0 checks every token every time. */
  readonly verifiedTokenCacheSize?: number;
}

export class InsecureConfigurationError extends Error {}

/** `600`, `30m`, `12h`, `1d`; `minimum` 0 lets a test turn a cache off. */
function durationSeconds(name: string, value: string | undefined, fallback: number, minimum = 1): number {
  if (value === undefined || value === '') return fallback;
  const match = /^(\d+)\s*(s|m|h|d)?$/.exec(value.trim());
  const unit: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };
  const seconds = match ? Number(match[1]) * unit[match[2] ?? 's'] : NaN;
  if (!Number.isSafeInteger(seconds) || seconds < minimum) {
    throw new InsecureConfigurationError(`${name} must be a duration such as 600, 30m or 12h; got ${value}`);
  }
  return seconds;
}

/**
 * Reads the token settings. Development tokens (HS256 with the published development secret, or
 * JWT_SECRET) are accepted only with HB_DEV_AUTH=1, set by scripts/up.sh and the test harnesses and
 * by nothing that deploys. Without it a service starts only with JWKS_URL or a JWT_SECRET of at
 * least 32 characters that is not the development one, and with JWT_ISSUER and JWT_AUDIENCE, so
 * that no token of another issuer or for another audience is ever accepted. NODE_ENV plays no part.
 */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const development = env.HB_DEV_AUTH === '1';
  const issuer = env.JWT_ISSUER || undefined;
  const audience = env.JWT_AUDIENCE || undefined;
  const claims = { roleClaim: env.JWT_ROLE_CLAIM || 'role', orgClaim: env.JWT_ORG_CLAIM || 'org' };
  const jwks: JwksSource | undefined = env.JWKS_URL
    ? {
        url: env.JWKS_URL,
        issuer,
        audience,
        ...claims,
        cacheMaxAgeSeconds: durationSeconds(
          'JWKS_CACHE_SECONDS',
          env.JWKS_CACHE_SECONDS,
          DEFAULT_JWKS_CACHE_SECONDS,
          0,
        ),
      }
    : undefined;
  const common = {
    jwks,
    maxAgeSeconds: durationSeconds('JWT_MAX_AGE', env.JWT_MAX_AGE, DEFAULT_MAX_AGE_SECONDS),
    clockToleranceSeconds: 30,
    development,
  };

  if (development) {
    return {
      ...common,
      sharedSecret: { secret: env.JWT_SECRET || DEVELOPMENT_JWT_SECRET, ...DEVELOPMENT_CLAIMS },
    };
  }

  const secret = env.JWT_SECRET || undefined;
  if (secret === DEVELOPMENT_JWT_SECRET) {
    throw new InsecureConfigurationError(
      'refusing to start with the published development JWT secret: it is accepted only with HB_DEV_AUTH=1 (local development and tests)',
    );
  }
  if (secret && secret.length < MINIMUM_SECRET_LENGTH) {
    throw new InsecureConfigurationError(
      `JWT_SECRET must be at least ${MINIMUM_SECRET_LENGTH} random characters`,
    );
  }
  if (!secret && !jwks) {
    throw new InsecureConfigurationError(
      'no way to verify tokens: set JWKS_URL (the identity provider) or JWT_SECRET (at least 32 random characters); HB_DEV_AUTH=1 only for local development',
    );
  }
  if (!issuer || !audience) {
    throw new InsecureConfigurationError(
      'set JWT_ISSUER and JWT_AUDIENCE: without HB_DEV_AUTH=1 every token must name its issuer and this system as its audience',
    );
  }
  return { ...common, sharedSecret: secret ? { secret, issuer, audience, ...claims } : undefined };
}
