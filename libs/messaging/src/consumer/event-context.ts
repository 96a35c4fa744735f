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

/**
 * The second argument of every `@EventPattern` handler (`@Ctx()`): the transaction in which the
 * handler must make its changes. The inbox row that marks this event as applied is in the same
 * transaction, so an event redelivered after a crash changes nothing.
 */
export class EventContext {
  constructor(
    readonly transaction: EntityManager,
    readonly envelope: EventEnvelope,
    readonly position: RecordPosition,
    readonly attempt: number,
  ) {}
}
