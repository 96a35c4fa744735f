import { UnprocessableError } from '@hb/platform';

/** A pledge is a share of the annual food budget, which must be given with it. */
export class PledgeWithoutBudget extends UnprocessableError {
  constructor(readonly pledgedSharePercent: number) {
    super('a pledge is a share of the annual food budget: give annualFoodBudgetCents too', {
      pledgedSharePercent,
    });
  }
}

/** A budget unit (预算单位) registers its annual food budget and the share it pledges. */
export class BudgetUnitWithoutPledge extends UnprocessableError {
  constructor(readonly missing: readonly ('annualFoodBudgetCents' | 'pledgedSharePercent')[]) {
    super('a budget unit needs its annual food budget and its pledged share', { missing: [...missing] });
  }
}

/** A budget unit pledges at least the policy's minimum share of its food budget. */
export class PledgeBelowMinimum extends UnprocessableError {
  constructor(
    readonly pledgedSharePercent: number,
    readonly minimumPercent: number,
  ) {
    super(`a budget unit pledges at least ${minimumPercent}% of its food budget (15% is encouraged)`, {
      pledgedSharePercent,
      minimumPercent,
    });
  }
}
