import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { parseEventData, type EventDefinition, type EventEnvelope } from '@hb/contracts';
import { currentTraceContext } from '@hb/observability';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options';

/** The channel the relay listens on; NOTIFY is delivered only when the writing transaction commits. */
export const OUTBOX_CHANNEL = 'hb_outbox';

export interface NewEvent<TData extends object = object> {
  readonly definition: EventDefinition<TData>;
  readonly data: TData;
  /** When the state change happened; defaults to now. */
  readonly time?: Date;
}

/** A typed event to append: `outbox.append(tx, event(CountyRegistered, {...}))`. */
export function event<TData extends object>(
  definition: EventDefinition<TData>,
  data: TData,
  time?: Date,
): NewEvent<TData> {
  return { definition, data, time };
}

export class OutboxRequiresTransactionError extends Error {
  constructor() {
    super('Outbox.append must run inside the transaction of the state change it announces');
  }
}

/**
 * Writes events into the outbox table with the caller's transaction, so that a state change and the
 * events announcing it commit (or roll back) together. The relay publishes them after commit.
 */
@Injectable()
export class Outbox {
  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {}

  async append(transaction: EntityManager, ...events: NewEvent[]): Promise<EventEnvelope[]> {
    if (!transaction.queryRunner?.isTransactionActive) throw new OutboxRequiresTransactionError();
    if (events.length === 0) return [];
    const trace = currentTraceContext();
    const envelopes = events.map(({ definition, data, time }) => {
      // Validating what we emit keeps a producer bug from becoming every consumer's poison message.
      parseEventData(definition, JSON.parse(JSON.stringify(data)));
      const envelope: EventEnvelope = {
        id: randomUUID(),
        type: definition.type,
        source: this.options.service,
        time: (time ?? new Date()).toISOString(),
        subject: definition.subjectOf(data),
        specversion: '1.0',
        datacontenttype: 'application/json',
        data,
        ...(trace ? { traceparent: trace.traceparent, correlationid: trace.correlationId } : {}),
      };
      return { envelope, topic: definition.topic.name };
    });
    const values: unknown[] = [];
    const rows = envelopes.map(({ envelope, topic }, index) => {
      values.push(envelope.id, topic, envelope.subject, envelope.type, JSON.stringify(envelope));
      const base = index * 5;
      return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5}::jsonb)`;
    });
    // One round trip: the rows, then the notification (sent by PostgreSQL only if the transaction commits).
    values.push(OUTBOX_CHANNEL);
    await transaction.query(
      `WITH appended AS (
         INSERT INTO outbox (event_id, topic, key, type, envelope) VALUES ${rows.join(', ')} RETURNING 1
       )
       SELECT pg_notify($${values.length}, '') FROM (SELECT count(*) FROM appended) AS rows_appended`,
      values,
    );
    return envelopes.map(({ envelope }) => envelope);
  }
}
