import type { FastifyRequest } from 'fastify';
import type { Session } from './sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

const sameOrigin = (request: FastifyRequest, publicUrl: string): boolean => {
  const origin = request.headers.origin;
  if (origin === undefined) return true; // not a browser's cross-site call: browsers send Origin on those
  const scheme = new URL(publicUrl).protocol;
  return origin === new URL(publicUrl).origin || origin === `${scheme}//${request.headers.host}`;
};

/**
 * Why a call that changes something may not be made with this session's cookie: from another origin,
 * or without the session's CSRF token (which a page of another site cannot read); undefined if it may.
 */
export function csrfRefusal(
  request: FastifyRequest,
  session: Session | undefined,
  publicUrl: string,
): string | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  if (!sameOrigin(request, publicUrl)) return `calls from ${request.headers.origin} are not accepted`;
  if (session && request.headers[CSRF_HEADER] !== session.csrfToken) {
    return `the ${CSRF_HEADER} header must carry the session's CSRF token (GET /auth/session)`;
  }
  return undefined;
}
