import type { PriceTierValue } from './catalog-product.entity';

/**
 * The unit price in force for a quantity: the tier with the highest minimum the quantity reaches.
 * Null when the quantity is below every tier (below the product's minimum order).
 */
export function unitPriceFor(tiers: readonly PriceTierValue[], quantity: number): number | null {
  let price: number | null = null;
  for (const tier of [...tiers].sort((a, b) => a.minQuantity - b.minQuantity)) {
    if (quantity >= tier.minQuantity) price = tier.unitPriceCents;
  }
  return price;
}
