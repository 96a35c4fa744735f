import {
  PRODUCT_STATUSES,
  ProductDelisted,
  ProductListed,
  type EventDefinition,
  type ProductSnapshot,
  type ProductStatus,
} from '@hb/contracts';
import { defineLifecycle } from '@hb/platform';

export const PRODUCT_ACTIONS = ['list', 'delist'] as const;
export type ProductAction = (typeof PRODUCT_ACTIONS)[number];

/**
 * The product lifecycle, declared once: status × action → status (anything else is a 409).
 */
export const PRODUCT_LIFECYCLE = defineLifecycle<ProductStatus, ProductAction>({
  aggregate: 'product',
  states: PRODUCT_STATUSES,
  description:
    'draft → listed ⇄ delisted. A delisted product can be listed again, but nothing goes back to draft. ' +
    'Badges and relief eligibility change with certificates, never with these moves.',
  transitions: {
    draft: { list: 'listed' },
    listed: { delist: 'delisted' },
    delisted: { list: 'listed' },
  },
});

/** The event that announces each action. */
export const ANNOUNCED_BY: Readonly<Record<ProductAction, EventDefinition<ProductSnapshot>>> = {
  list: ProductListed,
  delist: ProductDelisted,
};

/** The status a product reaches by an action, or IllegalTransition (409) if the table forbids it. */
export const statusAfter = PRODUCT_LIFECYCLE.next;

/** "draft → listed, delisted → listed" for the OpenAPI description of an action. */
export const describeMove = PRODUCT_LIFECYCLE.describeTrigger;
