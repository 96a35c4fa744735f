import {
  ALL_TOPICS,
  EVENTS,
  isServiceName,
  serviceGroupId,
  SUBSCRIPTIONS,
  topicsUsedBy,
  type EventCatalog,
  type TopicSpec,
} from '@hb/contracts';
import { kafkaSecurityFromEnv, type KafkaSecurity } from './transport/kafka-security';
import { envInt } from '@hb/platform/config/env';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface RetryPolicy {
  /** Attempts of a failing handler before its event is dead-lettered. */
  readonly attempts: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
}

export interface MessagingOptions {
  /** The producing service: the `source` of its events and the Kafka client id. */
  readonly service: string;
  readonly brokers: readonly string[];
  /** This service's own Kafka user (its ACLs come from the contracts) and TLS. */
  readonly security: KafkaSecurity;
  /** This service's consumer group; never Nest's shared default. */
  readonly groupId: string;
  /**
   * Prepended (with a dot) to every physical topic name. Empty in production; tests use a unique
   * one per file so that they never see each other's messages.
   */
  readonly topicPrefix: string;
  readonly events: EventCatalog;
  /**
   * Topics this process makes sure exist at start (broker auto-creation is off): the ones it writes
   * or reads, as its ACLs let it see no other.
   */
  readonly topics: readonly TopicSpec[];
  /** The topics its handlers may subscribe to: for a service, its SUBSCRIPTIONS in the contracts. */
  readonly subscriptions: readonly TopicSpec[];
  readonly retry: RetryPolicy;
  /** Partitions of one consumer processed in parallel (order is kept within a partition). */
  readonly partitionsConsumedConcurrently: number;
  /**
   * Most events of one partition's fetched batch applied in one transaction (one commit for all):
   * bounds how long that transaction holds its locks.
   */
  readonly batchMaxEvents: number;
  /**
   * Most bytes one fetch brings of a partition, and of all of a broker's partitions together
   * (kafkajs `maxBytesPerPartition`, `maxBytes`): a partition's batch is what one fetch brought of it,
   * so these bound how many events can share a transaction (batchMaxEvents). kafkajs fetches again once
   * every batch of a fetch is handled, so a fetch, and its events once parsed, is held in memory until
   * its last batch commits (one fetch per broker at a time).
   */
  readonly fetchMaxBytesPerPartition: number;
  readonly fetchMaxBytes: number;
  /**
   * How long the group waits for a silent member before giving its partitions to the others: after a
   * crash, events on those partitions wait this long. Handlers heartbeat while they work.
   */
  readonly sessionTimeoutMs: number;
  readonly relay: {
    readonly batchSize: number;
    /** Safety net only: the relay wakes on LISTEN/NOTIFY; this poll catches a missed notification. */
    readonly pollIntervalMs: number;
    /** Published outbox rows are kept this long (for audits and fault checks), then pruned. */
    readonly retentionHours: number;
  };
}

/** The consumer settings a service may give its own default of (the environment still decides). */
export type MessagingDefaults = Partial<
  Pick<
    MessagingOptions,
    'partitionsConsumedConcurrently' | 'batchMaxEvents' | 'fetchMaxBytesPerPartition' | 'fetchMaxBytes'
  >
>;

/**
 * Options from the environment (see README, "Configuration"), where it is silent the service's
 * `defaults`, then the platform's, with `overrides` on top.
 */
export function messagingOptionsFromEnv(
  service: string,
  overrides: Partial<MessagingOptions> = {},
  env: NodeJS.ProcessEnv = process.env,
  defaults: MessagingDefaults = {},
): MessagingOptions {
  return {
    service,
    brokers: (env.KAFKA_BROKERS ?? '127.0.0.1:9092')
      .split(',')
      .map((broker) => broker.trim())
      .filter(Boolean),
    security: overrides.security ?? kafkaSecurityFromEnv(env),
    groupId: env.KAFKA_GROUP_ID ?? serviceGroupId(service),
    topicPrefix: env.KAFKA_TOPIC_PREFIX ?? '',
    events: EVENTS,
    topics: isServiceName(service) ? topicsUsedBy(service) : ALL_TOPICS,
    subscriptions: isServiceName(service) ? SUBSCRIPTIONS[service] : ALL_TOPICS,
    retry: {
      attempts: envInt('EVENT_RETRY_ATTEMPTS', 5, { env }),
      initialBackoffMs: envInt('EVENT_RETRY_BACKOFF_MS', 200, { env }),
      maxBackoffMs: 5_000,
    },
    // As many as the busiest topics have partitions (6, libs/contracts topics.ts): kafkajs fetches again
    // only when every batch of a fetch is handled, so with fewer workers a partition's events wait
    // behind other partitions' (bench/order-saga.ts: p99 and capacity both suffered at 3).
    partitionsConsumedConcurrently: envInt(
      'KAFKA_PARTITIONS_CONCURRENTLY',
      defaults.partitionsConsumedConcurrently ?? 6,
      { env },
    ),
    batchMaxEvents: envInt('MESSAGING_BATCH_MAX_EVENTS', defaults.batchMaxEvents ?? 100, { env }),
    // kafkajs' own defaults: 1 MiB of a partition, 10 MiB in all.
    fetchMaxBytesPerPartition: envInt(
      'KAFKA_FETCH_MAX_BYTES_PER_PARTITION',
      defaults.fetchMaxBytesPerPartition ?? 1_048_576,
      { env },
    ),
    fetchMaxBytes: envInt('KAFKA_FETCH_MAX_BYTES', defaults.fetchMaxBytes ?? 10_485_760, { env }),
    sessionTimeoutMs: envInt('KAFKA_SESSION_TIMEOUT_MS', 10_000, { env }),
    relay: {
      batchSize: envInt('OUTBOX_BATCH_SIZE', 500, { env }),
      pollIntervalMs: envInt('OUTBOX_POLL_INTERVAL_MS', 2_000, { env }),
      retentionHours: envInt('OUTBOX_RETENTION_HOURS', 168, { env }),
    },
    ...overrides,
  };
}
