import { jsonNestedDeeperThan } from './json-body';

describe('JSON nesting depth', () => {
  const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

  it('counts objects and arrays, not the brackets inside strings', () => {
    expect(jsonNestedDeeperThan(nested(32), 32)).toBe(false);
    expect(jsonNestedDeeperThan(nested(33), 32)).toBe(true);
    expect(jsonNestedDeeperThan(`[${'[]'.repeat(1000)}]`, 2)).toBe(false);
    expect(jsonNestedDeeperThan(`{"a":"${'['.repeat(100)}"}`, 2)).toBe(false);
    expect(jsonNestedDeeperThan(`{"a":"\\"${'['.repeat(100)}"}`, 2)).toBe(false);
    expect(jsonNestedDeeperThan('[[[', 2)).toBe(true);
  });

  it('scans a large body quickly', () => {
    const started = Date.now();
    expect(
      jsonNestedDeeperThan(
        JSON.stringify({ readings: Array.from({ length: 20_000 }, (_, i) => ({ i })) }),
        32,
      ),
    ).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
