import { ServerKafka } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import type { EachBatchPayload, IHeaders, Kafka } from 'kafkajs';
import type { MessagingOptions } from '../messaging.options';
import { TopicNamer } from '../topic-namer';
import { kafkaClientConfig } from '../transport/kafkajs';
import type { EventContext } from './event-context';
import type { EventHandler, InboxProcessor } from './inbox-processor';
import type { TopicProvisioner } from './topic-provisioner';

function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    result[name] = Array.isArray(value) ? value.map(String).join(',') : value.toString();
  }
  return result;
}

/**
 * Nest's Kafka transport with the reliability rules of InboxProcessor. Handlers are ordinary
 * `@EventPattern(SomeEvent.type)` methods: the pattern is an event type, not a topic; the server
 * subscribes to the topics those types travel on and routes each record by its envelope's type.
 * Records of types this service does not handle are skipped. Each partition's fetched batch goes to
 * the processor whole, which applies it in few transactions and resolves offsets after each commit.
 */
export class ReliableKafkaServer extends ServerKafka {
  private readonly namer: TopicNamer;

  constructor(
    private readonly messaging: MessagingOptions,
    private readonly processor: InboxProcessor,
    private readonly provisioner: TopicProvisioner,
  ) {
    super({
      client: kafkaClientConfig(`${messaging.service}-consumer`, messaging.brokers, messaging.security),
      consumer: {
        groupId: messaging.groupId,
        sessionTimeout: messaging.sessionTimeoutMs,
        heartbeatInterval: Math.min(3_000, Math.floor(messaging.sessionTimeoutMs / 3)),
        maxWaitTimeInMs: 250,
        maxBytesPerPartition: messaging.fetchMaxBytesPerPartition,
        maxBytes: messaging.fetchMaxBytes,
        retry: { initialRetryTime: 500, retries: 5, maxRetryTime: 10_000 },
      },
      // Nest appends "-server" to the group id by default; each service names its own group exactly.
      postfixId: '',
      subscribe: { fromBeginning: true },
      // Offsets are resolved by the processor, each after its record's transaction committed.
      run: {
        autoCommit: true,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: messaging.partitionsConsumedConcurrently,
      },
    });
    this.namer = new TopicNamer(messaging.topicPrefix);
  }

  /** Like ServerKafka.start, minus the reply producer that request/response would need. */
  override async start(callback: () => void): Promise<void> {
    await this.provisioner.ensureTopics();
    const consumer = (this.client as unknown as Kafka).consumer({
      ...this.options.consumer,
      groupId: this.groupId,
    });
    this.consumer = consumer;
    this.registerConsumerEventListeners();
    await consumer.connect();
    await this.bindEvents(this.consumer);
    callback();
  }

  override async bindEvents(consumer: Parameters<ServerKafka['bindEvents']>[0]): Promise<void> {
    const topics = new Set<string>();
    for (const type of this.messageHandlers.keys()) {
      const definition = this.messaging.events.find(type);
      if (!definition) throw new Error(`@EventPattern('${type}') names no event declared in the contracts`);
      if (!this.messaging.subscriptions.includes(definition.topic)) {
        throw new Error(
          `@EventPattern('${type}') needs ${definition.topic.name}, which ${this.messaging.service} does not consume: add it to SUBSCRIPTIONS in libs/contracts (its Kafka ACLs follow)`,
        );
      }
      topics.add(this.namer.physical(definition.topic.name));
    }
    if (topics.size > 0)
      await consumer.subscribe({
        ...this.options.subscribe,
        topics: [...topics],
      });
    await consumer.run({
      ...this.options.run,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, heartbeat, resolveOffset, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    const topic = this.namer.logical(batch.topic);
    await this.processor.processBatch(
      batch.messages.map((message) => ({
        topic,
        partition: batch.partition,
        offset: message.offset,
        key: message.key,
        value: message.value,
        headers: headersToStrings(message.headers),
      })),
      (type) => this.handlerFor(type),
      {
        heartbeat,
        resolveOffset,
        commitOffsets: () => commitOffsetsIfNecessary(),
        isActive: () => isRunning() && !isStale(),
      },
    );
  }

  private handlerFor(type: string): EventHandler | undefined {
    const handler = this.messageHandlers.get(type);
    if (!handler) return undefined;
    return async (event, context: EventContext) => {
      const result: unknown = await handler(event, context);
      if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
    };
  }
}
