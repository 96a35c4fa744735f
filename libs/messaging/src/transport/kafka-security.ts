import { readFileSync } from 'node:fs';
import type { KafkaConfig } from 'kafkajs';

const SASL_MECHANISMS = ['scram-sha-512', 'scram-sha-256'] as const;
type SaslMechanism = (typeof SASL_MECHANISMS)[number];

/** How a Kafka client proves who it is (SASL/SCRAM) and whether the connection is encrypted (TLS). */
export interface KafkaSecurity {
  readonly sasl?: { readonly mechanism: SaslMechanism; readonly username: string; readonly password: string };
  /** TLS; `ca` (PEM) replaces the system's trusted authorities, e.g. with Strimzi's cluster CA. */
  readonly ssl?: { readonly ca?: string };
}

export class KafkaSecurityConfigError extends Error {
  override readonly name = 'KafkaSecurityConfigError';
}

const truthy = (value: string | undefined) => value === '1' || value?.toLowerCase() === 'true';

function readSecretFile(variable: string, file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new KafkaSecurityConfigError(`${variable}=${file} cannot be read: ${(error as Error).message}`);
  }
}

/**
 * KAFKA_SASL_MECHANISM (scram-sha-512 or scram-sha-256), KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD (or
 * KAFKA_SASL_PASSWORD_FILE, e.g. a mounted secret), KAFKA_SSL and KAFKA_SSL_CA_FILE. With
 * NODE_ENV=production a client without SASL is refused: every broker of a deployment authenticates.
 */
export function kafkaSecurityFromEnv(env: NodeJS.ProcessEnv = process.env): KafkaSecurity {
  const mechanism = env.KAFKA_SASL_MECHANISM?.trim().toLowerCase();
  let sasl: KafkaSecurity['sasl'];
  if (mechanism) {
    if (!(SASL_MECHANISMS as readonly string[]).includes(mechanism)) {
      throw new KafkaSecurityConfigError(
        `KAFKA_SASL_MECHANISM=${mechanism} is not supported: use ${SASL_MECHANISMS.join(' or ')}`,
      );
    }
    const username = env.KAFKA_SASL_USERNAME?.trim();
    const password =
      env.KAFKA_SASL_PASSWORD ||
      (env.KAFKA_SASL_PASSWORD_FILE &&
        readSecretFile('KAFKA_SASL_PASSWORD_FILE', env.KAFKA_SASL_PASSWORD_FILE));
    if (!username || !password) {
      throw new KafkaSecurityConfigError(
        'KAFKA_SASL_MECHANISM is set but KAFKA_SASL_USERNAME or KAFKA_SASL_PASSWORD (or KAFKA_SASL_PASSWORD_FILE) is missing',
      );
    }
    sasl = { mechanism: mechanism as SaslMechanism, username, password };
  } else if (env.NODE_ENV === 'production') {
    throw new KafkaSecurityConfigError(
      'NODE_ENV=production refuses to connect to Kafka without authentication: set KAFKA_SASL_MECHANISM=scram-sha-512, KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD (or KAFKA_SASL_PASSWORD_FILE)',
    );
  }
  const caFile = env.KAFKA_SSL_CA_FILE;
  let ssl: KafkaSecurity['ssl'];
  if (caFile) {
    ssl = { ca: readSecretFile('KAFKA_SSL_CA_FILE', caFile) };
  } else if (truthy(env.KAFKA_SSL)) {
    ssl = {};
  }
  return { ...(sasl && { sasl }), ...(ssl && { ssl }) };
}

/** The kafkajs settings of some credentials. */
export function kafkajsSecurity(security: KafkaSecurity): Pick<KafkaConfig, 'sasl' | 'ssl'> {
  const { sasl, ssl } = security;
  return {
    ...(sasl && {
      sasl:
        sasl.mechanism === 'scram-sha-512'
          ? { mechanism: 'scram-sha-512', username: sasl.username, password: sasl.password }
          : { mechanism: 'scram-sha-256', username: sasl.username, password: sasl.password },
    }),
    ...(ssl && { ssl: ssl.ca ? { ca: [ssl.ca] } : true }),
  };
}
