import { EMERGENCY_SALE_CLOSERS, EMERGENCY_SALE_STATUSES } from '@hb/contracts';
import { SaleClosed } from './emergency-sale-errors';
import { EMERGENCY_SALE_TRANSITIONS, nextSaleStatus } from './emergency-sale-status';

describe('emergency sale lifecycle', () => {
  it.each(EMERGENCY_SALE_CLOSERS)('an open sale closes when %s', (by) => {
    expect(nextSaleStatus('s', 'open', by)).toBe('closed');
  });

  it.each(EMERGENCY_SALE_CLOSERS)('a closed sale cannot close again (%s): 409 SaleClosed', (by) => {
    expect(() => nextSaleStatus('s', 'closed', by)).toThrow(SaleClosed);
  });

  it('declares every state', () => {
    expect(Object.keys(EMERGENCY_SALE_TRANSITIONS).sort()).toEqual([...EMERGENCY_SALE_STATUSES].sort());
  });
});
