import type { EmergencySaleCloser, EmergencySaleStatus } from '@hb/contracts';
import { IllegalTransitionError } from '@hb/platform';
import { SaleClosed } from './emergency-sale-errors';

/** The lifecycle of an emergency sale as data: each way of closing it is a move from `open` only. */
export const EMERGENCY_SALE_TRANSITIONS: Readonly<
  Record<EmergencySaleStatus, Partial<Record<EmergencySaleCloser, EmergencySaleStatus>>>
> = {
  open: { sold_out: 'closed', ended: 'closed', hand: 'closed' },
  closed: {},
};

/** The state a move leads to; a closed sale answers 409 `SaleClosed`. */
export function nextSaleStatus(
  saleId: string,
  from: EmergencySaleStatus,
  by: EmergencySaleCloser,
): EmergencySaleStatus {
  const to = EMERGENCY_SALE_TRANSITIONS[from][by];
  if (to) return to;
  if (from === 'closed') throw new SaleClosed(saleId);
  throw new IllegalTransitionError('emergency sale', from, by);
}
