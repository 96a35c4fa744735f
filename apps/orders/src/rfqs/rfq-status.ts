import { defineLifecycle } from '@hb/platform';

export const RFQ_STATUSES = ['open', 'awarded'] as const;
export type RfqStatus = (typeof RFQ_STATUSES)[number];

export const RFQ_TRIGGERS = ['award'] as const;
export type RfqTrigger = (typeof RFQ_TRIGGERS)[number];

export const RFQ_LIFECYCLE = defineLifecycle<RfqStatus, RfqTrigger>({
  aggregate: 'request for quotation',
  states: RFQ_STATUSES,
  description: 'A request for quotation takes quotes while open and is awarded once; anything else is a 409.',
  transitions: { open: { award: 'awarded' }, awarded: {} },
});

export const nextRfqStatus = RFQ_LIFECYCLE.next;

/** A quote is awarded, or not once another one was; it expires after its validUntil day. */
export const QUOTE_STATUSES = ['submitted', 'awarded', 'not_awarded'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
