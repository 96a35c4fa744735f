/**
 * The small surface the services need from a message broker. kafkajs sits behind it
 * (transport/kafkajs.ts), so the client can be replaced without touching the services.
 */
export interface OutgoingRecord {
  /** Physical topic name. */
  readonly topic: string;
  readonly key: string | null;
  readonly value: string | Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

export interface EventPublisher {
  /** Resolves once every record is acknowledged by all in-sync replicas; keeps order per key. */
  publish(records: readonly OutgoingRecord[]): Promise<void>;
  close(): Promise<void>;
}

export interface TopicAdmin {
  /** Creates the topics that do not exist yet; existing ones are left as they are. */
  ensureTopics(topics: readonly { name: string; partitions: number }[]): Promise<void>;
  /** Resolves when the cluster answers a metadata request. */
  ping(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_PUBLISHER = Symbol('EVENT_PUBLISHER');
export const TOPIC_ADMIN = Symbol('TOPIC_ADMIN');
