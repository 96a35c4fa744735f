import { Logger } from '@nestjs/common';
import {
  Kafka,
  logLevel,
  Partitioners,
  type Admin,
  type KafkaConfig,
  type LogEntry,
  type Producer,
  type TopicMessages,
} from 'kafkajs';
import { kafkajsSecurity, type KafkaSecurity } from './kafka-security';
import type { EventPublisher, OutgoingRecord, TopicAdmin } from './ports';

/**
 * Said once per producer because its retries are bounded on purpose (see KafkajsPublisher); it
 * would read like a misconfiguration in every service's log.
 */
const EXPECTED_WARNINGS = ['Limiting retries for the idempotent producer'];

/** kafkajs log lines through the service's logger (structured JSON), at the same levels. */
export function kafkajsLogCreator(name = 'kafkajs') {
  const logger = new Logger(name);
  return () =>
    ({ level, log }: LogEntry): void => {
      const { message, ...extra } = log;
      if (EXPECTED_WARNINGS.some((expected) => message.startsWith(expected))) return;
      if (level === logLevel.ERROR || level === logLevel.NOTHING) logger.error({ msg: message, ...extra });
      else if (level === logLevel.WARN) logger.warn({ msg: message, ...extra });
      else if (level === logLevel.INFO) logger.log({ msg: message, ...extra });
      else logger.debug({ msg: message, ...extra });
    };
}

/**
 * `security` has no default: a client that forgot it would connect without SASL and be refused by
 * every broker of this system.
 */
export function kafkaClientConfig(
  clientId: string,
  brokers: readonly string[],
  security: KafkaSecurity,
): KafkaConfig {
  return {
    clientId,
    brokers: [...brokers],
    ...kafkajsSecurity(security),
    logLevel: logLevel.WARN,
    logCreator: kafkajsLogCreator(),
    connectionTimeout: 3_000,
    retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 10_000 },
  };
}

/** Idempotent producer, `acks=all`: no duplicates from its own retries, order kept per partition. */
export class KafkajsPublisher implements EventPublisher {
  private readonly producer: Producer;
  private connecting: Promise<void> | null = null;

  constructor(kafka: Kafka) {
    // Bounded retries (kafkajs warns that unbounded ones are needed for exactly-once): a batch that
    // still fails stays in the outbox and is published again, and consumers deduplicate by event id.
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 5_000 },
    });
    this.producer.on(this.producer.events.DISCONNECT, () => {
      this.connecting = null;
    });
  }

  async publish(records: readonly OutgoingRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.connect();
    const byTopic = new Map<string, TopicMessages>();
    for (const record of records) {
      let entry = byTopic.get(record.topic);
      if (!entry) byTopic.set(record.topic, (entry = { topic: record.topic, messages: [] }));
      entry.messages.push({ key: record.key, value: record.value, headers: { ...record.headers } });
    }
    await this.producer.sendBatch({ topicMessages: [...byTopic.values()], acks: -1 });
  }

  async close(): Promise<void> {
    await this.producer.disconnect();
    this.connecting = null;
  }

  private connect(): Promise<void> {
    this.connecting ??= this.producer.connect().catch((error: unknown) => {
      this.connecting = null;
      throw error;
    });
    return this.connecting;
  }
}

export class KafkajsTopicAdmin implements TopicAdmin {
  private readonly admin: Admin;
  private connecting: Promise<void> | null = null;

  constructor(kafka: Kafka) {
    this.admin = kafka.admin();
    this.admin.on(this.admin.events.DISCONNECT, () => {
      this.connecting = null;
    });
  }

  /**
   * Services starting together on a fresh cluster create the same topics at once: one wins, the
   * others see "already exists" or metadata that is still propagating. Both mean "try again": the
   * next round finds the topics there.
   */
  async ensureTopics(topics: readonly { name: string; partitions: number }[], attempts = 8): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.connect();
        const existing = new Set(await this.admin.listTopics());
        const missing = topics.filter((topic) => !existing.has(topic.name));
        if (missing.length === 0) return;
        await this.admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({ topic: topic.name, numPartitions: topic.partitions })),
        });
      } catch (error) {
        if (attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
  }

  async ping(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Kafka did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.connect().then(() => this.admin.describeCluster()), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.admin.disconnect();
    this.connecting = null;
  }

  private connect(): Promise<void> {
    this.connecting ??= this.admin.connect().catch((error: unknown) => {
      this.connecting = null;
      throw error;
    });
    return this.connecting;
  }
}
