import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel, Partitioners, type Consumer, type Producer } from 'kafkajs';
import type { EventEnvelope, KafkaNamespace } from '@hb/contracts';
import {
  kafkajsSecurity,
  kafkaSecurityFromEnv,
  provisionKafkaAccess,
  type KafkaSecurity,
} from '@hb/messaging';
import { waitFor } from './wait';

export const brokers = (): string[] => (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/** Whether the broker authenticates (SASL) and authorizes (ACLs): the tests sign in as its admin. */
export const kafkaIsSecured = (): boolean => Boolean(process.env.KAFKA_SASL_MECHANISM);

/**
 * The credentials of one Kafka user of the contracts (a service, the gateway), from the broker's
 * secrets (KAFKA_SECRETS_DIR, written by scripts/kafka.sh); the tests' own client is the admin.
 */
export function credentialsOf(user: string, password?: string): KafkaSecurity {
  const directory = process.env.KAFKA_SECRETS_DIR;
  if (!directory) throw new Error('KAFKA_SECRETS_DIR is not set: the Kafka users are unknown');
  return {
    sasl: {
      mechanism: 'scram-sha-512',
      username: user,
      password: password ?? readFileSync(join(directory, `${user}.password`), 'utf8').trim(),
    },
  };
}

export const kafka = (clientId = 'tests', security: KafkaSecurity = kafkaSecurityFromEnv()): Kafka =>
  new Kafka({ clientId, brokers: brokers(), logLevel: logLevel.NOTHING, ...kafkajsSecurity(security) });

/**
 * Creates a test namespace's topics and, on a secured broker, the ACLs of each user for them (the
 * same rules as a deployment's, generated from the contracts).
 */
export async function provisionNamespace(prefix: string): Promise<void> {
  const namespace: KafkaNamespace = { topicPrefix: prefix, groupIdOf: (service) => `${prefix}.${service}` };
  const admin = kafka().admin();
  await admin.connect();
  try {
    await provisionKafkaAccess(admin, namespace, { acls: kafkaIsSecured() });
  } finally {
    await admin.disconnect();
  }
}

/** A topic prefix (namespace) of its own for one test file. */
export const uniquePrefix = (label: string): string => `t-${label}-${randomBytes(4).toString('hex')}`;

export interface ReadRecord {
  topic: string;
  key: string | null;
  value: string;
  headers: Record<string, string>;
}

/** Reads everything on some physical topics from the beginning, for assertions. */
export class TopicReader {
  readonly records: ReadRecord[] = [];
  private consumer: Consumer | null = null;

  static async start(topics: string[]): Promise<TopicReader> {
    const reader = new TopicReader();
    reader.consumer = kafka().consumer({ groupId: `reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
    await reader.consumer.connect();
    await reader.consumer.subscribe({ topics, fromBeginning: true });
    await reader.consumer.run({
      eachMessage: async ({ topic, message }) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = String(value);
        reader.records.push({
          topic,
          key: message.key?.toString() ?? null,
          value: message.value?.toString() ?? '',
          headers,
        });
      },
    });
    return reader;
  }

  envelopes(topic?: string): EventEnvelope<Record<string, unknown>>[] {
    return this.records
      .filter((record) => !topic || record.topic === topic)
      .map((record) => JSON.parse(record.value) as EventEnvelope<Record<string, unknown>>);
  }

  async waitForCount(count: number, topic?: string): Promise<ReadRecord[]> {
    return waitFor(
      () => {
        const matching = this.records.filter((record) => !topic || record.topic === topic);
        return matching.length >= count ? matching : undefined;
      },
      { what: `${count} record(s) on ${topic ?? 'the topics'}` },
    );
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

/**
 * Resolves once a consumer group has committed past everything now on these physical topics: every
 * record published before the call has been applied, skipped or dead-lettered.
 */
export async function groupCaughtUp(groupId: string, topics: string[]): Promise<void> {
  const admin = kafka().admin();
  await admin.connect();
  try {
    const ends = new Map<string, number>();
    // Right after a topic is created its partitions may still be electing a leader: ask again.
    await waitFor(
      async () => {
        for (const topic of topics) {
          for (const { partition, high } of await admin.fetchTopicOffsets(topic))
            ends.set(`${topic}:${partition}`, Number(high));
        }
        return true;
      },
      { what: `the end offsets of ${topics.join(', ')}` },
    );
    await waitFor(
      async () => {
        const committed = await admin.fetchOffsets({ groupId, topics });
        return committed.every(({ topic, partitions }) =>
          partitions.every(({ partition, offset }) => {
            const end = ends.get(`${topic}:${partition}`) ?? 0;
            return end === 0 || Number(offset) >= end;
          }),
        );
      },
      { what: `${groupId} to catch up with ${topics.join(', ')}` },
    );
  } finally {
    await admin.disconnect();
  }
}

export async function rawProducer(): Promise<Producer> {
  const producer = kafka().producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  return producer;
}
