import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { TopicNamer } from '../topic-namer';
import type { OutgoingRecord } from './ports';

export interface DeadLetter {
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: string;
  readonly headers: Record<string, string>;
  /** From the x-dlt-* headers. */
  readonly reason: string;
  readonly kind: string;
  readonly originalTopic: string;
  readonly failedAt: string;
}

export const REPLAYED_HEADER = 'x-replayed-from-dlt';

/** On a dead letter that keeps only the start of its record: the size of the whole record, in bytes. */
export const TRUNCATED_HEADER = 'x-dlt-truncated-from-bytes';
/** How much of a record too large to be dead-lettered whole is kept (for reading, not for replay). */
export const DEAD_LETTER_KEPT_BYTES = 64 * 1024;

/** The broker refused a record as larger than its message size limit (kafkajs MESSAGE_TOO_LARGE). */
export function isMessageTooLarge(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = (current as { cause?: unknown }).cause) {
    if ((current as { type?: unknown }).type === 'MESSAGE_TOO_LARGE') return true;
    if (current.message.includes('larger than the max message size')) return true;
  }
  return false;
}

/**
 * A dead letter that fits: a record at the broker's size limit cannot be copied with the x-dlt-*
 * headers added, and a consumer that cannot dead-letter a record stops on it for good. Its start is
 * kept, with its size; the whole record stays on its topic, at the original offset in the headers.
 */
export function truncatedDeadLetter(letter: OutgoingRecord): OutgoingRecord {
  const value = Buffer.isBuffer(letter.value) ? letter.value : Buffer.from(letter.value);
  const key = letter.key === null ? null : letter.key.slice(0, 1024);
  return {
    ...letter,
    key,
    value: value.subarray(0, DEAD_LETTER_KEPT_BYTES),
    headers: {
      ...letter.headers,
      [TRUNCATED_HEADER]: String(value.length + Buffer.byteLength(letter.key ?? '')),
    },
  };
}

/**
 * Lists, inspects and replays what a consumer group dead-lettered. A replay publishes the original
 * record (value, key, headers) back to its original topic: the group that failed applies it now that
 * it is fixed, and every other group skips it, having recorded its event id in its inbox already.
 */
export class DeadLetters {
  private readonly namer: TopicNamer;

  constructor(
    private readonly kafka: Kafka,
    private readonly groupId: string,
    topicPrefix = '',
  ) {
    this.namer = new TopicNamer(topicPrefix);
  }

  get topic(): string {
    return this.namer.deadLetter(this.groupId);
  }

  /** Everything on the dead-letter topic now, oldest first. */
  async list(): Promise<DeadLetter[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    const ends = new Map(
      (await admin.fetchTopicOffsets(this.topic)).map((p) => [p.partition, Number(p.high)]),
    );
    await admin.disconnect();
    const pending = new Set([...ends].filter(([, high]) => high > 0).map(([partition]) => partition));
    const letters: DeadLetter[] = [];
    if (pending.size === 0) return letters;

    const consumer = this.kafka.consumer({ groupId: `dlt-reader-${randomUUID()}`, maxWaitTimeInMs: 200 });
    await consumer.connect();
    await consumer.subscribe({ topics: [this.topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            const headers: Record<string, string> = {};
            for (const [name, value] of Object.entries(message.headers ?? {})) {
              if (value !== undefined) headers[name] = value.toString();
            }
            letters.push({
              partition,
              offset: message.offset,
              key: message.key?.toString() ?? null,
              value: message.value?.toString() ?? '',
              headers,
              reason: headers['x-dlt-reason'] ?? '',
              kind: headers['x-dlt-error-kind'] ?? '',
              originalTopic: headers['x-dlt-original-topic'] ?? '',
              failedAt: headers['x-dlt-failed-at'] ?? '',
            });
            if (Number(message.offset) + 1 >= (ends.get(partition) ?? 0)) pending.delete(partition);
            if (pending.size === 0) resolve();
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
    return letters.sort(
      (a, b) => a.failedAt.localeCompare(b.failedAt) || Number(a.offset) - Number(b.offset),
    );
  }

  /** Publishes the chosen dead letters back to their original topics; returns how many. */
  async replay(letters: readonly DeadLetter[]): Promise<number> {
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    try {
      for (const letter of letters) {
        if (letter.headers[TRUNCATED_HEADER]) {
          throw new Error(
            `the dead letter at offset ${letter.offset} keeps only the start of a ${letter.headers[TRUNCATED_HEADER]}-byte record; ` +
              `replay the original from ${letter.originalTopic} partition ${letter.headers['x-dlt-original-partition']} offset ${letter.headers['x-dlt-original-offset']}`,
          );
        }
        const headers = Object.fromEntries(
          Object.entries(letter.headers).filter(([name]) => !name.startsWith('x-dlt-')),
        );
        headers[REPLAYED_HEADER] = `${this.topic}:${letter.partition}:${letter.offset}`;
        await producer.send({
          topic: this.namer.physical(letter.originalTopic),
          acks: -1,
          messages: [{ key: letter.key, value: letter.value, headers }],
        });
      }
    } finally {
      await producer.disconnect();
    }
    return letters.length;
  }
}
