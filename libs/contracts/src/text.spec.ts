import { isStorableText, unstorableTextIn } from './text';

describe('storable text', () => {
  it.each(['', 'Zhaojue', '昭觉县', '🌾🐐', '👩‍👩‍👧‍👦', 'e\u0301', '\ud83c\udf3e'])('stores %p', (text) => {
    expect(isStorableText(text)).toBe(true);
  });

  it.each(['\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\udfff\ud800'])('refuses %p', (text) => {
    expect(isStorableText(text)).toBe(false);
  });

  it('finds unstorable text anywhere in a value, keys included, without recursing', () => {
    expect(
      unstorableTextIn({ a: 'ok', b: ['fine', 'n\u0000l'], 'k\ud800': 1, c: { d: '\udfff' } }).sort(),
    ).toEqual(['b.1', 'c.d', 'k\ud800']);
    let deep: unknown = 'bottom\u0000';
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(unstorableTextIn(deep)).toHaveLength(1);
    expect(unstorableTextIn(Array.from({ length: 50 }, () => '\u0000'))).toHaveLength(10);
  });
});
