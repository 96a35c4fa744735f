import { IllegalTransitionError } from '@hb/platform';

export const RFQ_STATUSES = ['open', 'awarded'] as const;
export type RfqStatus = (typeof RFQ_STATUSES)[number];

export const RFQ_TRIGGERS = ['award'] as const;
export type RfqTrigger = (typeof RFQ_TRIGGERS)[number];

/** A request for quotation takes quotes while open and is awarded once; anything else is a 409. */
export const RFQ_TRANSITIONS: Readonly<Record<RfqStatus, Partial<Record<RfqTrigger, RfqStatus>>>> = {
  open: { award: 'awarded' },
  awarded: {},
};

export function nextRfqStatus(from: RfqStatus, trigger: RfqTrigger): RfqStatus {
  const to = RFQ_TRANSITIONS[from][trigger];
  if (!to) throw new IllegalTransitionError('request for quotation', from, trigger);
  return to;
}

/** A quote is awarded, or not once another one was; it expires after its validUntil day. */
export const QUOTE_STATUSES = ['submitted', 'awarded', 'not_awarded'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
