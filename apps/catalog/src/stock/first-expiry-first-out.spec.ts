import { utcDay } from '@hb/platform';
import { allocateFirstExpiryFirstOut } from './first-expiry-first-out';

const lot = (id: string, available: number, expiresOn: string, harvestedOn = '2026-11-01') => ({
  id,
  available,
  expiresOn,
  harvestedOn,
});

describe('first-expiry-first-out allocation', () => {
  it('takes from the lot that expires first, then the next', () => {
    const allocations = allocateFirstExpiryFirstOut(
      [lot('late', 100, '2027-03-01'), lot('soon', 30, '2026-12-10'), lot('middle', 50, '2027-01-15')],
      60,
    );
    expect(allocations).toEqual([
      { lotId: 'soon', quantity: 30, expiresOn: '2026-12-10' },
      { lotId: 'middle', quantity: 30, expiresOn: '2027-01-15' },
    ]);
  });

  it('breaks a tie in expiry by the older harvest', () => {
    const allocations = allocateFirstExpiryFirstOut(
      [lot('newer', 10, '2026-12-10', '2026-11-20'), lot('older', 10, '2026-12-10', '2026-11-02')],
      5,
    );
    expect(allocations).toEqual([{ lotId: 'older', quantity: 5, expiresOn: '2026-12-10' }]);
  });

  it('reserves nothing when the lots together are short, even by one unit', () => {
    expect(
      allocateFirstExpiryFirstOut([lot('a', 10, '2026-12-10'), lot('b', 9, '2026-12-11')], 20),
    ).toBeNull();
  });

  it('skips lots that have nothing left', () => {
    expect(
      allocateFirstExpiryFirstOut([lot('empty', 0, '2026-12-01'), lot('full', 5, '2026-12-20')], 5),
    ).toEqual([{ lotId: 'full', quantity: 5, expiresOn: '2026-12-20' }]);
  });

  it('counts days in UTC', () => {
    expect(utcDay(new Date('2026-11-27T23:30:00-08:00'))).toBe('2026-11-28');
  });
});
