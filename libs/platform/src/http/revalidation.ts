import { Injectable } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Principal } from '@hb/contracts';
import type { TokenVerifier } from '../auth/token-verifier';
import type { TokenBuckets } from '../rate-limit/token-bucket';
import { noneMatchFails, taggedHeaders, type CacheScope } from './conditional';

/** What a route's representation is tagged with now, for this caller; undefined when it cannot say without reading. */
export type CurrentTag = (
  params: Readonly<Record<string, string | undefined>>,
  caller: Principal,
) => { readonly tag: string; readonly scope: CacheScope } | undefined;

/** Resolves once this replica's memory of tags has seen every change committed before the call. */
export type CaughtUp = () => Promise<void>;

const REVALIDATED_BY = 'hbRevalidatedBy';

/**
 * Marks a conditional GET whose current entity tag a revalidator registered under `name` may know
 * without running the handler (see answerRevalidationsEarly). Only for routes that any authenticated
 * caller may call (no @Roles, not @Public): the early answer checks the token and the rate limit as
 * the global guards do, and leaves who may see what to the revalidator.
 */
export const RevalidatedBy = (name: string): MethodDecorator => RouteConfig({ [REVALIDATED_BY]: name });

/**
 * The revalidators of a service, by name: a feature registers its own when it is created. Each
 * answers from a memory of tags, so each also says when that memory has caught up with the changes
 * committed so far: a write is answered only then (answerWritesOnceSeen).
 */
@Injectable()
export class Revalidators {
  private readonly byName = new Map<string, CurrentTag>();
  private readonly catchingUp: CaughtUp[] = [];

  register(name: string, currentTag: CurrentTag, caughtUp: CaughtUp): void {
    if (this.byName.has(name)) throw new Error(`a revalidator named ${name} is already registered`);
    this.byName.set(name, currentTag);
    this.catchingUp.push(caughtUp);
  }

  named(name: unknown): CurrentTag | undefined {
    return typeof name === 'string' ? this.byName.get(name) : undefined;
  }

  /** Resolves once every revalidator has caught up; undefined when the service has none. */
  caughtUp(): Promise<unknown> | undefined {
    if (this.catchingUp.length === 0) return undefined;
    return Promise.all(this.catchingUp.map((caughtUp) => caughtUp()));
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Sends the answer to a request that may write (any method but GET, HEAD and OPTIONS; every route
 * of the service, errors too) only once the service's revalidators have caught up, so that a client
 * that saw its write answered and then revalidates at this replica is never told 304 for what it
 * changed. A Fastify onSend hook: reads go straight on, and no Nest interceptor is involved (one
 * global interceptor puts every route of the service, /health/live included, through Nest's rxjs
 * interceptor chain: about 55 µs of CPU per request on the development machine).
 */
export function answerWritesOnceSeen(app: NestFastifyApplication, revalidators: Revalidators): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (request, _reply, payload, done) => {
      const seen = READS.has(request.method) ? undefined : revalidators.caughtUp();
      if (!seen) return done(null, payload);
      // A revalidator that cannot tell forgets what it remembers (ProductTags.check): answer either way.
      seen.then(
        () => done(null, payload),
        () => done(null, payload),
      );
    });
}

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Answers `304 Not Modified` to a GET of a route marked @RevalidatedBy before Nest's pipeline runs,
 * when the request's If-None-Match names the tag its revalidator knows for this caller: the bearer
 * token verified by the same TokenVerifier as AuthGuard, a token taken from the caller's rate-limit
 * bucket as RateLimitGuard does. Anything else — no or a bad token, a revalidator that does not know
 * (not remembered, not visible to this caller, an id that is not one), another tag, a caller over
 * its rate — goes on to the route as before, which answers it exactly as without this hook; so the
 * early answer is only ever a 304 that the route would have given too.
 */
export function answerRevalidationsEarly(
  app: NestFastifyApplication,
  revalidators: Revalidators,
  verifier: TokenVerifier,
  buckets: TokenBuckets,
): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preHandler', (request, reply, done) => {
      const noneMatch = request.headers['if-none-match'];
      if (noneMatch === undefined || request.method !== 'GET') return done();
      const config = request.routeOptions.config as unknown as Record<string, unknown> | undefined;
      const currentTag = revalidators.named(config?.[REVALIDATED_BY]);
      const token = currentTag && BEARER.exec(request.headers.authorization ?? '')?.[1];
      if (!currentTag || !token) return done();
      const answerable = async (): Promise<ReturnType<CurrentTag>> => {
        const caller = await verifier.verify(token);
        const known = currentTag(request.params as Record<string, string | undefined>, caller);
        if (!known || !noneMatchFails(noneMatch, known.tag)) return undefined;
        return buckets.take(`org:${caller.organisationId}`).admitted ? known : undefined;
      };
      answerable().then(
        (known) => {
          if (known) void reply.headers(taggedHeaders(known.scope, known.tag)).code(304).send();
          else done();
        },
        // A token that does not verify: the route's AuthGuard answers it.
        () => done(),
      );
    });
}
