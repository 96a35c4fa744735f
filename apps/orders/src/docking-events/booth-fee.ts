import { povertyRelief, type PovertyStatus } from '@hb/contracts';

export interface BoothFee {
  readonly fullBoothFeeCents: number;
  readonly reductionPercent: number;
  readonly reductionCents: number;
  /** What the exhibitor pays. */
  readonly boothFeeCents: number;
}

/**
 * The booth fee of an exhibitor: the fair's fee less the relief of its county's poverty status, the
 * rule certification fees follow too (`povertyRelief`). A county catalog never announced pays in full.
 */
export function boothFeeFor(
  fullBoothFeeCents: number,
  povertyStatus: PovertyStatus | null,
  reductionPercent: Readonly<Record<PovertyStatus, number>>,
): BoothFee {
  const relief = povertyRelief(fullBoothFeeCents, povertyStatus, reductionPercent);
  return {
    fullBoothFeeCents,
    reductionPercent: relief.percent,
    reductionCents: relief.reliefCents,
    boothFeeCents: relief.dueCents,
  };
}

/** Why the fee is what it is, in words an exhibitor reads on its registration. */
export function boothFeeReason(
  countyName: string,
  povertyStatus: PovertyStatus | null,
  percent: number,
): string {
  if (povertyStatus === 'deep' || povertyStatus === 'key') {
    const county = `${countyName}, a ${povertyStatus === 'deep' ? 'deep-poverty' : 'key'} county`;
    if (percent === 100) return `${county}: the booth fee is waived`;
    if (percent === 0) return `${county}: no reduction is configured, the full fee applies`;
    return `${county}: ${percent} % off the booth fee`;
  }
  if (povertyStatus === 'lifted') return `${countyName} has been lifted out of poverty: the full fee applies`;
  return `${countyName} is not a poverty county: the full fee applies`;
}
