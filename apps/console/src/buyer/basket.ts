import { unitPriceFor } from '@hb/contracts/orders/pricing';
import type { ProductView } from '../api/types';

/** A line the buyer is about to order. */
export interface BasketLine {
  product: ProductView;
  quantity: number;
}

/**
 * The price of a quantity as orders will charge it: the tier in force for the quantity (the orders
 * service's own rule), null under the minimum order.
 */
export function priceFor(
  product: ProductView,
  quantity: number,
): { unitCents: number; totalCents: number } | null {
  if (!Number.isInteger(quantity) || quantity < product.minOrderQuantity) return null;
  const unitCents = unitPriceFor(product.priceTiers, quantity);
  return unitCents === null ? null : { unitCents, totalCents: unitCents * quantity };
}

/** A fresh Idempotency-Key (crypto.randomUUID needs a secure context; the console may be served without). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
