import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '@hb/contracts/roles';

/** Who is signed in, as the console server keeps it; the browser only ever holds the session's id. */
export interface Session {
  readonly id: string;
  /** Sent back by the browser in X-CSRF-Token on every state-changing call. */
  readonly csrfToken: string;
  readonly subject: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly name: string;
  /** `oidc`: through the identity provider; `development`: a development token (HB_DEV_AUTH=1). */
  readonly via: 'oidc' | 'development';
  accessToken: string;
  /** When the access token expires (ms since the epoch). */
  accessTokenExpiresAt: number;
  refreshToken?: string;
  idToken?: string;
  /** When the session ends whatever happens (ms since the epoch). */
  readonly endsAt: number;
}

/** What the browser learns of its session (GET /auth/session). */
export interface SessionView {
  role: Role;
  organisationId: string;
  name: string;
  via: Session['via'];
  csrfToken: string;
}

export const sessionView = ({ role, organisationId, name, via, csrfToken }: Session): SessionView => ({
  role,
  organisationId,
  name,
  via,
  csrfToken,
});

const SESSION_LIFETIME_MS = 12 * 60 * 60_000;
const SWEEP_EVERY_MS = 60_000;
const randomId = () => randomBytes(32).toString('base64url');

/**
 * Sessions in this process's memory: one console server (or sticky sessions) per deployment; a
 * restart signs everyone out, which loses nothing but the sign-in.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly sweeper = setInterval(() => this.sweep(), SWEEP_EVERY_MS).unref();

  create(fields: Omit<Session, 'id' | 'csrfToken' | 'endsAt'>): Session {
    const session: Session = {
      ...fields,
      id: randomId(),
      csrfToken: randomId(),
      endsAt: Date.now() + SESSION_LIFETIME_MS,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  find(id: string | undefined): Session | undefined {
    const session = id ? this.sessions.get(id) : undefined;
    if (session && session.endsAt <= Date.now()) {
      this.sessions.delete(session.id);
      return undefined;
    }
    return session;
  }

  end(id: string): void {
    this.sessions.delete(id);
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, session] of this.sessions) if (session.endsAt <= now) this.sessions.delete(id);
  }
}

export const SESSION_COOKIE = 'hb_session';

/** One cookie of the request, read without a cookie library. */
export function cookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** An httpOnly, SameSite=Lax cookie (Secure where the console is served over HTTPS); `maxAge` 0 clears it. */
export function setCookie(
  reply: FastifyReply,
  name: string,
  value: string,
  { maxAgeSeconds, secure }: { maxAgeSeconds: number; secure: boolean },
): void {
  const attributes = [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ];
  void reply.header('set-cookie', attributes.join('; '));
}
