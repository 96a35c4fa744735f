import { isReliefEligible } from './relief-eligibility';

describe('relief eligibility', () => {
  it('needs the poverty-alleviation badge and a price that is not flagged', () => {
    expect(isReliefEligible(['poverty_alleviation_product'], 'none')).toBe(true);
    expect(isReliefEligible(['poverty_alleviation_product'], 'justified')).toBe(true);
    expect(isReliefEligible(['poverty_alleviation_product'], 'flagged')).toBe(false);
    expect(isReliefEligible(['organic'], 'none')).toBe(false);
  });
});
