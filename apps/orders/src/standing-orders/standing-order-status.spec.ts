import { IllegalTransitionError, toProblem } from '@hb/platform';
import {
  nextStandingOrderStatus,
  STANDING_ORDER_STATUSES,
  STANDING_ORDER_TRANSITIONS,
  STANDING_ORDER_TRIGGERS,
} from './standing-order-status';

describe('standing order transitions', () => {
  const legal: [string, string, string][] = [
    ['active', 'pause', 'paused'],
    ['active', 'cancel', 'cancelled'],
    ['active', 'end', 'ended'],
    ['paused', 'resume', 'active'],
    ['paused', 'cancel', 'cancelled'],
    ['paused', 'end', 'ended'],
  ];

  it.each(legal)('%s --%s--> %s', (from, trigger, to) => {
    expect(nextStandingOrderStatus(from as never, trigger as never)).toBe(to);
  });

  it('refuses every other move with a 409', () => {
    const refused = STANDING_ORDER_STATUSES.flatMap((from) =>
      STANDING_ORDER_TRIGGERS.filter((trigger) => !STANDING_ORDER_TRANSITIONS[from][trigger]).map(
        (trigger) => [from, trigger] as const,
      ),
    );
    expect(refused).toHaveLength(
      STANDING_ORDER_STATUSES.length * STANDING_ORDER_TRIGGERS.length - legal.length,
    );
    for (const [from, trigger] of refused) {
      expect(() => nextStandingOrderStatus(from, trigger)).toThrow(IllegalTransitionError);
    }
  });

  it('names the state a refused trigger leads to, the trigger and what is allowed', () => {
    let refusal: unknown;
    try {
      nextStandingOrderStatus('cancelled', 'pause');
    } catch (error) {
      refusal = error;
    }
    expect(toProblem(refusal)).toMatchObject({
      status: 409,
      detail: 'standing order cannot go from cancelled to paused',
      from: 'cancelled',
      to: 'paused',
      trigger: 'pause',
      allowed: [],
    });
  });
});
