import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  checkSubject,
  correlationIdOf,
  EventValidationError,
  parseEnvelope,
  parseEventData,
  writersOf,
  type EventDefinition,
  type EventEnvelope,
} from '@hb/contracts';
import { newTraceContext, runWithTraceContext, ServiceMetrics } from '@hb/observability';
import { CrashPoints } from '../faults/crash-points';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options';
import { TopicNamer } from '../topic-namer';
import { isMessageTooLarge, truncatedDeadLetter } from '../transport/dead-letters';
import { EVENT_PUBLISHER, type EventPublisher, type OutgoingRecord } from '../transport/ports';
import { EventContext, type RecordPosition } from './event-context';
import { describeError, isInfrastructureUnavailable } from './failures';

/** A record as it came off the broker. */
export interface InboundRecord extends RecordPosition {
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, string>>;
}

/** Applies one validated event inside the given context's transaction. */
export type EventHandler = (event: EventEnvelope<object>, context: EventContext) => Promise<void>;

export type Outcome = 'applied' | 'duplicate' | 'ignored' | 'dead_lettered';

/** Why an event went to the dead-letter topic (header x-dlt-error-kind, metric label `reason`). */
export type DeadLetterReason =
  'invalid-envelope' | 'invalid-data' | 'wrong-topic' | 'wrong-source' | 'handler-failed';

/** Thrown to the broker client when the event must be redelivered later (offset not committed). */
export class RedeliverLaterError extends Error {
  constructor(readonly causeError: unknown) {
    super(`infrastructure unavailable, event will be redelivered: ${describeError(causeError)}`);
    this.name = 'RedeliverLaterError';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The reliability rules of every consumer, written once:
 * - the envelope and data are validated against the contracts; an invalid event is poison;
 * - the handler runs in a transaction that also inserts the inbox row, so an event id is applied once;
 * - a failing handler is retried with exponential backoff (heartbeating meanwhile), then its event goes
 *   to the group's dead-letter topic with the reason in headers, and consumption moves on;
 * - when the database is unreachable the event is neither dead-lettered nor committed: it is redelivered.
 */
@Injectable()
export class InboxProcessor {
  private readonly logger = new Logger(InboxProcessor.name);
  private readonly namer: TopicNamer;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly metrics: ServiceMetrics,
  ) {
    this.namer = new TopicNamer(options.topicPrefix);
  }

  async process(
    record: InboundRecord,
    handlerFor: (type: string) => EventHandler | undefined,
    heartbeat: () => Promise<void>,
  ): Promise<Outcome> {
    let envelope: EventEnvelope;
    try {
      envelope = parseEnvelope(JSON.parse(record.value?.toString('utf8') ?? 'null'));
    } catch (error) {
      return this.deadLetter(record, 'invalid-envelope', error, 0, 'unknown');
    }
    const handler = handlerFor(envelope.type);
    if (!handler) {
      this.metrics.eventsConsumed.inc({ type: envelope.type, outcome: 'ignored' });
      return 'ignored';
    }
    const definition = this.options.events.find(envelope.type);
    const forgery = definition && this.forgery(definition, envelope, record);
    if (forgery) return this.deadLetter(record, forgery.reason, new Error(forgery.detail), 0, envelope.type);
    let event: EventEnvelope<object>;
    try {
      if (!definition)
        throw new EventValidationError(envelope.type, ['no contract declares this event type']);
      event = { ...envelope, data: parseEventData(definition, envelope.data) };
    } catch (error) {
      return this.deadLetter(record, 'invalid-data', error, 0, envelope.type);
    }
    try {
      checkSubject(definition, event, record.key?.toString('utf8') ?? null);
    } catch (error) {
      return this.deadLetter(record, 'invalid-envelope', error, 0, envelope.type);
    }

    const trace = newTraceContext({
      correlationId: correlationIdOf(envelope),
      traceparent: envelope.traceparent,
    });
    return runWithTraceContext(trace, () => this.applyWithRetries(record, event, handler, heartbeat));
  }

  /**
   * An event is believed only on its contract's topic and from that topic's owner: the broker's ACLs
   * say who may write each topic, so together they stop a writer of one topic (a device gateway, a
   * compromised service) from speaking for another service.
   */
  private forgery(
    definition: EventDefinition,
    envelope: EventEnvelope,
    record: InboundRecord,
  ): { reason: 'wrong-topic' | 'wrong-source'; detail: string } | undefined {
    if (record.topic !== definition.topic.name) {
      return {
        reason: 'wrong-topic',
        detail: `${envelope.type} travels on ${definition.topic.name}, not on ${record.topic}`,
      };
    }
    const writers = writersOf(definition.topic);
    if (!writers.includes(envelope.source)) {
      return {
        reason: 'wrong-source',
        detail: `${envelope.type} comes from ${writers.join(' or ')}, not from ${JSON.stringify(envelope.source)}`,
      };
    }
    return undefined;
  }

  private async applyWithRetries(
    record: InboundRecord,
    event: EventEnvelope<object>,
    handler: EventHandler,
    heartbeat: () => Promise<void>,
  ): Promise<Outcome> {
    const { attempts, initialBackoffMs, maxBackoffMs } = this.options.retry;
    for (let attempt = 1; ; attempt += 1) {
      const stopTimer = this.metrics.eventHandlingDuration.startTimer({ type: event.type });
      const keepAlive = setInterval(() => void heartbeat().catch(() => undefined), 2_000);
      try {
        const outcome = await this.applyOnce(record, event, handler, attempt);
        if (outcome === 'applied') CrashPoints.reached('consumer-after-commit', [event.id]);
        else
          this.logger.log({
            msg: 'event already applied; redelivery skipped',
            eventId: event.id,
            type: event.type,
            topic: record.topic,
            partition: record.partition,
            offset: record.offset,
          });
        this.metrics.eventsConsumed.inc({ type: event.type, outcome });
        return outcome;
      } catch (error) {
        if (isInfrastructureUnavailable(error)) {
          this.logger.warn({
            msg: 'database unavailable; event left for redelivery',
            eventId: event.id,
            err: error,
          });
          await sleep(Math.min(initialBackoffMs * 4, maxBackoffMs));
          throw new RedeliverLaterError(error);
        }
        if (attempt >= attempts) return this.deadLetter(record, 'handler-failed', error, attempt, event.type);
        this.metrics.eventHandlingRetries.inc({ type: event.type });
        const backoff = Math.min(initialBackoffMs * 2 ** (attempt - 1), maxBackoffMs);
        this.logger.warn({
          msg: 'event handler failed; retrying',
          eventId: event.id,
          type: event.type,
          attempt,
          retryInMs: backoff,
          err: error,
        });
        await sleep(backoff);
      } finally {
        clearInterval(keepAlive);
        stopTimer();
      }
      await heartbeat().catch(() => undefined);
    }
  }

  private applyOnce(
    record: InboundRecord,
    event: EventEnvelope<object>,
    handler: EventHandler,
    attempt: number,
  ): Promise<Outcome> {
    return this.dataSource.transaction(async (transaction) => {
      const inserted = await transaction.query<unknown[]>(
        `INSERT INTO inbox (consumer_group, event_id, type, topic, "partition", "offset")
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.options.groupId, event.id, event.type, record.topic, record.partition, record.offset],
      );
      if (inserted.length === 0) return 'duplicate';
      await handler(event, new EventContext(transaction, event, record, attempt));
      return 'applied';
    });
  }

  private async deadLetter(
    record: InboundRecord,
    kind: DeadLetterReason,
    error: unknown,
    attempts: number,
    type: string,
  ): Promise<Outcome> {
    const reason = describeError(error);
    this.logger.error({
      msg: 'event dead-lettered',
      kind,
      reason,
      topic: record.topic,
      partition: record.partition,
      offset: record.offset,
    });
    const letter: OutgoingRecord = {
      topic: this.namer.deadLetter(this.options.groupId),
      key: record.key?.toString('utf8') ?? null,
      value: record.value ?? Buffer.alloc(0),
      headers: {
        ...record.headers,
        'x-dlt-reason': reason,
        'x-dlt-error-kind': kind,
        'x-dlt-original-topic': record.topic,
        'x-dlt-original-partition': String(record.partition),
        'x-dlt-original-offset': record.offset,
        'x-dlt-consumer-group': this.options.groupId,
        'x-dlt-attempts': String(attempts),
        'x-dlt-failed-at': new Date().toISOString(),
      },
    };
    try {
      await this.publisher.publish([letter]);
    } catch (publishError) {
      // A record at the broker's size limit has no room for the x-dlt-* headers: keep its start.
      if (!isMessageTooLarge(publishError)) throw publishError;
      await this.publisher.publish([truncatedDeadLetter(letter)]);
    }
    this.metrics.eventsConsumed.inc({ type, outcome: 'dead_lettered' });
    this.metrics.eventsDeadLettered.inc({ type, reason: kind });
    return 'dead_lettered';
  }
}
