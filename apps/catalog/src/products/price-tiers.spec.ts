import { UnprocessableError } from '@hb/platform';
import { acceptedPriceTiers, priceTierProblems } from './price-tiers';

const tier = (minQuantity: number, unitPriceCents: number) => ({ minQuantity, unitPriceCents });

describe('tiered bulk prices', () => {
  it('accepts tiers that ascend from the minimum order quantity', () => {
    expect(priceTierProblems([tier(10, 8800), tier(100, 7900), tier(1000, 7200)], 10)).toEqual([]);
  });

  it('accepts a single tier that starts below the minimum order quantity', () => {
    expect(priceTierProblems([tier(1, 4500)], 20)).toEqual([]);
  });

  it('refuses descending tiers, saying they must ascend', () => {
    expect(priceTierProblems([tier(100, 7900), tier(10, 8800)], 100)).toEqual([
      'priceTiers must be strictly ascending by minQuantity: tier 1 starts at 10, tier 0 at 100',
    ]);
  });

  it('refuses two tiers starting at the same quantity', () => {
    expect(priceTierProblems([tier(10, 8800), tier(10, 7900)], 10)).toEqual([
      'priceTiers must be strictly ascending by minQuantity: tier 1 starts at 10, tier 0 at 10',
    ]);
  });

  it('refuses a first tier above the minimum order quantity, which would leave the minimum order unpriced', () => {
    expect(priceTierProblems([tier(50, 8000)], 10)).toEqual([
      'the first price tier starts at 50, above the minimum order quantity 10: an order of the minimum quantity would have no price',
    ]);
  });

  it('refuses an empty list of tiers', () => {
    expect(priceTierProblems([], 10)).toEqual(['priceTiers must contain at least one tier']);
  });

  it.each([
    ['a zero quantity', tier(0, 100), 'priceTiers[0].minQuantity must be a whole number of at least 1'],
    ['a negative quantity', tier(-5, 100), 'priceTiers[0].minQuantity must be a whole number of at least 1'],
    [
      'a fractional quantity',
      tier(1.5, 100),
      'priceTiers[0].minQuantity must be a whole number of at least 1',
    ],
    [
      'a zero price',
      tier(1, 0),
      'priceTiers[0].unitPriceCents must be a whole number of cents of at least 1',
    ],
    [
      'a fractional price',
      tier(1, 99.5),
      'priceTiers[0].unitPriceCents must be a whole number of cents of at least 1',
    ],
  ])('refuses %s', (_label, badTier, problem) => {
    expect(priceTierProblems([badTier], 10)).toContain(problem);
  });

  it('reports every broken rule at once', () => {
    expect(priceTierProblems([tier(200, 0), tier(100, 7900)], 10)).toHaveLength(3);
  });
});

describe('accepting tiered prices', () => {
  it('keeps only the tier fields, in order', () => {
    const withExtra = { ...tier(10, 8800), note: 'ignored' };
    expect(acceptedPriceTiers([withExtra, tier(100, 7900)], 10)).toEqual([tier(10, 8800), tier(100, 7900)]);
  });

  it('refuses broken tiers with a 422 that lists every problem under priceTiers', () => {
    let refusal: unknown;
    try {
      acceptedPriceTiers([tier(100, 7900), tier(10, 8800)], 10);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(UnprocessableError);
    expect(refusal).toMatchObject({ status: 422, extensions: { errors: [{ field: 'priceTiers' }] } });
    expect((refusal as UnprocessableError).message).toContain('strictly ascending');
    expect((refusal as UnprocessableError).message).toContain('minimum order quantity');
  });
});
