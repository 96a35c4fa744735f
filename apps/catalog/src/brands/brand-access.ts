import type { BrandKind, Principal } from '@hb/contracts';

export interface BrandSubmission {
  readonly kind: BrandKind;
  readonly countyCode: string;
  readonly ownerProducerId: string | null;
}

/**
 * Why the caller may not submit this brand (403), or null if it may: a producer its own enterprise or
 * product brand, a county official a regional public brand of its own county, an administrator any.
 */
export function submissionRefusal(caller: Principal, brand: BrandSubmission): string | null {
  switch (caller.role) {
    case 'admin':
      return null;
    case 'producer':
      if (brand.kind === 'regional_public')
        return "a regional public brand is submitted by its county's official or an administrator";
      return brand.ownerProducerId === caller.organisationId
        ? null
        : `a producer submits its own brands only; ${brand.ownerProducerId} is not your organisation`;
    case 'county_official':
      if (brand.kind !== 'regional_public')
        return 'a county official submits regional public brands; enterprise and product brands are their producers’';
      return brand.countyCode === caller.organisationId
        ? null
        : `a county official submits brands of its own county only; ${brand.countyCode} is not yours`;
    default:
      return `a ${caller.role} does not submit brands`;
  }
}

/** Which brands a product of `producer` may name: its own, or the regional public brands of its county. */
export function brandFitsProducer(
  brand: { kind: BrandKind; countyCode: string; ownerProducerId: string | null },
  producer: { id: string; countyCode: string },
): boolean {
  return brand.kind === 'regional_public'
    ? brand.countyCode === producer.countyCode
    : brand.ownerProducerId === producer.id;
}
