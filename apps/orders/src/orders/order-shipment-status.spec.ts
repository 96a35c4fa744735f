import { IllegalTransitionError } from '@hb/platform';
import { ORDER_SHIPMENT_STATUSES, type OrderShipmentStatus } from './order-shipment.entity';
import {
  ORDER_SHIPMENT_LIFECYCLE,
  ORDER_SHIPMENT_TRIGGERS,
  type OrderShipmentTrigger,
} from './order-shipment-status';

/** Written out by hand, independently of the table. */
const ALLOWED: Record<string, OrderShipmentStatus> = {
  'created pickedUp': 'picked_up',
  'created cancelled': 'cancelled',
  'picked_up delivered': 'delivered',
};

describe('order shipment status', () => {
  const pairs = ORDER_SHIPMENT_STATUSES.flatMap((status) =>
    ORDER_SHIPMENT_TRIGGERS.map((trigger) => [status, trigger] as const),
  );

  it.each(pairs)('from %s on %s', (status: OrderShipmentStatus, trigger: OrderShipmentTrigger) => {
    const expected = ALLOWED[`${status} ${trigger}`];
    expect(ORDER_SHIPMENT_LIFECYCLE.can(status, trigger)).toBe(expected !== undefined);
    if (expected) expect(ORDER_SHIPMENT_LIFECYCLE.next(status, trigger)).toBe(expected);
    else expect(() => ORDER_SHIPMENT_LIFECYCLE.next(status, trigger)).toThrow(IllegalTransitionError);
  });

  it('cannot cancel a shipment once it was picked up', () => {
    expect(ORDER_SHIPMENT_LIFECYCLE.can('picked_up', 'cancelled')).toBe(false);
  });

  it('ends delivered or cancelled', () => {
    expect([...ORDER_SHIPMENT_LIFECYCLE.finals].sort()).toEqual(['cancelled', 'delivered']);
  });
});
