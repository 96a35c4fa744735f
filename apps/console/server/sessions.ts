import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '@hb/contracts/roles';
import type { PendingSignIn } from './oidc-client';

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
  /** The user id (`sub`): the console tells a certifier what only another person may do (four eyes). */
  subject: string;
  role: Role;
  organisationId: string;
  name: string;
  via: Session['via'];
  csrfToken: string;
}

export const sessionView = ({
  subject,
  role,
  organisationId,
  name,
  via,
  csrfToken,
}: Session): SessionView => ({
  subject,
  role,
  organisationId,
  name,
  via,
  csrfToken,
});

/** What a sign-in starts a session with; the store adds its id, CSRF token and end. */
export type NewSession = Omit<Session, 'id' | 'csrfToken' | 'endsAt'>;

/** The tokens a refresh at the provider replaces. */
export type RefreshedTokens = Pick<Session, 'accessToken' | 'accessTokenExpiresAt' | 'refreshToken'>;

/**
 * Where the console server keeps sessions and the sign-ins under way (between /auth/login and
 * /auth/callback): in memory for development (MemorySessionStore), in PostgreSQL wherever two replicas
 * or a restart must keep people signed in (PostgresSessionStore).
 */
export interface SessionStore {
  create(fields: NewSession): Promise<Session>;
  /** The session of a cookie's id, unless it has ended. */
  find(id: string | undefined): Promise<Session | undefined>;
  /** Keeps a refresh's tokens, so that every replica uses them from now on. */
  saveTokens(id: string, tokens: RefreshedTokens): Promise<void>;
  end(id: string): Promise<void>;
  holdSignIn(id: string, pending: PendingSignIn, expiresAt: number): Promise<void>;
  /** A sign-in under way, at most once: the callback that takes it removes it. */
  takeSignIn(id: string): Promise<PendingSignIn | undefined>;
  /** Whether sessions can be read and written now (GET /health/ready). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

export const SESSION_LIFETIME_MS = 12 * 60 * 60_000;
/** How often ended sessions and abandoned sign-ins are removed. */
export const SWEEP_EVERY_MS = 60_000;
export const randomId = () => randomBytes(32).toString('base64url');

export const newSession = (fields: NewSession, now: number): Session => ({
  ...fields,
  id: randomId(),
  csrfToken: randomId(),
  endsAt: now + SESSION_LIFETIME_MS,
});

/**
 * Sessions in this process's memory, for development only (CONSOLE_SESSION_STORE=memory or HB_DEV_AUTH=1):
 * one console server per deployment, and a restart signs everyone out.
 */
export class MemorySessionStore implements SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly signIns = new Map<string, { pending: PendingSignIn; expiresAt: number }>();
  private readonly sweeper = setInterval(() => this.sweep(), SWEEP_EVERY_MS).unref();

  constructor(private readonly now: () => number = Date.now) {}

  async create(fields: NewSession): Promise<Session> {
    const session = newSession(fields, this.now());
    this.sessions.set(session.id, session);
    return { ...session };
  }

  async find(id: string | undefined): Promise<Session | undefined> {
    const session = id ? this.sessions.get(id) : undefined;
    if (!session) return undefined;
    if (session.endsAt <= this.now()) {
      this.sessions.delete(session.id);
      return undefined;
    }
    // A copy, as a store in a database would give: a request changes the store only through it.
    return { ...session };
  }

  async saveTokens(id: string, tokens: RefreshedTokens): Promise<void> {
    const session = this.sessions.get(id);
    if (session) Object.assign(session, tokens);
  }

  async end(id: string): Promise<void> {
    this.sessions.delete(id);
  }

  async holdSignIn(id: string, pending: PendingSignIn, expiresAt: number): Promise<void> {
    this.signIns.set(id, { pending, expiresAt });
  }

  async takeSignIn(id: string): Promise<PendingSignIn | undefined> {
    const held = this.signIns.get(id);
    this.signIns.delete(id);
    return held && held.expiresAt > this.now() ? held.pending : undefined;
  }

  async ready(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, session] of this.sessions) if (session.endsAt <= now) this.sessions.delete(id);
    for (const [id, held] of this.signIns) if (held.expiresAt <= now) this.signIns.delete(id);
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
