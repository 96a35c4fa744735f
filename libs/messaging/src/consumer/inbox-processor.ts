import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  checkSubject,
  correlationIdOf,
  EventValidationError,
  jsonMayHoldUnstorableText,
  parseEnvelope,
  parseEventData,
  writersOf,
  type EventDefinition,
  type EventEnvelope,
} from '@hb/contracts';
import { preparedQuery } from '@hb/platform/database/prepared';
import { newTraceContext, runWithTraceContext, ServiceMetrics, type TraceContext } from '@hb/observability';
import { CrashPoints } from '../faults/crash-points';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options';
import { TopicNamer } from '../topic-namer';
import { isMessageTooLarge, truncatedDeadLetter } from '../transport/dead-letters';
import { EVENT_PUBLISHER, type EventPublisher, type OutgoingRecord } from '../transport/ports';
import { EventContext, TransactionBatch, type RecordPosition } from './event-context';
import { describeError, isInfrastructureUnavailable, isLockConflict } from './failures';

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
 * The inbox rows of a batch's events, answering the positions (from 1) of those not there before. A
 * named prepared statement (see preparedQuery): parsed and planned once per connection.
 */
const INBOX_BATCH = `
  WITH batch AS (
    SELECT * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::integer[], $6::bigint[])
      WITH ORDINALITY AS b(event_id, type, topic, "partition", "offset", n)
  ), inserted AS (
    INSERT INTO inbox (consumer_group, event_id, type, topic, "partition", "offset")
    SELECT $1, event_id, type, topic, "partition", "offset" FROM batch ORDER BY n
    ON CONFLICT DO NOTHING RETURNING event_id
  )
  SELECT min(batch.n) AS n FROM batch JOIN inserted USING (event_id) GROUP BY event_id`;

/** How long this process's transactions take turns after batches of two partitions deadlocked. */
const TAKE_TURNS_MS = 30_000;

/** What the broker client lends the processor for one partition's fetched batch. */
export interface BatchControl {
  heartbeat(): Promise<void>;
  /** This record, and every earlier one of its partition, is done with: its offset may be committed. */
  resolveOffset(offset: string): void;
  /** Commits the resolved offsets to the broker. */
  commitOffsets(): Promise<void>;
  /** False once the consumer stops or loses the partition: the rest of the batch is left for redelivery. */
  isActive(): boolean;
}

/** A record judged before anything is applied: an event to apply, a record to skip, or poison. */
type Judged =
  | {
      readonly kind: 'event';
      readonly record: InboundRecord;
      readonly event: EventEnvelope<object>;
      readonly handler: EventHandler;
      readonly trace: TraceContext;
    }
  | {
      readonly kind: 'ignored';
      readonly record: InboundRecord;
      readonly type: string;
    }
  | {
      readonly kind: 'poison';
      readonly record: InboundRecord;
      readonly reason: DeadLetterReason;
      readonly error: unknown;
      readonly type: string;
    };
type JudgedEvent = Extract<Judged, { kind: 'event' }>;

/** A handler of a shared transaction failed: the transaction is rolled back, `item` is the one to blame. */
class EventFailed extends Error {
  constructor(
    readonly item: JudgedEvent,
    readonly causeError: unknown,
  ) {
    super(describeError(causeError));
  }
}

/** The parts of a batch's transaction failed to finish (after every handler succeeded): no one event is to blame. */
class BatchFinishFailed extends Error {
  constructor(readonly causeError: unknown) {
    super(describeError(causeError));
  }
}

/**
 * The reliability rules of every consumer, written once:
 * - the envelope and data are validated against the contracts; an invalid event is poison;
 * - the handler runs in a transaction that also inserts the inbox row, so an event id is applied once;
 * - the events of one partition's fetched batch are applied in one transaction (at most
 *   `batchMaxEvents`), in order, one commit for all, offsets committed after it; a failing handler
 *   rolls that transaction back (after a deadlock with another batch the same events are first applied
 *   together once more, taking turns), the events before it are applied again without it, and it is handled
 *   alone by the rule below before the batch goes on, so one event's failure never holds back or
 *   undoes another's; the parts handlers share in the transaction (EventContext.batch) finish after
 *   the last handler, before the commit; when they fail, each event of the batch is applied alone;
 * - a failing handler is retried with exponential backoff (heartbeating meanwhile), then its event goes
 *   to the group's dead-letter topic with the reason in headers, and consumption moves on;
 * - when the database is unreachable the event is neither dead-lettered nor committed: it is redelivered.
 */
@Injectable()
export class InboxProcessor {
  private readonly logger = new Logger(InboxProcessor.name);
  private readonly namer: TopicNamer;
  private takeTurnsUntil = 0;
  private lastTurn: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly metrics: ServiceMetrics,
  ) {
    this.namer = new TopicNamer(options.topicPrefix);
  }

  /** One partition's records, in offset order. */
  async processBatch(
    records: readonly InboundRecord[],
    handlerFor: (type: string) => EventHandler | undefined,
    control: BatchControl,
  ): Promise<void> {
    const size = Math.max(1, this.options.batchMaxEvents);
    for (let start = 0; start < records.length; start += size) {
      if (!control.isActive()) return;
      const judged = records.slice(start, start + size).map((record) => this.judge(record, handlerFor));
      await this.applySegment(judged, control);
      await control.commitOffsets();
      await control.heartbeat();
    }
  }

  private judge(record: InboundRecord, handlerFor: (type: string) => EventHandler | undefined): Judged {
    const poison = (reason: DeadLetterReason, error: unknown, type: string): Judged => ({
      kind: 'poison',
      record,
      reason,
      error,
      type,
    });
    let envelope: EventEnvelope;
    const json = record.value?.toString('utf8') ?? 'null';
    try {
      envelope = parseEnvelope(JSON.parse(json));
    } catch (error) {
      return poison('invalid-envelope', error, 'unknown');
    }
    const handler = handlerFor(envelope.type);
    if (!handler) return { kind: 'ignored', record, type: envelope.type };
    const definition = this.options.events.find(envelope.type);
    const forgery = definition && this.forgery(definition, envelope, record);
    if (forgery) return poison(forgery.reason, new Error(forgery.detail), envelope.type);
    let event: EventEnvelope<object>;
    try {
      if (!definition)
        throw new EventValidationError(envelope.type, ['no contract declares this event type']);
      event = {
        ...envelope,
        data: parseEventData(definition, envelope.data, { textChecked: !jsonMayHoldUnstorableText(json) }),
      };
    } catch (error) {
      return poison('invalid-data', error, envelope.type);
    }
    try {
      checkSubject(definition, event, record.key?.toString('utf8') ?? null);
    } catch (error) {
      return poison('invalid-envelope', error, envelope.type);
    }
    const trace = newTraceContext({
      correlationId: correlationIdOf(envelope),
      traceparent: envelope.traceparent,
    });
    return { kind: 'event', record, event, handler, trace };
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

  /**
   * Applies the events among `items` in one transaction, then settles every item in order (metrics,
   * dead letters, offsets). Poison is dead-lettered only after that commit, so that a batch left for
   * redelivery (database unreachable) sends no dead letter twice.
   */
  private async applySegment(
    items: readonly Judged[],
    control: BatchControl,
    afterLockConflict = false,
  ): Promise<void> {
    const events = items.filter((item): item is JudgedEvent => item.kind === 'event');
    let outcomes = new Map<JudgedEvent, Outcome>();
    if (events.length > 0) {
      const keepAlive = setInterval(() => void control.heartbeat().catch(() => undefined), 2_000);
      try {
        outcomes = await this.applyTogether(events);
      } catch (error) {
        const cause =
          error instanceof EventFailed || error instanceof BatchFinishFailed ? error.causeError : error;
        if (isInfrastructureUnavailable(cause)) await this.leaveForRedelivery(events[0].event, cause);
        if (isLockConflict(cause)) {
          this.takeTurns();
          // A deadlock with another partition's batch is no event's fault: the same events once more
          // together, now taking turns (applied one by one, a batch-wise handler loses its batch).
          if (!afterLockConflict) {
            await this.applySegment(items, control, true);
            return;
          }
        }
        if (!(error instanceof EventFailed)) {
          // Not one event's fault (the batch's parts or the commit failed): each item alone, as a lone
          // record would be.
          for (const item of items) await this.settleAlone(item, control);
          return;
        }
        const at = items.indexOf(error.item);
        await this.applySegment(items.slice(0, at), control);
        await this.settleAlone(error.item, control, error.causeError);
        await this.applySegment(items.slice(at + 1), control);
        return;
      } finally {
        clearInterval(keepAlive);
      }
      const applied = events.filter((item) => outcomes.get(item) === 'applied').map((item) => item.event.id);
      if (applied.length > 0) CrashPoints.reached('consumer-after-commit', applied);
    }
    for (const item of items) {
      if (item.kind !== 'event') {
        await this.settleAlone(item, control);
        continue;
      }
      this.settled(item, outcomes.get(item) ?? 'duplicate');
      control.resolveOffset(item.record.offset);
    }
  }

  /**
   * Partitions are applied concurrently, each batch in its transaction; handlers that lock shared rows
   * (a market, a product) take them in a fixed order within one event but not across a batch, so two
   * batches can deadlock. Once that happened, this process's transactions run one at a time for a
   * while: no deadlock, and no second wait for the database to detect one (deadlock_timeout).
   */
  private takeTurns(): void {
    if (Date.now() >= this.takeTurnsUntil)
      this.logger.warn({
        msg: 'batches of two partitions deadlocked; transactions take turns',
        forMs: TAKE_TURNS_MS,
      });
    this.takeTurnsUntil = Date.now() + TAKE_TURNS_MS;
  }

  private async inTurn<T>(work: () => Promise<T>): Promise<T> {
    if (Date.now() >= this.takeTurnsUntil) return work();
    const previous = this.lastTurn;
    let done!: () => void;
    this.lastTurn = new Promise((resolve) => (done = resolve));
    await previous;
    try {
      return await work();
    } finally {
      done();
    }
  }

  /**
   * One transaction: the inbox rows of all `events` in one statement (those already there, or twice in
   * the batch, are duplicates), then each new event's handler in order. A handler's failure rolls it
   * all back and names its event.
   */
  private applyTogether(events: readonly JudgedEvent[]): Promise<Map<JudgedEvent, Outcome>> {
    return this.inTurn(() =>
      this.dataSource.transaction(async (transaction) => {
        // Answers by position, not by id: an id may come in upper case (PostgreSQL answers in lower),
        // or twice in one batch (its first position is the new one).
        const inserted = await preparedQuery<{ n: string }>(transaction, 'inbox_batch', INBOX_BATCH, [
          this.options.groupId,
          events.map((item) => item.event.id),
          events.map((item) => item.event.type),
          events.map((item) => item.record.topic),
          events.map((item) => item.record.partition),
          events.map((item) => item.record.offset),
        ]);
        const fresh = new Set(inserted.map((row) => Number(row.n) - 1));
        const outcomes = new Map<JudgedEvent, Outcome>();
        const batch = new TransactionBatch();
        for (const [index, item] of events.entries()) {
          if (!fresh.has(index)) {
            outcomes.set(item, 'duplicate');
            continue;
          }
          const stopTimer = this.metrics.eventHandlingDuration.startTimer({
            type: item.event.type,
          });
          try {
            await runWithTraceContext(item.trace, () =>
              item.handler(item.event, new EventContext(transaction, item.event, item.record, 1, batch)),
            );
          } catch (error) {
            throw new EventFailed(item, error);
          } finally {
            stopTimer();
          }
          outcomes.set(item, 'applied');
        }
        try {
          await batch.finish();
        } catch (error) {
          throw new BatchFinishFailed(error);
        }
        return outcomes;
      }),
    );
  }

  /** After the commit: what a lone event's outcome records (the duplicate's log line, the metric). */
  private settled(item: JudgedEvent, outcome: Outcome): void {
    if (outcome === 'duplicate')
      runWithTraceContext(item.trace, () =>
        this.logger.log({
          msg: 'event already applied; redelivery skipped',
          eventId: item.event.id,
          type: item.event.type,
          topic: item.record.topic,
          partition: item.record.partition,
          offset: item.record.offset,
        }),
      );
    this.metrics.eventsConsumed.inc({ type: item.event.type, outcome });
  }

  /** One item on its own: an event in a transaction of its own with retries; poison to the dead letters. */
  private async settleAlone(item: Judged, control: BatchControl, firstFailure?: unknown): Promise<void> {
    if (item.kind === 'ignored') this.metrics.eventsConsumed.inc({ type: item.type, outcome: 'ignored' });
    else if (item.kind === 'poison')
      await this.deadLetter(item.record, item.reason, item.error, 0, item.type);
    else
      await runWithTraceContext(item.trace, () =>
        this.applyWithRetries(item.record, item.event, item.handler, () => control.heartbeat(), firstFailure),
      );
    control.resolveOffset(item.record.offset);
  }

  /**
   * `firstFailure`: the event's handler already failed once in its batch's transaction. That counts as
   * its first attempt, unless it lost a lock conflict (a deadlock with another partition's batch): that
   * is the batch's doing, so it starts afresh on its own.
   */
  private async applyWithRetries(
    record: InboundRecord,
    event: EventEnvelope<object>,
    handler: EventHandler,
    heartbeat: () => Promise<void>,
    firstFailure?: unknown,
  ): Promise<Outcome> {
    let attempt = 1;
    if (firstFailure !== undefined && !isLockConflict(firstFailure)) {
      const keepAlive = setInterval(() => void heartbeat().catch(() => undefined), 2_000);
      try {
        const gaveUp = await this.failed(record, event, firstFailure, attempt);
        if (gaveUp) return gaveUp;
      } finally {
        clearInterval(keepAlive);
      }
      attempt = 2;
      await heartbeat().catch(() => undefined);
    }
    for (; ; attempt += 1) {
      const stopTimer = this.metrics.eventHandlingDuration.startTimer({
        type: event.type,
      });
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
        const gaveUp = await this.failed(record, event, error, attempt);
        if (gaveUp) return gaveUp;
      } finally {
        clearInterval(keepAlive);
        stopTimer();
      }
      await heartbeat().catch(() => undefined);
    }
  }

  /** After a failed attempt: redelivery later, the dead letters, or a backoff before the next attempt. */
  private async failed(
    record: InboundRecord,
    event: EventEnvelope<object>,
    error: unknown,
    attempt: number,
  ): Promise<Outcome | undefined> {
    if (isInfrastructureUnavailable(error)) await this.leaveForRedelivery(event, error);
    const { attempts, initialBackoffMs, maxBackoffMs } = this.options.retry;
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
    return undefined;
  }

  private async leaveForRedelivery(event: EventEnvelope<object>, error: unknown): Promise<never> {
    this.logger.warn({
      msg: 'database unavailable; event left for redelivery',
      eventId: event.id,
      err: error,
    });
    const { initialBackoffMs, maxBackoffMs } = this.options.retry;
    await sleep(Math.min(initialBackoffMs * 4, maxBackoffMs));
    throw new RedeliverLaterError(error);
  }

  private applyOnce(
    record: InboundRecord,
    event: EventEnvelope<object>,
    handler: EventHandler,
    attempt: number,
  ): Promise<Outcome> {
    return this.inTurn(() =>
      this.dataSource.transaction(async (transaction) => {
        const inserted = await transaction.query<unknown[]>(
          `INSERT INTO inbox (consumer_group, event_id, type, topic, "partition", "offset")
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING event_id`,
          [this.options.groupId, event.id, event.type, record.topic, record.partition, record.offset],
        );
        if (inserted.length === 0) return 'duplicate';
        const batch = new TransactionBatch();
        await handler(event, new EventContext(transaction, event, record, attempt, batch));
        await batch.finish();
        return 'applied';
      }),
    );
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
