import { povertyRelief, type PovertyStatus } from '@hb/contracts';
import type { FeeSchedule } from '../certification.config';

export interface FeeQuote {
  /** The scheme's fee for this many products. */
  readonly feeCents: number;
  /** What the applicant's poverty county spares it. */
  readonly feeReliefCents: number;
  readonly amountDueCents: number;
  readonly reliefPercent: number;
}

/**
 * The fee of an application: the scheme's base fee for the first product and its per-product fee for
 * each further one, less the relief of the applicant's county poverty status (`povertyRelief`, the
 * rule docking-fair booth fees follow too).
 */
export function quoteFee(
  schedule: FeeSchedule,
  productCount: number,
  povertyStatus: PovertyStatus,
  reliefPercent: Readonly<Record<PovertyStatus, number>>,
): FeeQuote {
  if (!Number.isInteger(productCount) || productCount < 1) {
    throw new RangeError(`an application covers at least one product, not ${productCount}`);
  }
  const feeCents = schedule.baseCents + (productCount - 1) * schedule.perAdditionalProductCents;
  const relief = povertyRelief(feeCents, povertyStatus, reliefPercent);
  return {
    feeCents,
    feeReliefCents: relief.reliefCents,
    amountDueCents: relief.dueCents,
    reliefPercent: relief.percent,
  };
}
