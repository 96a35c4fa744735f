import {
  ProductDelisted,
  ProductListed,
  type EventDefinition,
  type ProductSnapshot,
  type ProductStatus,
} from '@hb/contracts';
import { IllegalTransitionError } from '@hb/platform';

export const PRODUCT_ACTIONS = ['list', 'delist'] as const;
export type ProductAction = (typeof PRODUCT_ACTIONS)[number];

interface ProductMove {
  /** The statuses the action may start from; from any other it is a 409. */
  readonly from: readonly ProductStatus[];
  readonly to: ProductStatus;
  readonly announcedBy: EventDefinition<ProductSnapshot>;
}

/**
 * The product lifecycle, declared once: draft → listed ⇄ delisted. A delisted product can be listed
 * again, but nothing goes back to draft. Badges and relief eligibility change with certificates,
 * never with these moves.
 */
export const PRODUCT_MOVES: Readonly<Record<ProductAction, ProductMove>> = {
  list: { from: ['draft', 'delisted'], to: 'listed', announcedBy: ProductListed },
  delist: { from: ['listed'], to: 'delisted', announcedBy: ProductDelisted },
};

/** The status a product reaches by an action, or IllegalTransitionError (409) if the table forbids it. */
export function statusAfter(from: ProductStatus, action: ProductAction): ProductStatus {
  const move = PRODUCT_MOVES[action];
  if (!move.from.includes(from)) throw new IllegalTransitionError('product', from, move.to);
  return move.to;
}

/** "draft → listed, delisted → listed" for the OpenAPI description of an action. */
export function describeMove(action: ProductAction): string {
  const move = PRODUCT_MOVES[action];
  return move.from.map((from) => `${from} → ${move.to}`).join(', ');
}
