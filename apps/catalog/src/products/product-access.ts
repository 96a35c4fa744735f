import type { Principal } from '@hb/contracts';
import type { Product } from './product.entity';

/**
 * Who sees a product: an administrator any; a producer its own in every status and others' listed
 * ones; everyone else listed products only. Products a caller cannot see answer 404.
 */
export function canSeeProduct(caller: Principal, product: Pick<Product, 'producerId' | 'status'>): boolean {
  if (caller.role === 'admin') return true;
  if (caller.role === 'producer' && caller.organisationId === product.producerId) return true;
  return product.status === 'listed';
}

/** Who changes a product, its prices and its lots: its producer, or an administrator (others get 403). */
export function canManageProduct(caller: Principal, product: Pick<Product, 'producerId'>): boolean {
  return (
    caller.role === 'admin' || (caller.role === 'producer' && caller.organisationId === product.producerId)
  );
}
