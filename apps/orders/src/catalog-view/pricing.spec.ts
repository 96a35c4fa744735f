import { unitPriceFor } from './pricing';

const tiers = [
  { minQuantity: 10, unitPriceCents: 8800 },
  { minQuantity: 100, unitPriceCents: 7900 },
  { minQuantity: 1000, unitPriceCents: 7200 },
];

describe('tiered bulk prices', () => {
  it.each([
    [10, 8800],
    [99, 8800],
    [100, 7900],
    [999, 7900],
    [1000, 7200],
    [50_000, 7200],
  ])('prices %i units at %i cents each', (quantity, cents) => {
    expect(unitPriceFor(tiers, quantity)).toBe(cents);
  });

  it('has no price below the first tier', () => {
    expect(unitPriceFor(tiers, 9)).toBeNull();
  });

  it('does not depend on the order the tiers are stored in', () => {
    expect(unitPriceFor([...tiers].reverse(), 150)).toBe(7900);
  });
});
