/** Poverty status of a county: a key county of the national programme, deep poverty, or lifted out (with a date). */
export const POVERTY_STATUSES = ['key', 'deep', 'lifted'] as const;
export type PovertyStatus = (typeof POVERTY_STATUSES)[number];

export const PRODUCER_KINDS = [
  'cooperative',
  'leading_enterprise',
  'family_farm',
  'relief_workshop',
] as const;
export type ProducerKind = (typeof PRODUCER_KINDS)[number];

export const PRODUCT_CATEGORIES = [
  'frozen',
  'chilled_meat',
  'dairy',
  'leafy_vegetables',
  'tropical_fruit',
  'temperate_fruit',
  'grain_oil',
  'tea',
  'ambient',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const PRODUCT_STATUSES = ['draft', 'listed', 'delisted'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/**
 * Where a product's price stands against the market (monitoring.price.v1): `flagged` withholds
 * relief eligibility until an administrator or the county's official records it as `justified` or
 * `corrected`, or the price comes back into the band (`none` again).
 */
export const PRICE_REVIEW_STATES = ['none', 'flagged', 'justified', 'corrected'] as const;
export type PriceReviewState = (typeof PRICE_REVIEW_STATES)[number];

/** The range a category must stay in, and how long it may stay outside before it counts as an excursion. */
export interface ColdChainProfile {
  readonly minC: number;
  readonly maxC: number;
  readonly maxDwellMinutes: number;
}

/**
 * Each category's cold-chain profile. Lower bounds matter as much as upper ones: tropical fruit
 * suffers chilling injury below about 12 °C, leafy vegetables freeze below 0 °C.
 */
export const COLD_CHAIN_PROFILES: Readonly<Record<ProductCategory, ColdChainProfile>> = {
  frozen: { minC: -30, maxC: -18, maxDwellMinutes: 30 },
  chilled_meat: { minC: 0, maxC: 4, maxDwellMinutes: 30 },
  dairy: { minC: 2, maxC: 6, maxDwellMinutes: 60 },
  leafy_vegetables: { minC: 0, maxC: 5, maxDwellMinutes: 60 },
  tropical_fruit: { minC: 12, maxC: 15, maxDwellMinutes: 120 },
  temperate_fruit: { minC: 0, maxC: 4, maxDwellMinutes: 120 },
  grain_oil: { minC: 5, maxC: 30, maxDwellMinutes: 720 },
  tea: { minC: 0, maxC: 25, maxDwellMinutes: 720 },
  ambient: { minC: -10, maxC: 35, maxDwellMinutes: 1440 },
};

export const CERTIFICATION_SCHEMES = [
  'green_food',
  'organic',
  'geographical_indication',
  'poverty_alleviation_product',
] as const;
export type CertificationScheme = (typeof CERTIFICATION_SCHEMES)[number];

/** Why catalog could not reserve a line of an order (`sale_closed`: the line's emergency sale is over). */
export const RESERVATION_REJECTION_REASONS = [
  'unknown',
  'delisted',
  'insufficient',
  'below_minimum',
  'sale_closed',
  // The lot the line was reserved from was recalled before the order was confirmed.
  'recalled',
] as const;
export type ReservationRejectionReason = (typeof RESERVATION_REJECTION_REASONS)[number];
