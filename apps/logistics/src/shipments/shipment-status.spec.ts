import { SHIPMENT_STATUSES, type ShipmentStatus } from '@hb/contracts';
import { IllegalTransitionError, toProblem } from '@hb/platform';
import { FINAL_SHIPMENT_STATUSES, nextShipmentStatus, type ShipmentActor } from './shipment-status';

const allowed = new Set([
  'created picked_up operator',
  'created cancelled order',
  'picked_up in_transit operator',
  'in_transit at_hub operator',
  'in_transit out_for_delivery operator',
  'at_hub in_transit operator',
  'at_hub out_for_delivery operator',
  'out_for_delivery delivered operator',
  'created held recalled',
  'picked_up held recalled',
  'in_transit held recalled',
  'at_hub held recalled',
  'out_for_delivery held recalled',
  'held in_transit operator',
]);

const ACTORS: readonly ShipmentActor[] = ['operator', 'order', 'recalled'];

describe('shipment transitions', () => {
  const triples = SHIPMENT_STATUSES.flatMap((from) =>
    SHIPMENT_STATUSES.flatMap((to) => ACTORS.map((actor) => [from, to, actor] as const)),
  );

  it.each(triples)(
    'from %s to %s by the %s',
    (from: ShipmentStatus, to: ShipmentStatus, actor: ShipmentActor) => {
      if (allowed.has(`${from} ${to} ${actor}`)) expect(nextShipmentStatus(from, to, actor)).toBe(to);
      else expect(() => nextShipmentStatus(from, to, actor)).toThrow(IllegalTransitionError);
    },
  );

  it('does not let an operator cancel a shipment, nor the order cancel one that was picked up', () => {
    expect(() => nextShipmentStatus('created', 'cancelled', 'operator')).toThrow(/created to cancelled/);
    expect(() => nextShipmentStatus('picked_up', 'cancelled', 'order')).toThrow(/picked_up to cancelled/);
  });

  it('tells an operator refused a move what it may do from here', () => {
    let refusal: unknown;
    try {
      nextShipmentStatus('created', 'cancelled', 'operator');
    } catch (error) {
      refusal = error;
    }
    expect(toProblem(refusal)).toMatchObject({
      status: 409,
      detail: 'shipment cannot go from created to cancelled',
      from: 'created',
      to: 'cancelled',
      trigger: 'cancelled',
      allowed: ['picked_up'],
    });
  });

  it('holds only a recalled shipment, and only before delivery', () => {
    expect(() => nextShipmentStatus('in_transit', 'held', 'operator')).toThrow(/in_transit to held/);
    expect(() => nextShipmentStatus('delivered', 'held', 'recalled')).toThrow(/delivered to held/);
  });

  it('ends in delivered or cancelled', () => {
    expect([...FINAL_SHIPMENT_STATUSES].sort()).toEqual(['cancelled', 'delivered']);
  });
});
