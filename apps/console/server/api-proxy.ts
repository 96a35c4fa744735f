import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SERVICES, type ServiceName } from '@hb/contracts/services';
import { sessionOf, type AccessTokens } from './auth-routes';
import type { ServiceUrls } from './config';
import { csrfRefusal } from './csrf';
import { sendProblem } from './problem';
import type { SessionStore } from './sessions';

/**
 * What the browser may tell a service, and what a service may tell the browser; nothing hop-by-hop, and
 * no Authorization: the token is the session's. The conditional-read headers pass both ways (the
 * browser's If-None-Match, the service's ETag and Cache-Control, and its 304), so a browser revalidates
 * a read it holds instead of downloading it again; Vary is rewritten by varyForBrowser.
 */
const REQUEST_HEADERS = ['content-type', 'accept', 'idempotency-key', 'x-correlation-id', 'if-none-match'];
const RESPONSE_HEADERS = [
  'content-type',
  'retry-after',
  'x-correlation-id',
  'location',
  'etag',
  'cache-control',
];
const BODY_LIMIT_BYTES = 1024 * 1024;
const UPSTREAM_TIMEOUT_MS = 30_000;

const isService = (name: string): name is ServiceName => (SERVICES as readonly string[]).includes(name);

/**
 * `/api/orders/v1/orders?status=DELIVERED` → the orders service's `/v1/orders?status=DELIVERED`; only the
 * services' /v1 APIs, never their metrics, docs or health.
 */
export function upstreamUrl(
  services: ServiceUrls,
  url: string,
): { service: ServiceName; url: string } | null {
  const match = /^\/api\/([a-z]+)(\/v1\/[^?#]*(?:\?.*)?)$/.exec(url);
  if (match && /(^|\/)\.\.?(\/|\?|$)|%2e|%2f/i.test(match[2].split('?')[0])) return null;
  if (!match || !isService(match[1])) return null;
  return { service: match[1], url: `${services[match[1]].replace(/\/$/, '')}${match[2]}` };
}

/**
 * A service's answer that varies by Authorization varies, seen from the browser, by the session cookie
 * the console turns into that token: the browser never sends Authorization here, so keeping the header
 * name would let one sign-in's cached answer stand for another's on the same browser.
 */
export function varyForBrowser(vary: string | null): string | null {
  if (vary === null) return null;
  const names = vary
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => (name.toLowerCase() === 'authorization' ? 'Cookie' : name));
  return names.length > 0 ? [...new Set(names)].join(', ') : null;
}

function forwardedHeaders(request: FastifyRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REQUEST_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

export interface ApiProxyOptions {
  readonly services: ServiceUrls;
  readonly sessions: SessionStore;
  readonly tokens: AccessTokens;
  readonly publicUrl: string;
}

/**
 * /api/<service>/v1/* is passed to the service as it is (method, path, query, body) with the session's
 * access token, and its answer back as it is, so the browser talks to one origin and needs no CORS.
 * Without a session the call goes without a token (the public relief and certificate pages).
 */
export async function apiProxy(
  api: FastifyInstance,
  { services, sessions, tokens, publicUrl }: ApiProxyOptions,
): Promise<void> {
  api.removeAllContentTypeParsers();
  api.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT_BYTES }, (_request, body, done) =>
    done(null, body),
  );
  api.all('/api/*', async (request, reply) => {
    const target = upstreamUrl(services, request.url);
    if (!target) {
      return sendProblem(reply, {
        type: '/problems/not-found',
        title: 'Not found',
        status: 404,
        detail: `the console reaches the /v1 APIs of ${SERVICES.join(', ')} under /api/<service>/v1/…; ${request.url} is none of them`,
      });
    }
    const session = await sessionOf(request, sessions);
    const refusal = csrfRefusal(request, session, publicUrl);
    if (refusal) {
      return sendProblem(reply, { type: '/problems/csrf', title: 'Refused', status: 403, detail: refusal });
    }
    const headers = forwardedHeaders(request);
    if (session) {
      const token = await tokens.of(session);
      if (!token) {
        return sendProblem(reply, {
          type: '/problems/session-expired',
          title: 'The session has ended',
          status: 401,
          detail: 'the identity provider no longer renews this sign-in: sign in again',
        });
      }
      headers.authorization = `Bearer ${token}`;
    }
    let answer: Response;
    try {
      answer = await fetch(target.url, {
        method: request.method,
        headers,
        body: request.body instanceof Buffer ? new Uint8Array(request.body) : undefined,
        signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
      });
    } catch (error) {
      request.log.warn({ err: error, service: target.service }, 'service unreachable');
      return sendProblem(reply, {
        type: '/problems/service-unreachable',
        title: `The ${target.service} service is not answering`,
        status: 502,
        detail: `${target.service} did not answer the console; it may be starting or stopped`,
        service: target.service,
      });
    }
    for (const name of RESPONSE_HEADERS) {
      const value = answer.headers.get(name);
      if (value !== null) void reply.header(name, value);
    }
    const vary = varyForBrowser(answer.headers.get('vary'));
    if (vary !== null) void reply.header('vary', vary);
    // A 304 has no body (RFC 9110 §15.4.5): the browser uses the one it holds.
    if (answer.status === 304) return reply.status(304).send();
    return reply.status(answer.status).send(Buffer.from(await answer.arrayBuffer()));
  });
}
