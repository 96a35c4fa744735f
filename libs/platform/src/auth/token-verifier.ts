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
  /** How long a key this verification used may still be trusted after the check (JWKS: its cache age). */
  readonly keyTrustSeconds: number;
}

/** Tokens verified recently, at most this many (about 3 MB): a client repeats its token on every request. */
const DEFAULT_VERIFIED_TOKEN_CACHE_SIZE = 10_000;

interface VerifiedToken {
  readonly principal: Principal;
  /** Seconds since the epoch from which the token would no longer verify (expiry, maximum age, key trust). */
  readonly until: number;
}

/** Seconds since the epoch, as jose counts them when it checks `exp`, `iat` and `nbf`. */
const epochSeconds = (): number => Math.floor(Date.now() / 1000);

/**
 * Verifies a bearer token and reads its subject, role and organisation. The token's `alg` picks
 * the key: HS256 only against the shared secret, asymmetric algorithms only against the JWKS, so
 * a token signed with the public key as an HMAC secret, or with `alg: none`, never verifies.
 * Every token must carry `exp` and `iat`, be younger than the maximum age, and (when configured)
 * name the expected issuer and audience; clocks may differ by the configured tolerance.
 *
 * A token that verified is remembered by its exact text (a bounded LRU) until the first moment it
 * would fail again: its `exp` or its maximum age (both with the tolerance, as jose checks them) and,
 * for JWKS tokens, the JWKS cache age (a key removed from the set stops working within that time,
 * with or without this cache). The same bytes carry the same signature over the same claims, so a
 * hit decides exactly what the HMAC or signature check would; it only saves its CPU (40–65 µs a
 * request for HS256). Failures are never remembered.
 */
@Injectable()
export class TokenVerifier {
  private readonly sharedSecret?: Verification;
  private readonly jwks?: Verification;
  private readonly maxAgeSeconds: number;
  private readonly toleranceSeconds: number;
  private readonly cacheSize: number;
  /** In least recently used order (a Map iterates in insertion order; a hit moves its entry last). */
  private readonly verified = new Map<string, VerifiedToken>();

  constructor(@Inject(AUTH_CONFIG) config: AuthConfig) {
    this.maxAgeSeconds = config.maxAgeSeconds;
    this.toleranceSeconds = config.clockToleranceSeconds;
    this.cacheSize = config.verifiedTokenCacheSize ?? DEFAULT_VERIFIED_TOKEN_CACHE_SIZE;
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
        // The shared secret is fixed for the life of the process.
        keyTrustSeconds: Number.POSITIVE_INFINITY,
      };
    }
    if (config.jwks) {
      const { url, issuer, audience, roleClaim, orgClaim, cacheMaxAgeSeconds } = config.jwks;
      this.jwks = {
        key: createRemoteJWKSet(new URL(url), { cacheMaxAge: cacheMaxAgeSeconds * 1000 }),
        options: { ...common, issuer, audience, algorithms: JWKS_ALGORITHMS },
        roleClaim,
        orgClaim,
        keyTrustSeconds: cacheMaxAgeSeconds,
      };
    }
  }

  async verify(token: string): Promise<Principal> {
    const now = epochSeconds();
    const known = this.verified.get(token);
    if (known) {
      this.verified.delete(token);
      if (now < known.until) {
        this.verified.set(token, known);
        // A copy: whatever a request does to its principal stays with that request.
        return { ...known.principal };
      }
    }
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
    const principal: Principal = { subject: sub, role: role as Role, organisationId: org };
    this.remember(token, principal, payload, verification, now);
    return principal;
  }

  private remember(
    token: string,
    principal: Principal,
    payload: JWTPayload,
    verification: Verification,
    now: number,
  ): void {
    if (this.cacheSize <= 0 || typeof payload.exp !== 'number' || typeof payload.iat !== 'number') return;
    // jose refuses once exp <= now - tolerance, or now - iat - tolerance > maximum age.
    const until = Math.min(
      payload.exp + this.toleranceSeconds,
      payload.iat + this.maxAgeSeconds + this.toleranceSeconds,
      now + verification.keyTrustSeconds,
    );
    if (!(now < until)) return;
    if (this.verified.size >= this.cacheSize) {
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, { principal: { ...principal }, until });
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
