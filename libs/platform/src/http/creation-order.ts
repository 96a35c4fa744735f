import { decodeCursor, type CursorKey } from './pagination';
import { RequestValidationError } from './problem';

/**
 * Keyset pagination in creation order, on (created_at, id). PostgreSQL keeps microseconds and a JS
 * Date only milliseconds, so the cursor carries created_at as text at full precision: rounding it
 * would skip or repeat rows created within the same millisecond.
 */
export const createdAtText = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export interface CreationPosition {
  readonly createdAt: string;
  readonly id: string;
}

const CREATED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The position a cursor of a creation-ordered list stands for; anything else is a 400. */
export function creationPosition(cursor: string): CreationPosition {
  const [createdAt, id] = decodeCursor(cursor, 2);
  if (
    typeof createdAt === 'string' &&
    CREATED_AT.test(createdAt) &&
    typeof id === 'string' &&
    UUID.test(id)
  ) {
    return { createdAt, id };
  }
  throw new RequestValidationError([{ field: 'cursor', messages: ['cursor is not one this API gave out'] }]);
}

export const creationKey = (row: { createdAtText: string; id: string }): CursorKey => [
  row.createdAtText,
  row.id,
];
