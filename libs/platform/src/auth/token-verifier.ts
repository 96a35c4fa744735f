import { Inject, Injectable } from '@nestjs/common';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
} from 'jose';
import { ROLES, type Principal, type Role } from '@hb/contracts';
import { UnauthorizedError } from '../errors/domain-errors';
import type { AuthConfig } from './auth.config';

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

/** Asymmetric algorithms an identity provider may sign with; HS256 is only ever checked with the shared secret. */
const JWKS_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

interface Verification {
  readonly key: Uint8Array | JWTVerifyGetKey;
  readonly options: JWTVerifyOptions;
  readonly roleClaim: string;
  readonly orgClaim: string;
}

/**
 * Verifies a bearer token and reads its subject, role and organisation. The token's `alg` picks
 * the key: HS256 only against the shared secret, asymmetric algorithms only against the JWKS, so
 * a token signed with the public key as an HMAC secret, or with `alg: none`, never verifies.
 * Every token must carry `exp` and `iat`, be younger than the maximum age, and (when configured)
 * name the expected issuer and audience; clocks may differ by the configured tolerance.
 */
@Injectable()
export class TokenVerifier {
  private readonly sharedSecret?: Verification;
  private readonly jwks?: Verification;

  constructor(@Inject(AUTH_CONFIG) config: AuthConfig) {
    const common = {
      requiredClaims: ['exp', 'iat'],
      maxTokenAge: config.maxAgeSeconds,
      clockTolerance: config.clockToleranceSeconds,
    };
    if (config.sharedSecret) {
      const { secret, issuer, audience, roleClaim, orgClaim } = config.sharedSecret;
      this.sharedSecret = {
        key: new TextEncoder().encode(secret),
        options: { ...common, issuer, audience, algorithms: ['HS256'] },
        roleClaim,
        orgClaim,
      };
    }
    if (config.jwks) {
      const { url, issuer, audience, roleClaim, orgClaim, cacheMaxAgeSeconds } = config.jwks;
      this.jwks = {
        key: createRemoteJWKSet(new URL(url), { cacheMaxAge: cacheMaxAgeSeconds * 1000 }),
        options: { ...common, issuer, audience, algorithms: JWKS_ALGORITHMS },
        roleClaim,
        orgClaim,
      };
    }
  }

  async verify(token: string): Promise<Principal> {
    const verification = this.verificationFor(token);
    let payload: JWTPayload;
    try {
      ({ payload } =
        typeof verification.key === 'function'
          ? await jwtVerify(token, verification.key, verification.options)
          : await jwtVerify(token, verification.key, verification.options));
    } catch (error) {
      throw new UnauthorizedError(`the bearer token is not valid: ${(error as Error).message}`);
    }
    const sub = payload.sub;
    const role = payload[verification.roleClaim];
    const org = payload[verification.orgClaim];
    if (typeof sub !== 'string' || !sub) throw new UnauthorizedError('the bearer token has no sub claim');
    if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
      throw new UnauthorizedError(
        `the bearer token's ${verification.roleClaim} claim must be one of ${ROLES.join(', ')}`,
      );
    }
    if (typeof org !== 'string' || !org) {
      throw new UnauthorizedError(`the bearer token has no ${verification.orgClaim} claim`);
    }
    return { subject: sub, role: role as Role, organisationId: org };
  }

  private verificationFor(token: string): Verification {
    let alg: unknown;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new UnauthorizedError('the bearer token is not a JWT');
    }
    const verification = alg === 'HS256' ? this.sharedSecret : this.jwks;
    if (!verification || (alg !== 'HS256' && !JWKS_ALGORITHMS.includes(String(alg)))) {
      throw new UnauthorizedError(`tokens signed with ${String(alg)} are not accepted here`);
    }
    return verification;
  }
}
