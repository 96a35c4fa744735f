import type { CertificationScheme, PriceReviewState } from '@hb/contracts';

/**
 * A product counts for consumption relief while a valid poverty-alleviation-product certificate
 * gives it that badge, and its price is not flagged as unreasonable against the market.
 */
export const isReliefEligible = (
  badges: readonly CertificationScheme[],
  priceReview: PriceReviewState,
): boolean => badges.includes('poverty_alleviation_product') && priceReview !== 'flagged';
