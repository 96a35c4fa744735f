import type { PovertyStatus } from './catalog/vocabulary';

/** How much of an amount a poverty county's producer or exhibitor is spared, and what it pays. */
export interface PovertyRelief {
  /** The percentage configured for the county's status; 0 for a county of unknown status. */
  readonly percent: number;
  readonly reliefCents: number;
  /** The amount less the relief: never negative. */
  readonly dueCents: number;
}

/**
 * The relief a county's poverty status earns on a fee (certification fees, docking-fair booth fees): a
 * percentage per status, rounded to the nearest cent, half a cent in the payer's favour, never more
 * than the fee. A county whose status is unknown (null) gets none.
 */
export function povertyRelief(
  amountCents: number,
  povertyStatus: PovertyStatus | null,
  percentByStatus: Readonly<Record<PovertyStatus, number>>,
): PovertyRelief {
  const percent = povertyStatus ? percentByStatus[povertyStatus] : 0;
  const reliefCents = Math.min(amountCents, Math.round((amountCents * percent) / 100));
  return { percent, reliefCents, dueCents: amountCents - reliefCents };
}
