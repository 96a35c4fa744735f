import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Finds a real Kafka broker and PostgreSQL server for the integration tests:
 * - Kafka: KAFKA_BROKERS from the environment (with KAFKA_SECRETS_DIR, a scripts/kafka.sh broker's
 *   secrets folder, the tests sign in with SASL), otherwise the project's own broker
 *   (scripts/kafka.sh, Kafka's jars from Maven Central, fetched by scripts/setup.sh): SASL/SCRAM and
 *   the contracts' ACLs, as every deployment runs, so the suite never runs against an open broker;
 * - PostgreSQL: DATABASE_URL from the environment, otherwise Docker (testcontainers; the teardown
 *   stops it), otherwise the local server at 127.0.0.1:5432.
 * DATABASE_URL names a server (its database part is only used to connect); each test file creates
 * its own databases there.
 */
interface Started {
  stop(): Promise<unknown>;
}
const started: Started[] = [];
(globalThis as { __hbContainers?: Started[] }).__hbContainers = started;

function dockerAvailable(): boolean {
  if (process.env.TESTCONTAINERS_DISABLED === 'true') return false;
  return spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

export default async function globalSetup(): Promise<void> {
  const docker = !process.env.DATABASE_URL && dockerAvailable();

  if (!process.env.KAFKA_BROKERS) {
    const script = resolve(__dirname, '../../scripts/kafka.sh');
    const result = spawnSync('bash', [script, 'start'], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${script} start failed with status ${result.status}`);
    process.env.KAFKA_BROKERS = `127.0.0.1:${process.env.KAFKA_PORT ?? '9092'}`;
    process.env.KAFKA_SECRETS_DIR ??= resolve(
      process.env.KAFKA_HOME_DIR ?? resolve(__dirname, '../../.data/kafka'),
      'secrets',
    );
  }
  // The local broker (scripts/kafka.sh) authenticates everyone: the tests sign in as its admin, and
  // the services of the whole-system and fault tests as their own users (tests/support/kafka.ts).
  if (process.env.KAFKA_SECRETS_DIR && !process.env.KAFKA_SASL_MECHANISM) {
    process.env.KAFKA_SASL_MECHANISM = 'scram-sha-512';
    process.env.KAFKA_SASL_USERNAME = 'admin';
    process.env.KAFKA_SASL_PASSWORD_FILE = resolve(process.env.KAFKA_SECRETS_DIR, 'admin.password');
  }

  if (!process.env.DATABASE_URL) {
    if (docker) {
      const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
      const postgres = await new PostgreSqlContainer('postgres:15-alpine').start();
      started.push(postgres);
      process.env.DATABASE_URL = postgres.getConnectionUri();
    } else {
      process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
    }
  }
  process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
  process.env.LOG_LEVEL ??= 'warn';
  // The services under test accept development tokens (tests/support/http.ts mints them).
  process.env.HB_DEV_AUTH = '1';
  // Many services share this host during the tests: each scrape endpoint takes any free port.
  process.env.METRICS_PORT ??= '0';
  // Tests fire requests far faster than any tenant may; the rate-limit test sets its own limit.
  process.env.RATE_LIMIT_PER_MINUTE ??= '1000000';
}
