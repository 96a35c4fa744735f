import { envInt } from '../config/env';

export interface RateLimit {
  /** Requests a caller may make per minute, sustained. */
  readonly perMinute: number;
  /** Requests a caller may make at once after being idle. */
  readonly burst: number;
}

export type Admission =
  { readonly admitted: true } | { readonly admitted: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * One token bucket per caller, in this process's memory: each replica enforces the limit on what it
 * serves (behind a load balancer the cluster-wide limit is about replicas × the limit). Idle buckets
 * are forgotten, so memory follows active callers, not all callers ever seen.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;
  private lastSweep = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.refillPerMs = limit.perMinute / 60_000;
  }

  take(caller: string): Admission {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(caller) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + (now - bucket.at) * this.refillPerMs);
    bucket.at = now;
    this.buckets.set(caller, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { admitted: true };
    }
    return {
      admitted: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000)),
    };
  }

  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    const full = this.limit.burst / this.refillPerMs;
    for (const [caller, bucket] of this.buckets) if (now - bucket.at > full) this.buckets.delete(caller);
  }
}

export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimit {
  const perMinute = envInt('RATE_LIMIT_PER_MINUTE', 1_200, { env });
  return { perMinute, burst: envInt('RATE_LIMIT_BURST', Math.max(1, Math.ceil(perMinute / 6)), { env }) };
}
