import { decodeCursor, RequestValidationError, type CursorKey } from '@hb/platform';

/** Where an application stands in the work queue. */
export interface QueuePosition {
  readonly priority: boolean;
  /** ISO-8601 with milliseconds, as stored (submission times are taken from the service clock). */
  readonly submittedAt: string;
  readonly id: string;
}

/**
 * The work queue's order, stated once: the priority lane (applicants from key or deep poverty
 * counties) before the standard lane, then the oldest submission first; the id breaks ties so that
 * pages never skip or repeat an application.
 */
export function compareQueuePositions(a: QueuePosition, b: QueuePosition): number {
  if (a.priority !== b.priority) return a.priority ? -1 : 1;
  if (a.submittedAt !== b.submittedAt) return Date.parse(a.submittedAt) - Date.parse(b.submittedAt);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The same order for a query builder over applications aliased `alias`. */
export const queueOrderBy = (alias: string): Record<string, 'ASC' | 'DESC'> => ({
  [`${alias}.priority`]: 'DESC',
  [`${alias}.submitted_at`]: 'ASC',
  [`${alias}.id`]: 'ASC',
});

/** SQL condition for "after this position in the queue" (keyset pagination), with its parameters. */
export function afterQueuePosition(
  alias: string,
  position: QueuePosition,
): { sql: string; params: Record<string, unknown> } {
  return {
    sql:
      `(${alias}.priority < :cursorPriority OR (${alias}.priority = :cursorPriority AND ` +
      `(${alias}.submitted_at, ${alias}.id) > (:cursorSubmittedAt::timestamptz, :cursorId::uuid)))`,
    params: {
      cursorPriority: position.priority,
      cursorSubmittedAt: position.submittedAt,
      cursorId: position.id,
    },
  };
}

export const queueCursorKey = (position: QueuePosition): CursorKey => [
  position.priority ? 1 : 0,
  position.submittedAt,
  position.id,
];

const SUBMITTED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The queue position a cursor stands for; a cursor this API did not give out is a 400. */
export function queuePositionOf(cursor: string): QueuePosition {
  const [priority, submittedAt, id] = decodeCursor(cursor, 3);
  if (
    (priority === 0 || priority === 1) &&
    typeof submittedAt === 'string' &&
    SUBMITTED_AT.test(submittedAt) &&
    typeof id === 'string' &&
    UUID.test(id)
  ) {
    return { priority: priority === 1, submittedAt, id };
  }
  throw new RequestValidationError([{ field: 'cursor', messages: ['cursor is not one this API gave out'] }]);
}
