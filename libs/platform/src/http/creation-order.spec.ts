import { encodeCursor } from './pagination';
import { RequestValidationError } from './problem';
import { creationKey, creationPosition } from './creation-order';

const id = '5b0f8c1e-3f0a-4c53-9d7e-2f6f3b1a9c11';

describe('creation-order cursors', () => {
  it('round-trips a position with microseconds', () => {
    const cursor = encodeCursor(creationKey({ createdAtText: '2025-11-28T08:15:30.123456Z', id }));
    expect(creationPosition(cursor)).toEqual({ createdAt: '2025-11-28T08:15:30.123456Z', id });
  });

  it.each([
    ['not base64 JSON', 'garbage'],
    ['a timestamp that is not one', encodeCursor(['yesterday', id])],
    ['a millisecond timestamp', encodeCursor(['2025-11-28T08:15:30.123Z', id])],
    ['an id that is not a UUID', encodeCursor(['2025-11-28T08:15:30.123456Z', "1' OR '1'='1"])],
    ['a number where the time belongs', encodeCursor([1764317730, id])],
  ])('refuses a cursor with %s as a 400', (_label, cursor) => {
    expect(() => creationPosition(cursor)).toThrow(RequestValidationError);
  });
});
