import { encodeCursor, RequestValidationError } from '@hb/platform';
import {
  afterQueuePosition,
  compareQueuePositions,
  queueCursorKey,
  queueOrderBy,
  queuePositionOf,
  type QueuePosition,
} from './queue-order';

const entry = (id: string, priority: boolean, submittedAt: string): QueuePosition => ({
  id: `00000000-0000-4000-8000-00000000000${id}`,
  priority,
  submittedAt,
});

describe('the certifiers’ work queue', () => {
  const oldStandard = entry('1', false, '2026-01-05T09:00:00.000Z');
  const newStandard = entry('2', false, '2026-03-01T09:00:00.000Z');
  const oldPriority = entry('3', true, '2026-02-01T09:00:00.000Z');
  const newPriority = entry('4', true, '2026-03-02T09:00:00.000Z');

  it('puts a priority applicant before an older standard one, then the oldest first in each lane', () => {
    const queue = [newStandard, newPriority, oldStandard, oldPriority].sort(compareQueuePositions);
    expect(queue).toEqual([oldPriority, newPriority, oldStandard, newStandard]);
  });

  it('orders applications submitted in the same millisecond by id, so pages never skip one', () => {
    const a = entry('5', false, '2026-03-01T09:00:00.000Z');
    const b = entry('6', false, '2026-03-01T09:00:00.000Z');
    expect([b, a].sort(compareQueuePositions)).toEqual([a, b]);
  });

  it('sorts the same way in SQL', () => {
    expect(Object.entries(queueOrderBy('a'))).toEqual([
      ['a.priority', 'DESC'],
      ['a.submitted_at', 'ASC'],
      ['a.id', 'ASC'],
    ]);
  });

  it('continues after the last application of a page: the rest of its lane, then the standard lane', () => {
    const { sql, params } = afterQueuePosition('a', oldPriority);
    expect(sql).toBe(
      '(a.priority < :cursorPriority OR (a.priority = :cursorPriority AND ' +
        '(a.submitted_at, a.id) > (:cursorSubmittedAt::timestamptz, :cursorId::uuid)))',
    );
    expect(params).toEqual({
      cursorPriority: true,
      cursorSubmittedAt: oldPriority.submittedAt,
      cursorId: oldPriority.id,
    });
  });

  it('reads back the position its cursor was made from', () => {
    for (const position of [oldStandard, newPriority]) {
      expect(queuePositionOf(encodeCursor(queueCursorKey(position)))).toEqual(position);
    }
  });

  it.each([
    ['another list’s cursor', encodeCursor(['2026-01-05T09:00:00.000000Z', oldStandard.id])],
    ['a forged priority', encodeCursor([2, oldStandard.submittedAt, oldStandard.id])],
    ['a malformed time', encodeCursor([1, 'yesterday', oldStandard.id])],
    ['garbage', 'not-a-cursor'],
  ])('refuses %s with a 400', (_label, cursor) => {
    expect(() => queuePositionOf(cursor)).toThrow(RequestValidationError);
  });
});
