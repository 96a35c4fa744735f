import { ORDER_STATUSES, type OrderStatus } from '@hb/contracts';
import { defineLifecycle } from '@hb/platform';

/** What can happen to an order. */
export const ORDER_TRIGGERS = [
  'stockReserved',
  'stockRejected',
  'reservationTimedOut',
  'cancel',
  'pickedUp',
  'allDelivered',
  'acceptAll',
  'acceptPart',
  'resolveDispute',
  'recalled',
] as const;
export type OrderTrigger = (typeof ORDER_TRIGGERS)[number];

/**
 * The order saga as a table: state × trigger → state. Anything not listed is illegal (409).
 */
export const ORDER_LIFECYCLE = defineLifecycle<OrderStatus, OrderTrigger>({
  aggregate: 'order',
  states: ORDER_STATUSES,
  description:
    'Cancellation is possible until dispatch (the first pick-up); a reservation that never answers ' +
    'cancels the order, which releases whatever catalog may still reserve. A delivered order is settled ' +
    'by its buyer or, after ORDERS_AUTO_ACCEPT_DAYS, by the auto-acceptance sweep (same triggers); an ' +
    'administrator resolves a dispute. A recalled lot rejects an order whose reservation catalog released ' +
    'before it saw the order confirmed (`recalled`): until dispatch, like a cancellation.',
  transitions: {
    PLACED: {
      stockReserved: 'CONFIRMED',
      stockRejected: 'REJECTED',
      reservationTimedOut: 'CANCELLED',
      cancel: 'CANCELLED',
      recalled: 'REJECTED',
    },
    CONFIRMED: { pickedUp: 'IN_TRANSIT', cancel: 'CANCELLED', recalled: 'REJECTED' },
    IN_TRANSIT: { allDelivered: 'DELIVERED' },
    DELIVERED: { acceptAll: 'COMPLETED', acceptPart: 'DISPUTED' },
    REJECTED: {},
    COMPLETED: {},
    DISPUTED: { resolveDispute: 'RESOLVED' },
    RESOLVED: {},
    CANCELLED: {},
  },
});

export const FINAL_STATUSES = ORDER_LIFECYCLE.finals;
export const canTransition = ORDER_LIFECYCLE.can;
/** The status `trigger` leads to, or IllegalTransition (409) naming the trigger and what is allowed. */
export const nextStatus = ORDER_LIFECYCLE.next;
