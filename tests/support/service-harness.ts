import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createService, startService, type ServiceDescription, type ServiceOverrides } from '@hb/platform';
import { createTestDatabase, type TestDatabase } from './database';
import { call, type Answer, type Call } from './http';
import {
  credentialsOf,
  groupCaughtUp,
  kafkaIsSecured,
  provisionNamespace,
  TopicReader,
  uniquePrefix,
} from './kafka';

// Tests sign in with development tokens (tests/support/http.ts), as scripts/up.sh does.
process.env.HB_DEV_AUTH = '1';
// Several services run in one test process: each serves its metrics on a free port of its own.
process.env.METRICS_PORT ??= '0';

/** One real service (HTTP, database, outbox relay, Kafka consumer) in the test process. */
export interface RunningService {
  readonly app: NestFastifyApplication;
  readonly db: TestDatabase;
  readonly prefix: string;
  readonly groupId: string;
  /** Where it answers HTTP, when started with `listen` (otherwise only `call` reaches it). */
  readonly url: string | undefined;
  /** The physical name of a contract topic in this test's namespace. */
  topic(logical: string): string;
  call(request: Call): Promise<Answer>;
  /** Reads the given contract topics from the beginning (stopped with the service). */
  read(...logicalTopics: string[]): Promise<TopicReader>;
  /**
   * Resolves once the service's consumer group has committed past everything now on these topics:
   * every event published before the call has been applied, skipped or dead-lettered.
   */
  caughtUp(...logicalTopics: string[]): Promise<void>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** Share the topic namespace of another service (end-to-end tests). */
  prefix?: string;
  overrides?: ServiceOverrides;
  /** Also serve HTTP on a free port of 127.0.0.1 (for clients outside the test process, e.g. a browser). */
  listen?: boolean;
  /**
   * On a secured broker, connect as the service's own Kafka user, held to its ACLs, as a deployment
   * does (otherwise as the tests' admin user).
   */
  ownKafkaUser?: boolean;
}

/** Starts a service with a database, topic prefix and consumer group of its own. */
export async function runService(
  service: ServiceDescription,
  label: string,
  options: HarnessOptions = {},
): Promise<RunningService> {
  const db = await createTestDatabase(label);
  const prefix = options.prefix ?? uniquePrefix(label);
  const groupId = `${prefix}.${service.name}`;
  await provisionNamespace(prefix);
  const app = await createService(service, {
    databaseUrl: db.url,
    ...options.overrides,
    messaging: {
      topicPrefix: prefix,
      groupId,
      ...(options.ownKafkaUser && kafkaIsSecured() && { security: credentialsOf(service.name) }),
      retry: { attempts: 3, initialBackoffMs: 20, maxBackoffMs: 200 },
      ...options.overrides?.messaging,
    },
  });
  await startService(app, options.listen ? 0 : undefined);
  const url = options.listen ? await app.getUrl() : undefined;
  const readers: TopicReader[] = [];
  const topic = (logical: string) => `${prefix}.${logical}`;
  return {
    app,
    db,
    prefix,
    groupId,
    url,
    topic,
    call: (request) => call(app, request),
    async read(...logicalTopics) {
      const reader = await TopicReader.start(logicalTopics.map(topic));
      readers.push(reader);
      return reader;
    },
    caughtUp: (...logicalTopics) => groupCaughtUp(groupId, logicalTopics.map(topic)),
    async stop() {
      await Promise.allSettled(readers.map((reader) => reader.stop()));
      await app.close();
      await db.drop();
    },
  };
}
