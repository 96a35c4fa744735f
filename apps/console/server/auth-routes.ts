import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { csrfRefusal } from './csrf';
import { SignInRefused, type OidcClient } from './oidc-client';
import { sendProblem } from './problem';
import {
  cookie,
  SESSION_COOKIE,
  sessionView,
  setCookie,
  type NewSession,
  type RefreshedTokens,
  type Session,
  type SessionStore,
} from './sessions';

const SIGN_IN_COOKIE = 'hb_sign_in';
const SIGN_IN_TIMEOUT_MS = 10 * 60_000;
const SESSION_COOKIE_SECONDS = 12 * 60 * 60;
/** Refreshed this long before it expires, so that no call reaches a service with an expiring token. */
const REFRESH_AHEAD_MS = 60_000;
const PAGE = /^[a-z_]{0,32}$/;
const LANGUAGES = ['en', 'zh-CN'];

export interface AuthOptions {
  readonly sessions: SessionStore;
  readonly oidc?: OidcClient;
  readonly publicUrl: string;
  readonly developmentSignIn: boolean;
}

/** The session of a request's cookie, if any. */
export const sessionOf = (request: FastifyRequest, sessions: SessionStore): Promise<Session | undefined> =>
  sessions.find(cookie(request, SESSION_COOKIE));

export async function startSession(
  reply: FastifyReply,
  sessions: SessionStore,
  publicUrl: string,
  fields: NewSession,
): Promise<Session> {
  const session = await sessions.create(fields);
  setCookie(reply, SESSION_COOKIE, session.id, {
    maxAgeSeconds: SESSION_COOKIE_SECONDS,
    secure: publicUrl.startsWith('https:'),
  });
  return session;
}

const signedOut = (reply: FastifyReply) =>
  sendProblem(reply, {
    type: '/problems/unauthenticated',
    title: 'Not signed in',
    status: 401,
    detail:
      'sign in first; a session ends after 12 hours or when the identity provider refuses to refresh it',
  });

/**
 * A session's access token, refreshed at the provider shortly before it expires (one refresh at a time
 * per session in this process) and saved to the store for every replica; undefined when it cannot be
 * refreshed any more, and the session is then ended.
 */
export class AccessTokens {
  private readonly refreshing = new Map<string, Promise<RefreshedTokens>>();

  constructor(
    private readonly sessions: SessionStore,
    private readonly oidc: OidcClient | undefined,
  ) {}

  async of(session: Session): Promise<string | undefined> {
    if (session.accessTokenExpiresAt - Date.now() > REFRESH_AHEAD_MS) return session.accessToken;
    if (!this.oidc || !session.refreshToken) {
      if (session.accessTokenExpiresAt > Date.now()) return session.accessToken;
      await this.sessions.end(session.id);
      return undefined;
    }
    const oidc = this.oidc;
    const refreshToken = session.refreshToken;
    let refresh = this.refreshing.get(session.id);
    if (!refresh) {
      refresh = oidc
        .refresh(refreshToken)
        .then(async (tokens) => {
          await this.sessions.saveTokens(session.id, tokens);
          return tokens;
        })
        .finally(() => this.refreshing.delete(session.id));
      this.refreshing.set(session.id, refresh);
    }
    try {
      return (await refresh).accessToken;
    } catch {
      // Another replica may have refreshed first with a refresh token the provider then rotated.
      const current = await this.sessions.find(session.id);
      if (current && current.accessTokenExpiresAt - Date.now() > REFRESH_AHEAD_MS) return current.accessToken;
      await this.sessions.end(session.id);
      return undefined;
    }
  }
}

/**
 * /auth/login and /auth/callback (the authorization-code flow, when a provider is configured),
 * /auth/session (who is signed in, and the CSRF token), /auth/sign-out (here and at the provider),
 * /auth/options (what sign-in this console offers).
 */
export async function authRoutes(app: FastifyInstance, options: AuthOptions): Promise<void> {
  const { sessions, oidc, publicUrl, developmentSignIn } = options;
  const secure = publicUrl.startsWith('https:');

  app.get('/auth/options', async () => ({ oidc: Boolean(oidc), development: developmentSignIn }));

  app.get<{ Querystring: { page?: string; lang?: string } }>('/auth/login', async (request, reply) => {
    if (!oidc) {
      return sendProblem(reply, {
        type: '/problems/not-found',
        title: 'Not found',
        status: 404,
        detail: 'this console has no identity provider (OIDC_ISSUER is not set)',
      });
    }
    const page = PAGE.test(request.query.page ?? '') ? (request.query.page ?? '') : '';
    const language = LANGUAGES.includes(request.query.lang ?? '') ? request.query.lang! : 'en';
    let started: Awaited<ReturnType<OidcClient['startSignIn']>>;
    try {
      started = await oidc.startSignIn(page, language);
    } catch (error) {
      request.log.warn({ err: error }, 'identity provider unreachable');
      return sendProblem(reply, {
        type: '/problems/identity-provider-unreachable',
        title: 'The identity provider is not answering',
        status: 502,
        detail: 'the sign-in page cannot be reached now; try again in a moment',
      });
    }
    const id = randomBytes(24).toString('base64url');
    await sessions.holdSignIn(id, started.pending, Date.now() + SIGN_IN_TIMEOUT_MS);
    setCookie(reply, SIGN_IN_COOKIE, id, { maxAgeSeconds: SIGN_IN_TIMEOUT_MS / 1000, secure });
    return reply.redirect(started.url, 303);
  });

  app.get('/auth/callback', async (request, reply) => {
    const id = cookie(request, SIGN_IN_COOKIE);
    const started = id ? await sessions.takeSignIn(id) : undefined;
    setCookie(reply, SIGN_IN_COOKIE, '', { maxAgeSeconds: 0, secure });
    if (!oidc || !started) {
      return sendProblem(reply, {
        type: '/problems/sign-in-expired',
        title: 'This sign-in is not known or took too long',
        status: 400,
        detail: 'start the sign-in again from the console',
      });
    }
    try {
      const signedIn = await oidc.finishSignIn(new URL(request.url, publicUrl), started);
      await startSession(reply, sessions, publicUrl, { ...signedIn, via: 'oidc' });
    } catch (error) {
      request.log.warn({ err: error }, 'sign-in refused');
      return sendProblem(reply, {
        type: '/problems/sign-in-refused',
        title: 'The sign-in did not succeed',
        status: error instanceof SignInRefused ? 403 : 400,
        detail: (error as Error).message,
      });
    }
    return reply.redirect(`${publicUrl}/#/${started.returnTo}`, 303);
  });

  app.get('/auth/session', async (request, reply) => {
    const session = await sessionOf(request, sessions);
    return session ? sessionView(session) : signedOut(reply);
  });

  app.post('/auth/sign-out', async (request, reply) => {
    const session = await sessionOf(request, sessions);
    const refusal = csrfRefusal(request, session, publicUrl);
    if (refusal) {
      return sendProblem(reply, { type: '/problems/csrf', title: 'Refused', status: 403, detail: refusal });
    }
    setCookie(reply, SESSION_COOKIE, '', { maxAgeSeconds: 0, secure });
    if (!session) return { redirectTo: `${publicUrl}/` };
    await sessions.end(session.id);
    if (session.via !== 'oidc' || !oidc) return { redirectTo: `${publicUrl}/` };
    return { redirectTo: await oidc.endSessionUrl(session.idToken, `${publicUrl}/`) };
  });
}
