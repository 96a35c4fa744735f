import type { Principal } from '@hb/contracts';

/** What the access rules need to know about a sale. */
export interface SaleOwnership {
  readonly producerId: string;
  readonly countyCode: string;
}

/**
 * Who answers for a sale (opens, closes, sees it closed): an administrator, the product's producer,
 * the county official of the product's county.
 */
export function answersForSale(caller: Principal, sale: SaleOwnership): boolean {
  if (caller.role === 'admin') return true;
  if (caller.role === 'producer') return caller.organisationId === sale.producerId;
  if (caller.role === 'county_official') return caller.organisationId === sale.countyCode;
  return false;
}

/** Open sales are for everyone to see (buyers and platforms above all); closed ones for those who answer for them. */
export function canSeeSale(caller: Principal, sale: SaleOwnership & { status: string }): boolean {
  return sale.status === 'open' || answersForSale(caller, sale);
}
