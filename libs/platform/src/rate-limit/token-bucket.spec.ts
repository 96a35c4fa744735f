import { TokenBuckets } from './token-bucket';

describe('per-caller token buckets', () => {
  let clock = 0;
  const buckets = () => new TokenBuckets({ perMinute: 60, burst: 3 }, () => clock);

  beforeEach(() => {
    clock = 1_000_000;
  });

  it('admits a burst, then refuses with the seconds until the next request may go', () => {
    const limiter = buckets();
    expect([1, 2, 3].map(() => limiter.take('canteen-a').admitted)).toEqual([true, true, true]);
    expect(limiter.take('canteen-a')).toEqual({ admitted: false, retryAfterSeconds: 1 });
  });

  it('refills at the sustained rate', () => {
    const limiter = buckets();
    for (let index = 0; index < 3; index += 1) limiter.take('canteen-a');
    clock += 1_000;
    expect(limiter.take('canteen-a').admitted).toBe(true);
    expect(limiter.take('canteen-a').admitted).toBe(false);
  });

  it('keeps one noisy caller from using up anyone else’s allowance', () => {
    const limiter = buckets();
    for (let index = 0; index < 50; index += 1) limiter.take('noisy-platform');
    expect(limiter.take('quiet-canteen').admitted).toBe(true);
  });

  it('forgets callers that have been idle long enough to be full again', () => {
    const limiter = buckets();
    limiter.take('a');
    limiter.take('b');
    clock += 120_000;
    limiter.take('c');
    expect(limiter.size).toBe(1);
  });
});
