import { SHIPMENT_STATUSES, type ShipmentStatus } from '@hb/contracts';
import { defineLifecycle, IllegalTransition, targetsOf } from '@hb/platform';

/**
 * Who may make a move: the operator holding the shipment, the order (its cancellation), or the
 * holding operator of a shipment carrying a recalled lot (`recalled`, which alone may hold it).
 */
export type ShipmentActor = 'operator' | 'order' | 'recalled';

/**
 * The shipment lifecycle as a table: status × next status → who may make that move. Anything not
 * listed is illegal (409). `in_transit` and `at_hub` alternate as the goods pass through hubs; a
 * direct truck goes from `in_transit` to `out_for_delivery` without a hub. Only the order cancels a
 * shipment, and only before pick-up. A shipment carrying a recalled lot may be `held` wherever it is
 * on its way; once the recalled goods are taken off (a load may mix lots), the rest goes on in transit.
 */
export const SHIPMENT_TRANSITIONS: Readonly<
  Record<ShipmentStatus, Readonly<Partial<Record<ShipmentStatus, ShipmentActor>>>>
> = {
  created: { picked_up: 'operator', cancelled: 'order', held: 'recalled' },
  picked_up: { in_transit: 'operator', held: 'recalled' },
  in_transit: { at_hub: 'operator', out_for_delivery: 'operator', held: 'recalled' },
  at_hub: { in_transit: 'operator', out_for_delivery: 'operator', held: 'recalled' },
  out_for_delivery: { delivered: 'operator', held: 'recalled' },
  delivered: {},
  cancelled: {},
  held: { in_transit: 'operator' },
};

/** The moves of SHIPMENT_TRANSITIONS, whoever makes them: `next`, `finals` and docs. */
export const SHIPMENT_LIFECYCLE = defineLifecycle<ShipmentStatus, ShipmentStatus>({
  aggregate: 'shipment',
  states: SHIPMENT_STATUSES,
  transitions: targetsOf(SHIPMENT_TRANSITIONS),
  description:
    'The operator holding a shipment moves it along; only the order cancels it (before pick-up), and ' +
    'only a recalled lot holds it. A move is named by the status it leads to.',
});

export const FINAL_SHIPMENT_STATUSES = SHIPMENT_LIFECYCLE.finals;

export function canMove(from: ShipmentStatus, to: ShipmentStatus, actor: ShipmentActor): boolean {
  return SHIPMENT_TRANSITIONS[from][to] === actor;
}

/**
 * The status after the move, or IllegalTransition (409) when the table does not allow it for this
 * actor, with the moves it does allow this actor from here.
 */
export function nextShipmentStatus(
  from: ShipmentStatus,
  to: ShipmentStatus,
  actor: ShipmentActor,
): ShipmentStatus {
  const next = SHIPMENT_LIFECYCLE.next(from, to);
  if (!canMove(from, to, actor)) {
    const allowed = SHIPMENT_LIFECYCLE.allowed(from).filter((target) => canMove(from, target, actor));
    throw new IllegalTransition('shipment', from, to, allowed, to);
  }
  return next;
}
