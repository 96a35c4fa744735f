import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedRequest } from '../auth/decorators';
import { DomainError } from '../errors/domain-errors';
import { TokenBuckets } from './token-bucket';

export const UNTHROTTLED = 'hb:unthrottled';
/** Probes and scrapes are never limited. */
export const Unthrottled = () => SetMetadata(UNTHROTTLED, true);

export const RATE_LIMITER = Symbol('RATE_LIMITER');

export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly code = 'too-many-requests';
  readonly title = 'Too many requests';
  constructor(readonly retryAfterSeconds: number) {
    super(`this organisation is over its request rate; retry in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
}

/**
 * Per-organisation rate limit (after authentication): a noisy tenant is refused with 429 and
 * Retry-After, the others are not slowed. Anonymous calls to public routes count per client address.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(RATE_LIMITER) private readonly buckets: TokenBuckets,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(UNTHROTTLED, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { ip?: string }>();
    const caller = request.principal
      ? `org:${request.principal.organisationId}`
      : `ip:${request.ip ?? 'unknown'}`;
    const admission = this.buckets.take(caller);
    if (!admission.admitted) throw new TooManyRequestsError(admission.retryAfterSeconds);
    return true;
  }
}
