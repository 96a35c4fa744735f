export const DEVELOPMENT_JWT_SECRET = 'dev-only-secret-change-me';

export interface AuthConfig {
  /** HS256 shared secret (development and tests). */
  readonly secret?: string;
  /** JWKS URL of the identity provider (production); when set, tokens are verified against it. */
  readonly jwksUrl?: string;
  readonly issuer?: string;
  readonly audience?: string;
}

export class InsecureConfigurationError extends Error {}

/** Reads JWT_SECRET / JWKS_URL / JWT_ISSUER / JWT_AUDIENCE; refuses the development secret in production. */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const config: AuthConfig = {
    secret: env.JWKS_URL ? undefined : (env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET),
    jwksUrl: env.JWKS_URL || undefined,
    issuer: env.JWT_ISSUER || undefined,
    audience: env.JWT_AUDIENCE || undefined,
  };
  if (env.NODE_ENV === 'production' && !config.jwksUrl) {
    if (!config.secret || config.secret === DEVELOPMENT_JWT_SECRET || config.secret.length < 32) {
      throw new InsecureConfigurationError(
        'refusing to start in production with the development JWT secret: set JWKS_URL, or JWT_SECRET to at least 32 random characters',
      );
    }
  }
  return config;
}
