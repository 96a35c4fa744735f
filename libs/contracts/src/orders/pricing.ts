/** One price tier of a product: from `minQuantity` units on, each costs `unitPriceCents`. */
export interface PriceTier {
  readonly minQuantity: number;
  readonly unitPriceCents: number;
}

/**
 * The unit price in force for a quantity: the tier with the highest minimum the quantity reaches.
 * Null when the quantity is below every tier (below the product's minimum order). Pure, so the
 * orders service and the console's basket price alike.
 */
export function unitPriceFor(tiers: readonly PriceTier[], quantity: number): number | null {
  let price: number | null = null;
  for (const tier of [...tiers].sort((a, b) => a.minQuantity - b.minQuantity)) {
    if (quantity >= tier.minQuantity) price = tier.unitPriceCents;
  }
  return price;
}
