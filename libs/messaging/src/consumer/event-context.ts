import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@hb/contracts';

/** Where a consumed event came from. */
export interface RecordPosition {
  /** Logical topic name (as in the contracts). */
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

/** A consumed event whose data has been validated against its contract. */
export type ConsumedEvent<TData> = EventEnvelope<TData>;

/** Work that handlers of one transaction's events share and that ends once, before the commit. */
export interface BatchPart {
  /** Called once after the last handler of the transaction, in it: an error rolls the transaction back. */
  finish(): Promise<void>;
}

/**
 * What the events applied in one transaction share (a partition's batch, or an event alone when it
 * is retried): a handler asks for a part, the first event of the transaction makes it, the events
 * after it find the same one, and the consumer finishes every part once after the last handler, in
 * the transaction, before the commit. A handler that applies per batch (one statement for many
 * events, rules evaluated once for what the batch touched) keeps what it collects in a part.
 *
 * A part's failure is no single event's fault: the consumer rolls the transaction back and applies
 * each of its events alone (each in a transaction with its own parts), where the failing one is
 * retried and dead-lettered as any failing handler is.
 */
export class TransactionBatch {
  private readonly parts = new Map<unknown, BatchPart>();
  private finished = false;

  /** The transaction's part for `key`, made by `create` the first time it is asked for. */
  part<T extends BatchPart>(key: unknown, create: () => T): T {
    if (this.finished) throw new Error('the transaction of this batch is finishing: no part can join it');
    let part = this.parts.get(key);
    if (!part) {
      part = create();
      this.parts.set(key, part);
    }
    return part as T;
  }

  /** Finishes every part, in the order they were made. */
  async finish(): Promise<void> {
    this.finished = true;
    for (const part of this.parts.values()) await part.finish();
  }
}

/**
 * The second argument of every `@EventPattern` handler (`@Ctx()`): the transaction in which the
 * handler must make its changes. The inbox row that marks this event as applied is in the same
 * transaction, so an event redelivered after a crash changes nothing. `batch` is shared by the
 * events applied in that transaction.
 */
export class EventContext {
  constructor(
    readonly transaction: EntityManager,
    readonly envelope: EventEnvelope,
    readonly position: RecordPosition,
    readonly attempt: number,
    readonly batch: TransactionBatch = new TransactionBatch(),
  ) {}
}
