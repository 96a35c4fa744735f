import type { PriceTierValue } from './product.entity';
import { PriceTiersInconsistent } from './product.errors';

/**
 * Why a product's tiered prices cannot be accepted, one sentence per broken rule (empty when they
 * can). The rules: at least one tier; whole quantities and prices of at least 1; tiers strictly
 * ascending by minQuantity, so the tier in force for a quantity is unambiguous; and a first tier
 * reached by the minimum order quantity, so the smallest order anyone may place has a price.
 */
export function priceTierProblems(tiers: readonly PriceTierValue[], minOrderQuantity: number): string[] {
  if (tiers.length === 0) return ['priceTiers must contain at least one tier'];
  const problems: string[] = [];
  tiers.forEach((tier, index) => {
    if (!Number.isInteger(tier.minQuantity) || tier.minQuantity < 1) {
      problems.push(`priceTiers[${index}].minQuantity must be a whole number of at least 1`);
    }
    if (!Number.isInteger(tier.unitPriceCents) || tier.unitPriceCents < 1) {
      problems.push(`priceTiers[${index}].unitPriceCents must be a whole number of cents of at least 1`);
    }
    const previous = tiers[index - 1];
    if (previous && tier.minQuantity <= previous.minQuantity) {
      problems.push(
        `priceTiers must be strictly ascending by minQuantity: tier ${index} starts at ${tier.minQuantity}, ` +
          `tier ${index - 1} at ${previous.minQuantity}`,
      );
    }
  });
  if (tiers[0].minQuantity > minOrderQuantity) {
    problems.push(
      `the first price tier starts at ${tiers[0].minQuantity}, above the minimum order quantity ` +
        `${minOrderQuantity}: an order of the minimum quantity would have no price`,
    );
  }
  return problems;
}

/** The tiers as they are stored and announced, or PriceTiersInconsistent (422) saying every broken rule. */
export function acceptedPriceTiers(
  tiers: readonly PriceTierValue[],
  minOrderQuantity: number,
): PriceTierValue[] {
  const problems = priceTierProblems(tiers, minOrderQuantity);
  if (problems.length > 0) {
    throw new PriceTiersInconsistent(problems);
  }
  return tiers.map(({ minQuantity, unitPriceCents }) => ({ minQuantity, unitPriceCents }));
}
