import { ConfigurationError } from '@hb/platform/config/env';
import { messagingOptionsFromEnv } from './messaging.options';

const NO_SECURITY = { security: { mechanism: 'plain' } } as never;

describe('messaging options from the environment', () => {
  it('reads the retry, relay and consumer numbers', () => {
    const options = messagingOptionsFromEnv('orders', NO_SECURITY, {
      EVENT_RETRY_ATTEMPTS: '3',
      OUTBOX_BATCH_SIZE: '100',
    });
    expect(options.retry.attempts).toBe(3);
    expect(options.relay.batchSize).toBe(100);
    expect(options.relay.retentionHours).toBe(168);
  });

  it("takes a service's own defaults where the environment is silent, and the environment over them", () => {
    const defaults = {
      batchMaxEvents: 10_000,
      fetchMaxBytesPerPartition: 4_194_304,
      partitionsConsumedConcurrently: 1,
    };
    const options = messagingOptionsFromEnv(
      'monitoring',
      NO_SECURITY,
      { KAFKA_FETCH_MAX_BYTES_PER_PARTITION: '2097152' },
      defaults,
    );
    expect(options.batchMaxEvents).toBe(10_000);
    expect(options.partitionsConsumedConcurrently).toBe(1);
    expect(options.fetchMaxBytesPerPartition).toBe(2_097_152);
    expect(options.fetchMaxBytes).toBe(10_485_760);
    expect(messagingOptionsFromEnv('orders', NO_SECURITY, {}).batchMaxEvents).toBe(100);
  });

  it.each([
    ['EVENT_RETRY_ATTEMPTS', 'five'],
    ['OUTBOX_POLL_INTERVAL_MS', '0'],
    ['KAFKA_SESSION_TIMEOUT_MS', '10s'],
    ['KAFKA_FETCH_MAX_BYTES', '32MB'],
  ])('refuses to start with %s=%s rather than falling back to the default', (variable, value) => {
    expect(() => messagingOptionsFromEnv('orders', NO_SECURITY, { [variable]: value })).toThrow(
      ConfigurationError,
    );
  });
});
