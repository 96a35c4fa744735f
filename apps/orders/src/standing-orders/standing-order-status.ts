import { IllegalTransitionError } from '@hb/platform';

export const STANDING_ORDER_STATUSES = ['active', 'paused', 'cancelled', 'ended'] as const;
export type StandingOrderStatus = (typeof STANDING_ORDER_STATUSES)[number];

export const STANDING_ORDER_TRIGGERS = ['pause', 'resume', 'cancel', 'end'] as const;
export type StandingOrderTrigger = (typeof STANDING_ORDER_TRIGGERS)[number];

/**
 * A standing order as a table: state × trigger → state; anything else is a 409. It is paused by its
 * buyer or by a rejected occurrence, resumed by its buyer, and ends after its last occurrence.
 */
export const STANDING_ORDER_TRANSITIONS: Readonly<
  Record<StandingOrderStatus, Partial<Record<StandingOrderTrigger, StandingOrderStatus>>>
> = {
  active: { pause: 'paused', cancel: 'cancelled', end: 'ended' },
  paused: { resume: 'active', cancel: 'cancelled', end: 'ended' },
  cancelled: {},
  ended: {},
};

export function nextStandingOrderStatus(
  from: StandingOrderStatus,
  trigger: StandingOrderTrigger,
): StandingOrderStatus {
  const to = STANDING_ORDER_TRANSITIONS[from][trigger];
  if (!to) throw new IllegalTransitionError('standing order', from, trigger);
  return to;
}
