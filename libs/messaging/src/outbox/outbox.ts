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

/**
 * A data-modifying statement (INSERT, UPDATE or DELETE, parameters `$1`…, no dollar quoting) to run in
 * the same round trip as an append: the state change its events announce. Built by a repository.
 */
export interface SqlStatement {
  readonly text: string;
  readonly values: readonly unknown[];
}

export class NotADataModifyingStatementError extends Error {
  constructor(text: string) {
    super(
      `Outbox.appendWith runs INSERT, UPDATE or DELETE statements beside the events, not: ${text.slice(0, 60)}`,
    );
  }
}

const DATA_MODIFYING = /^\s*(INSERT|UPDATE|DELETE)\b/i;

/** `$n` → `$(n + by)`, leaving quoted literals and identifiers alone. */
function shiftParameters(text: string, by: number): string {
  if (by === 0) return text;
  return text.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\$(\d+)/g, (match, index?: string) =>
    index === undefined ? match : `$${Number(index) + by}`,
  );
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
    return this.appendWith(transaction, [], ...events);
  }

  /**
   * Runs `statements` (the state change) and appends `events` in one statement, one round trip: each
   * becomes a data-modifying WITH query of it, so they all see the snapshot taken before any of them
   * (none sees another's changes; no two may change the same row) and they fail or succeed together.
   * For changes whose events do not depend on what they return.
   */
  async appendWith(
    transaction: EntityManager,
    statements: readonly SqlStatement[],
    ...events: NewEvent[]
  ): Promise<EventEnvelope[]> {
    if (!transaction.queryRunner?.isTransactionActive) throw new OutboxRequiresTransactionError();
    if (events.length === 0 && statements.length === 0) return [];
    const values: unknown[] = [];
    const changes = statements.map((statement, index) => {
      if (!DATA_MODIFYING.test(statement.text)) throw new NotADataModifyingStatementError(statement.text);
      const text = shiftParameters(statement.text.trim().replace(/;+$/, ''), values.length);
      values.push(...statement.values);
      return `change_${index} AS (${text}), `;
    });
    if (events.length === 0) {
      await transaction.query(`WITH ${changes.join('')}done AS (SELECT 1) SELECT 1 FROM done`, values);
      return [];
    }
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
    const rows = envelopes.map(({ envelope, topic }) => {
      values.push(envelope.id, topic, envelope.subject, envelope.type, JSON.stringify(envelope));
      const base = values.length - 5;
      return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5}::jsonb)`;
    });
    // One round trip: the changes, the rows, then the notification (sent by PostgreSQL only if the
    // transaction commits).
    values.push(OUTBOX_CHANNEL);
    await transaction.query(
      `WITH ${changes.join('')}appended AS (
         INSERT INTO outbox (event_id, topic, key, type, envelope) VALUES ${rows.join(', ')} RETURNING 1
       )
       SELECT pg_notify($${values.length}, '') FROM (SELECT count(*) FROM appended) AS rows_appended`,
      values,
    );
    return envelopes.map(({ envelope }) => envelope);
  }
}
