import type { Principal } from '@hb/contracts';
import type { Product } from './product.entity';

/**
 * Who sees a product: an administrator any; a producer its own in every status and others' listed
 * ones; a county official its county's in every status (when the county is known) and others' listed
 * ones; everyone else listed products only. Products a caller cannot see answer 404.
 */
export function canSeeProduct(
  caller: Principal,
  product: Pick<Product, 'producerId' | 'status'> & { countyCode?: string },
): boolean {
  if (caller.role === 'admin') return true;
  if (caller.role === 'producer' && caller.organisationId === product.producerId) return true;
  if (caller.role === 'county_official' && caller.organisationId === product.countyCode) return true;
  return product.status === 'listed';
}

/** Who changes a product, its prices and its lots: its producer, or an administrator (others get 403). */
export function canManageProduct(caller: Principal, product: Pick<Product, 'producerId'>): boolean {
  return (
    caller.role === 'admin' || (caller.role === 'producer' && caller.organisationId === product.producerId)
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The producer a caller acts for: a producer token's `org` is its producer id. An `org` that cannot
 * be one (not a UUID) owns no product, and must not reach a uuid column, where it would be a 500.
 */
export function producerOf(caller: Principal): string | null {
  return caller.role === 'producer' && UUID.test(caller.organisationId) ? caller.organisationId : null;
}
