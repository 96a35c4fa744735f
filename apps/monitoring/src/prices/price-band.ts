import { rounded } from '../alerts/rules';

export interface PriceBand {
  readonly priceBandLow: number;
  readonly priceBandHigh: number;
  readonly priceClearMargin: number;
}

/**
 * Whether a product's lowest-tier price is unreasonable against its category's reference: outside
 * [low, high] × reference flags it; a flag clears only once the ratio is `priceClearMargin` inside
 * the band, so a reference that moves a little with every accepted order does not flap the flag.
 */
export function priceVerdict(
  unitPriceCents: number,
  referenceCents: number,
  band: PriceBand,
): { verdict: 'flag' | 'clear' | 'keep'; ratio: number } {
  const ratio = rounded(unitPriceCents / referenceCents);
  if (ratio < band.priceBandLow || ratio > band.priceBandHigh) return { verdict: 'flag', ratio };
  const inside =
    ratio >= band.priceBandLow + band.priceClearMargin && ratio <= band.priceBandHigh - band.priceClearMargin;
  return { verdict: inside ? 'clear' : 'keep', ratio };
}
