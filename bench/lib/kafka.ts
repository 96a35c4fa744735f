/** The benchmark's side of Kafka: a client, topics of its own prefix, a tap that records what arrives. */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin, type Consumer, type KafkaMessage } from 'kafkajs';
import { kafkajsSecurity, kafkaSecurityFromEnv } from '@hb/messaging';
import { BROKERS, ROOT } from './env';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

export const KAFKA_LIB = resolve(ROOT, '.tools', 'kafka-lib');

export const kafka = new Kafka({
  clientId: 'bench',
  brokers: BROKERS,
  logLevel: logLevel.NOTHING,
  ...kafkajsSecurity(kafkaSecurityFromEnv()),
});

export async function withAdmin<T>(work: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.disconnect();
  }
}

export interface BenchTopic {
  name: string;
  partitions: number;
  /** Topic configs, e.g. `message.timestamp.type: LogAppendTime` so that record times are append times. */
  config?: Record<string, string>;
}

/**
 * Creates the topics that do not exist yet. A busy broker may answer "not hosted here" or "already
 * exists" while metadata propagates: both mean "look again", as libs/messaging's provisioning does.
 */
export async function createTopics(topics: readonly BenchTopic[], attempts = 8): Promise<void> {
  await withAdmin(async (admin) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const existing = new Set(await admin.listTopics());
        const missing = topics.filter((topic) => !existing.has(topic.name));
        if (missing.length > 0) {
          await admin.createTopics({
            waitForLeaders: true,
            topics: missing.map((topic) => ({
              topic: topic.name,
              numPartitions: topic.partitions,
              configEntries: Object.entries(topic.config ?? {}).map(([name, value]) => ({ name, value })),
            })),
          });
        }
        await admin.fetchTopicMetadata({ topics: topics.map((topic) => topic.name) });
        return;
      } catch (error) {
        if (attempt >= attempts) throw error;
        await new Promise((done) => setTimeout(done, 250 * attempt));
      }
    }
  });
}

/** Deletes every topic and (idle) consumer group of a benchmark prefix (`<prefix>.…`). */
export async function deleteTopics(prefix: string): Promise<void> {
  if (!prefix.startsWith('bench-')) throw new Error(`benchmark topic prefixes start with bench-: ${prefix}`);
  await withAdmin(async (admin) => {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(`${prefix}.`));
    if (topics.length > 0) await admin.deleteTopics({ topics }).catch(() => undefined);
    const groups = (await admin.listGroups()).groups
      .map((group) => group.groupId)
      .filter((groupId) => groupId.startsWith(`${prefix}.`));
    if (groups.length > 0) await admin.deleteGroups(groups).catch(() => undefined);
  });
}

/** Records on a topic right now: the sum of the partitions' high watermarks. */
export async function topicEnd(topic: string): Promise<number> {
  return withAdmin(async (admin) =>
    (await admin.fetchTopicOffsets(topic)).reduce((sum, partition) => sum + Number(partition.high), 0),
  );
}

export interface TappedRecord {
  topic: string;
  partition: number;
  message: KafkaMessage;
  /** The record's timestamp: its append time on LogAppendTime topics, the producer's clock otherwise. */
  timestamp: number;
  /** When this process received it. */
  receivedAt: number;
}

/** Reads topics from the beginning with a consumer group of its own and hands every record over. */
export class TopicTap {
  private constructor(private readonly consumer: Consumer) {}

  static async start(topics: string[], onRecord: (record: TappedRecord) => void): Promise<TopicTap> {
    // In the topics' namespace, so that deleteTopics removes the group with them.
    const groupPrefix = topics[0].split('.')[0];
    const consumer = kafka.consumer({ groupId: `${groupPrefix}.tap-${randomUUID()}`, maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    const joined = new Promise<void>((done) => consumer.on(consumer.events.GROUP_JOIN, () => done()));
    await consumer.run({
      partitionsConsumedConcurrently: 6,
      eachMessage: async ({ topic, partition, message }) => {
        onRecord({ topic, partition, message, timestamp: Number(message.timestamp), receivedAt: Date.now() });
      },
    });
    await joined;
    return new TopicTap(consumer);
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}

/** The broker's version, from the jars scripts/kafka.sh runs it from (kafka_2.13-<version>.jar). */
export function kafkaVersion(): string {
  if (!existsSync(KAFKA_LIB)) return 'unknown';
  const jar = readdirSync(KAFKA_LIB).find((name) => /^kafka_[\d.]+-[\d.]+\.jar$/.test(name));
  return jar ? jar.replace(/^kafka_[\d.]+-/, '').replace(/\.jar$/, '') : 'unknown';
}
