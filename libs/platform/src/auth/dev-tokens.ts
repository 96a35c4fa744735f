import { SignJWT } from 'jose';
import type { Role } from '@hb/contracts';
import { DEVELOPMENT_JWT_SECRET } from './auth.config';

export interface DevelopmentTokenClaims {
  sub: string;
  role: Role;
  org: string;
  /** Lifetime, e.g. '12h' (default) or a negative span for an already expired token in tests. */
  expiresIn?: string;
}

/** An HS256 token for development and tests; production verifies tokens of a real identity provider. */
export async function mintDevelopmentToken(
  claims: DevelopmentTokenClaims,
  secret: string = process.env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ role: claims.role, org: claims.org })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt(now);
  jwt.setExpirationTime(claims.expiresIn ?? '12h');
  return jwt.sign(new TextEncoder().encode(secret));
}
