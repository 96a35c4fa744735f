import { defineLifecycle } from '@hb/platform';

export const STANDING_ORDER_STATUSES = ['active', 'paused', 'cancelled', 'ended'] as const;
export type StandingOrderStatus = (typeof STANDING_ORDER_STATUSES)[number];

export const STANDING_ORDER_TRIGGERS = ['pause', 'resume', 'cancel', 'end'] as const;
export type StandingOrderTrigger = (typeof STANDING_ORDER_TRIGGERS)[number];

/** A standing order as a table: state × trigger → state; anything else is a 409. */
export const STANDING_ORDER_LIFECYCLE = defineLifecycle<StandingOrderStatus, StandingOrderTrigger>({
  aggregate: 'standing order',
  states: STANDING_ORDER_STATUSES,
  description:
    'A standing order is paused by its buyer or by a rejected occurrence, resumed by its buyer, and ends after its last occurrence.',
  transitions: {
    active: { pause: 'paused', cancel: 'cancelled', end: 'ended' },
    paused: { resume: 'active', cancel: 'cancelled', end: 'ended' },
    cancelled: {},
    ended: {},
  },
});

export const STANDING_ORDER_TRANSITIONS = STANDING_ORDER_LIFECYCLE.transitions;
export const nextStandingOrderStatus = STANDING_ORDER_LIFECYCLE.next;
