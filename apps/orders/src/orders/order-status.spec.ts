import { ORDER_STATUSES, type OrderStatus } from '@hb/contracts';
import { IllegalTransitionError, toProblem } from '@hb/platform';
import { FINAL_STATUSES, nextStatus, ORDER_TRIGGERS, type OrderTrigger } from './order-status';

const allowed: Record<string, OrderStatus> = {
  'PLACED stockReserved': 'CONFIRMED',
  'PLACED stockRejected': 'REJECTED',
  'PLACED reservationTimedOut': 'CANCELLED',
  'PLACED cancel': 'CANCELLED',
  'PLACED recalled': 'REJECTED',
  'CONFIRMED pickedUp': 'IN_TRANSIT',
  'CONFIRMED cancel': 'CANCELLED',
  'CONFIRMED recalled': 'REJECTED',
  'IN_TRANSIT allDelivered': 'DELIVERED',
  'DELIVERED acceptAll': 'COMPLETED',
  'DELIVERED acceptPart': 'DISPUTED',
  'DISPUTED resolveDispute': 'RESOLVED',
};

describe('order saga transitions', () => {
  const pairs = ORDER_STATUSES.flatMap((status) =>
    ORDER_TRIGGERS.map((trigger) => [status, trigger] as const),
  );

  it.each(pairs)('from %s on %s', (status: OrderStatus, trigger: OrderTrigger) => {
    const expected = allowed[`${status} ${trigger}`];
    if (expected) expect(nextStatus(status, trigger)).toBe(expected);
    else expect(() => nextStatus(status, trigger)).toThrow(IllegalTransitionError);
  });

  it('cannot cancel an order once it is on its way', () => {
    expect(() => nextStatus('IN_TRANSIT', 'cancel')).toThrow(/IN_TRANSIT/);
  });

  it('names the state a refused trigger leads to, never the trigger, and what the order allows instead', () => {
    let refusal: unknown;
    try {
      nextStatus('IN_TRANSIT', 'cancel');
    } catch (error) {
      refusal = error;
    }
    expect(toProblem(refusal)).toMatchObject({
      status: 409,
      detail: 'order cannot go from IN_TRANSIT to CANCELLED',
      from: 'IN_TRANSIT',
      to: 'CANCELLED',
      trigger: 'cancel',
      allowed: ['allDelivered'],
    });
  });

  it('ends in rejected, completed, resolved or cancelled', () => {
    expect([...FINAL_STATUSES].sort()).toEqual(['CANCELLED', 'COMPLETED', 'REJECTED', 'RESOLVED']);
  });
});
