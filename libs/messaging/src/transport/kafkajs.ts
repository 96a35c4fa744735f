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

/**
 * Idempotent producer, `acks=all`: no duplicates from its own retries, order kept per partition.
 *
 * A send that fails is never retried on the same producer. kafkajs numbers each partition's batches
 * for the broker's deduplication and, when one partition of a produce request fails (a leader not yet
 * elected after a broker restart), takes back the numbers of every partition in the request, the
 * ones the broker accepted too. The next batch for such a partition then reuses a number the broker
 * has already seen: OUT_OF_ORDER_SEQUENCE_NUMBER, which kafkajs treats as final, on every later send
 * (an outbox relay stuck until the process restarts), or, worse, a batch dropped as a duplicate. A
 * fresh producer gets a fresh producer id from the broker and starts its numbers at zero; the outbox
 * publishes the failed rows again, and consumers deduplicate by event id.
 */
export class KafkajsPublisher implements EventPublisher {
  private readonly logger = new Logger(KafkajsPublisher.name);
  private producer: Producer;
  private connecting: Promise<void> | null = null;

  constructor(private readonly kafka: Pick<Kafka, 'producer'>) {
    this.producer = this.newProducer();
  }

  async publish(records: readonly OutgoingRecord[]): Promise<void> {
    if (records.length === 0) return;
    const producer = this.producer;
    await this.connect();
    const byTopic = new Map<string, TopicMessages>();
    for (const record of records) {
      let entry = byTopic.get(record.topic);
      if (!entry) byTopic.set(record.topic, (entry = { topic: record.topic, messages: [] }));
      entry.messages.push({ key: record.key, value: record.value, headers: { ...record.headers } });
    }
    try {
      await producer.sendBatch({ topicMessages: [...byTopic.values()], acks: -1 });
    } catch (error) {
      this.replace(producer, error);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.producer.disconnect();
    this.connecting = null;
  }

  /** Swaps a producer whose send failed for a fresh one (once, however many sends failed with it). */
  private replace(failed: Producer, error: unknown): void {
    if (this.producer !== failed) return;
    this.logger.warn({
      msg: 'Kafka producer replaced after a failed send: a fresh producer id, its sequence numbers from zero',
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
    this.producer = this.newProducer();
    this.connecting = null;
    void failed.disconnect().catch(() => undefined);
  }

  private newProducer(): Producer {
    // Bounded retries (kafkajs warns that unbounded ones are needed for exactly-once): a batch that
    // still fails stays in the outbox and is published again, and consumers deduplicate by event id.
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 5_000 },
    });
    producer.on(producer.events.DISCONNECT, () => {
      if (this.producer === producer) this.connecting = null;
    });
    return producer;
  }

  private connect(): Promise<void> {
    const producer = this.producer;
    this.connecting ??= producer.connect().catch((error: unknown) => {
      if (this.producer === producer) this.connecting = null;
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
