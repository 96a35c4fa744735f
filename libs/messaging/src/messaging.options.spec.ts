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

  it.each([
    ['EVENT_RETRY_ATTEMPTS', 'five'],
    ['OUTBOX_POLL_INTERVAL_MS', '0'],
    ['KAFKA_SESSION_TIMEOUT_MS', '10s'],
  ])('refuses to start with %s=%s rather than falling back to the default', (variable, value) => {
    expect(() => messagingOptionsFromEnv('orders', NO_SECURITY, { [variable]: value })).toThrow(
      ConfigurationError,
    );
  });
});
