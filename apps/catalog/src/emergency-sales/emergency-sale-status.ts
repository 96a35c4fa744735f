import { EMERGENCY_SALE_STATUSES, type EmergencySaleCloser, type EmergencySaleStatus } from '@hb/contracts';
import { defineLifecycle } from '@hb/platform';
import { SaleClosed } from './emergency-sale-errors';

export const EMERGENCY_SALE_LIFECYCLE = defineLifecycle<EmergencySaleStatus, EmergencySaleCloser>({
  aggregate: 'emergency sale',
  states: EMERGENCY_SALE_STATUSES,
  description:
    'An emergency sale closes once: sold out, at its end, or by hand; each way of closing it is a move from `open` only.',
  transitions: {
    open: { sold_out: 'closed', ended: 'closed', hand: 'closed' },
    closed: {},
  },
});

export const EMERGENCY_SALE_TRANSITIONS = EMERGENCY_SALE_LIFECYCLE.transitions;

/** The state a move leads to; a closed sale answers 409 `SaleClosed`. */
export function nextSaleStatus(
  saleId: string,
  from: EmergencySaleStatus,
  by: EmergencySaleCloser,
): EmergencySaleStatus {
  if (from === 'closed') throw new SaleClosed(saleId);
  return EMERGENCY_SALE_LIFECYCLE.next(from, by);
}
