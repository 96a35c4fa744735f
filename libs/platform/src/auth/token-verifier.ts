import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ROLES, type Principal, type Role } from '@hb/contracts';
import { UnauthorizedError } from '../errors/domain-errors';
import type { AuthConfig } from './auth.config';

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

/** Verifies a bearer token (HS256 secret or JWKS) and reads the `sub`, `role` and `org` claims. */
@Injectable()
export class TokenVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;

  constructor(@Inject(AUTH_CONFIG) private readonly config: AuthConfig) {
    this.key = config.jwksUrl
      ? createRemoteJWKSet(new URL(config.jwksUrl))
      : new TextEncoder().encode(config.secret ?? '');
  }

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      const options = {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: this.config.jwksUrl ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'],
      };
      ({ payload } =
        typeof this.key === 'function'
          ? await jwtVerify(token, this.key, options)
          : await jwtVerify(token, this.key, options));
    } catch (error) {
      throw new UnauthorizedError(`the bearer token is not valid: ${(error as Error).message}`);
    }
    const { sub, role, org } = payload as JWTPayload & { role?: unknown; org?: unknown };
    if (typeof sub !== 'string' || !sub) throw new UnauthorizedError('the bearer token has no sub claim');
    if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
      throw new UnauthorizedError(`the bearer token's role claim must be one of ${ROLES.join(', ')}`);
    }
    if (typeof org !== 'string' || !org) throw new UnauthorizedError('the bearer token has no org claim');
    return { subject: sub, role: role as Role, organisationId: org };
  }
}
