import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { hasAtMostTwoDecimals, RegisterBuyerRequest } from './buyer.dto';

const problemsOf = (body: Record<string, unknown>) =>
  validateSync(
    plainToInstance(RegisterBuyerRequest, {
      name: 'Mianyang Canteen',
      kind: 'budget_unit',
      regionCode: '510703',
      ...body,
    }),
  ).map((error) => error.property);

describe('RegisterBuyerRequest: the pledged share', () => {
  it.each([15, 10, 12.5, 33.33, 0, 100, 15.1])('accepts %p percent', (share) => {
    expect(problemsOf({ pledgedSharePercent: share })).toEqual([]);
  });

  // Numbers JavaScript prints in exponent form are refused like any other, never make the check throw.
  it.each([1e-7, -5e-324, 5e-324, 12.345, 1e-3])(
    'refuses %p percent as invalid, without throwing',
    (share) => {
      expect(() => problemsOf({ pledgedSharePercent: share })).not.toThrow();
      expect(problemsOf({ pledgedSharePercent: share })).toEqual(['pledgedSharePercent']);
    },
  );

  it('counts decimals by value, not by how the number prints', () => {
    expect(hasAtMostTwoDecimals(0.3)).toBe(true);
    expect(hasAtMostTwoDecimals(0.1 + 0.2)).toBe(false);
    expect(hasAtMostTwoDecimals(1e21)).toBe(true);
    expect(hasAtMostTwoDecimals(Number.NaN)).toBe(false);
    expect(hasAtMostTwoDecimals('15')).toBe(false);
  });
});
