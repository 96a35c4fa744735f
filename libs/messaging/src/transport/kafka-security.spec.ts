import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kafkajsSecurity, kafkaSecurityFromEnv } from './kafka-security';

describe('Kafka client security from the environment', () => {
  it('signs in with SCRAM-SHA-512, the password given or read from a mounted file', () => {
    expect(
      kafkaSecurityFromEnv({
        KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
        KAFKA_SASL_USERNAME: 'catalog',
        KAFKA_SASL_PASSWORD: 's3cret',
      }),
    ).toEqual({ sasl: { mechanism: 'scram-sha-512', username: 'catalog', password: 's3cret' } });

    const folder = mkdtempSync(join(tmpdir(), 'kafka-security-'));
    writeFileSync(join(folder, 'password'), 'from-file\n');
    writeFileSync(join(folder, 'ca.crt'), '-----BEGIN CERTIFICATE-----');
    const security = kafkaSecurityFromEnv({
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'orders',
      KAFKA_SASL_PASSWORD_FILE: join(folder, 'password'),
      KAFKA_SSL_CA_FILE: join(folder, 'ca.crt'),
    });
    expect(security.sasl?.password).toBe('from-file');
    expect(kafkajsSecurity(security).ssl).toEqual({ ca: ['-----BEGIN CERTIFICATE-----'] });
  });

  it('uses TLS with the system authorities when KAFKA_SSL is set without a CA file', () => {
    expect(kafkajsSecurity(kafkaSecurityFromEnv({ KAFKA_SSL: 'true' }))).toEqual({ ssl: true });
  });

  it('refuses to start in production without SASL, whatever else is set', () => {
    expect(() => kafkaSecurityFromEnv({ NODE_ENV: 'production', KAFKA_SSL: 'true' })).toThrow(
      /NODE_ENV=production refuses to connect to Kafka without authentication/,
    );
  });

  it('says what is missing or wrong instead of connecting anonymously', () => {
    expect(() => kafkaSecurityFromEnv({ KAFKA_SASL_MECHANISM: 'scram-sha-512' })).toThrow(
      /KAFKA_SASL_USERNAME or KAFKA_SASL_PASSWORD/,
    );
    expect(() =>
      kafkaSecurityFromEnv({
        KAFKA_SASL_MECHANISM: 'plain',
        KAFKA_SASL_USERNAME: 'a',
        KAFKA_SASL_PASSWORD: 'b',
      }),
    ).toThrow(/not supported/);
    expect(() =>
      kafkaSecurityFromEnv({
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'a',
        KAFKA_SASL_PASSWORD_FILE: '/nonexistent/password',
      }),
    ).toThrow(/KAFKA_SASL_PASSWORD_FILE=\/nonexistent\/password cannot be read/);
  });
});
