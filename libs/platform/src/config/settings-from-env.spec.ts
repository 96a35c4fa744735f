import { databaseOptions, statementTimeoutMs } from '../database/database.options';
import { rateLimitFromEnv } from '../rate-limit/token-bucket';
import { sweepBatchSize } from '../scheduling/periodic-work';
import { ConfigurationError } from './env';

/** The platform's settings read their numbers through envInt/envDuration: garbage stops the start. */
describe('platform settings from the environment', () => {
  it('keeps the defaults when nothing is set', () => {
    expect(rateLimitFromEnv({})).toEqual({ perMinute: 1_200, burst: 200 });
    expect(statementTimeoutMs({})).toBe(15_000);
    expect(sweepBatchSize({})).toBe(100);
  });

  it('reads durations with a unit, and 0 to turn the statement timeout off', () => {
    expect(statementTimeoutMs({ DB_STATEMENT_TIMEOUT_MS: '30s' })).toBe(30_000);
    expect(statementTimeoutMs({ DB_STATEMENT_TIMEOUT_MS: '0' })).toBe(0);
  });

  it.each([
    ['RATE_LIMIT_PER_MINUTE', () => rateLimitFromEnv({ RATE_LIMIT_PER_MINUTE: 'lots' })],
    ['RATE_LIMIT_BURST', () => rateLimitFromEnv({ RATE_LIMIT_BURST: '0' })],
    ['DB_STATEMENT_TIMEOUT_MS', () => statementTimeoutMs({ DB_STATEMENT_TIMEOUT_MS: '-1' })],
    ['DB_POOL_SIZE', () => databaseOptions('catalog', [], { DB_POOL_SIZE: '10 connections' })],
    ['SWEEP_BATCH_SIZE', () => sweepBatchSize({ SWEEP_BATCH_SIZE: '20000' })],
  ])('refuses to start with a %s that is not a number it can use', (variable, read) => {
    expect(read).toThrow(ConfigurationError);
    expect(read).toThrow(new RegExp(`^${variable}: `));
  });
});
