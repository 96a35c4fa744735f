import { BinaryArray } from './binary-array';

/** The array's elements as (length, bytes) pairs, after its 20-byte header. */
function elements(buffer: Buffer): (Buffer | null)[] {
  const count = buffer.readInt32BE(12);
  const found: (Buffer | null)[] = [];
  let at = 20;
  for (let index = 0; index < count; index += 1) {
    const length = buffer.readInt32BE(at);
    found.push(length < 0 ? null : buffer.subarray(at + 4, at + 4 + length));
    at += 4 + Math.max(length, 0);
  }
  expect(at).toBe(buffer.length);
  return found;
}

describe('arrays in PostgreSQL binary format (array_recv)', () => {
  it('writes a one-dimensional array with its element type, length, lower bound 1 and NULLs flagged', () => {
    const buffer = new BinaryArray('float8').float8(2.6).float8(null).float8(-40).toBuffer();
    expect([0, 4, 8, 12, 16].map((at) => buffer.readInt32BE(at))).toEqual([1, 1, 701, 3, 1]);
    expect(elements(buffer).map((element) => element && element.readDoubleBE(0))).toEqual([2.6, null, -40]);
  });

  it('writes an instant as microseconds since 2000-01-01 UTC, ancient ones too', () => {
    const times = [
      Date.parse('2000-01-01T00:00:00.001Z'),
      Date.parse('2026-11-28T07:15:00.123+08:00'),
      Date.parse('1999-12-31T23:59:59.999Z'),
      Date.parse('0001-01-01T00:00:00Z'),
    ];
    const array = new BinaryArray('timestamptz');
    for (const at of times) array.timestamptz(at);
    const buffer = array.toBuffer();
    expect(buffer.readInt32BE(8)).toBe(1184);
    expect(elements(buffer).map((element) => element!.readBigInt64BE(0))).toEqual(
      times.map((at) => BigInt(at - Date.UTC(2000, 0, 1)) * 1000n),
    );
  });

  it('writes text as UTF-8 and grows past the size it expected', () => {
    const ids = Array.from({ length: 50 }, (_, index) => `冷链-${index}-"\\`);
    const array = new BinaryArray('text', 1);
    for (const id of ids) array.text(id);
    expect(elements(array.toBuffer()).map((element) => element!.toString('utf8'))).toEqual(ids);
  });

  it('writes the empty array without dimensions', () => {
    const buffer = new BinaryArray('int4').toBuffer();
    expect([0, 4, 8].map((at) => buffer.readInt32BE(at))).toEqual([0, 0, 23]);
    expect(buffer.length).toBe(12);
  });
});
