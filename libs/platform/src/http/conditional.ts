import { createHash } from 'node:crypto';
import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Who may keep a read:
 * - `public`: the same answer for everyone (routes marked @Public()); any cache may keep it but must
 *   ask again before each use (`max-age=0, must-revalidate`), so a change is seen at once and an
 *   unchanged answer costs a 304 without a body;
 * - `private`: answered to a bearer token (what a caller sees depends on who it is: drafts, its own
 *   organisation's rows), so only the caller's own cache may keep it, and it must revalidate each
 *   time (`no-cache`); `Vary: Authorization` keeps a browser from showing one sign-in's answer to
 *   another's.
 */
export type CacheScope = 'public' | 'private';

export const CACHE_CONTROL: Readonly<Record<CacheScope, string>> = {
  public: 'public, max-age=0, must-revalidate',
  private: 'private, no-cache',
};

/** A strong entity tag from parts that change whenever the representation does (quoted, opaque). */
export function entityTag(...parts: readonly (string | number)[]): string {
  return `"${createHash('sha1').update(parts.join('\u0000')).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether an If-None-Match header names the current representation (RFC 9110 §13.1.2): `*` names
 * any; otherwise a comma-separated list of entity tags compared weakly, so `W/"x"` matches `"x"`.
 * A header that is not a list of entity tags matches nothing (the full answer is sent).
 */
export function noneMatchFails(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value.trim() === '*') return true;
  const opaque = etag.startsWith('W/') ? etag.slice(2) : etag;
  for (const candidate of value.split(',')) {
    let tag = candidate.trim();
    if (tag.startsWith('W/')) tag = tag.slice(2);
    if (tag === opaque) return true;
  }
  return false;
}

/**
 * Answers a GET whose representation has `etag`: 304 without a body when the request's
 * If-None-Match names it, else 200 with `view()` as JSON. `view` runs only when a body is sent, so a
 * revalidation builds nothing. Either way with ETag, Cache-Control and (private) Vary.
 */
export function answerWithTag(
  request: FastifyRequest,
  reply: FastifyReply,
  scope: CacheScope,
  etag: string,
  view: () => unknown,
): void {
  tag(reply, scope, etag);
  if (noneMatchFails(request.headers['if-none-match'], etag)) void reply.code(304).send();
  else void reply.code(200).send(view());
}

/**
 * Answers a GET whose entity tag is its body's hash (lists, whose rows have no single version): the
 * body is serialised once, hashed, and either sent or answered with 304.
 */
export function answerWithBodyTag(
  request: FastifyRequest,
  reply: FastifyReply,
  scope: CacheScope,
  body: unknown,
): void {
  const json = JSON.stringify(body);
  const etag = `"${createHash('sha1').update(json).digest('base64url')}"`;
  tag(reply, scope, etag);
  if (noneMatchFails(request.headers['if-none-match'], etag)) void reply.code(304).send();
  else void reply.code(200).header('content-type', 'application/json; charset=utf-8').send(json);
}

/** The headers of a tagged answer, 200 or 304 alike: ETag, Cache-Control and (private) Vary. */
export function taggedHeaders(scope: CacheScope, etag: string): Record<string, string> {
  return scope === 'private'
    ? { etag, 'cache-control': CACHE_CONTROL.private, vary: 'Authorization' }
    : { etag, 'cache-control': CACHE_CONTROL.public };
}

function tag(reply: FastifyReply, scope: CacheScope, etag: string): void {
  void reply.headers(taggedHeaders(scope, etag));
}

const TAG_HEADERS = {
  ETag: {
    description: 'A strong entity tag of this representation; send it back in If-None-Match to revalidate.',
    schema: { type: 'string' },
  },
  'Cache-Control': {
    description: 'Who may keep the answer and when it must be revalidated.',
    schema: { type: 'string' },
  },
} as const;

/**
 * OpenAPI of a conditional read: the If-None-Match request header, the ETag and Cache-Control of
 * the 200 answer (pass `TAGGED_OK` into its ApiOkResponse), and the 304.
 */
export function ConditionalRead(scope: CacheScope): MethodDecorator {
  const cacheControl = `\`Cache-Control: ${CACHE_CONTROL[scope]}\`${scope === 'private' ? ', `Vary: Authorization`' : ''}`;
  return applyDecorators(
    ApiHeader({
      name: 'If-None-Match',
      required: false,
      description:
        'Entity tags of representations the client holds (or `*`); when one names the current representation the answer is 304 without a body. Weak comparison: `W/"x"` matches `"x"`.',
    }),
    ApiResponse({
      status: 304,
      description: `Not modified: If-None-Match names the current representation. No body; ETag and ${cacheControl} as on 200.`,
      headers: TAG_HEADERS,
    }),
  );
}

/** Headers of a 200 answer from answerWithTag/answerWithBodyTag, for its ApiOkResponse. */
export const TAGGED_OK = { headers: TAG_HEADERS };
