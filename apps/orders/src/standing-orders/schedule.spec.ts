import { firstOccurrenceFrom, occurrenceAfter, type Cadence } from './schedule';

describe('standing order schedule', () => {
  const mondays: Cadence = { every: 'week', dayOfWeek: 1 };
  const sundays: Cadence = { every: 'week', dayOfWeek: 7 };

  it('starts on the first matching weekday on or after the start', () => {
    // 2026-12-07 is a Monday.
    expect(firstOccurrenceFrom(mondays, '2026-12-07')).toBe('2026-12-07');
    expect(firstOccurrenceFrom(mondays, '2026-12-08')).toBe('2026-12-14');
    expect(firstOccurrenceFrom(sundays, '2026-12-07')).toBe('2026-12-13');
  });

  it('recurs every seven days across a month and a year end', () => {
    expect(occurrenceAfter(mondays, '2026-12-28')).toBe('2027-01-04');
  });

  it('falls on the last day of a month that lacks the day of the month', () => {
    const on31st: Cadence = { every: 'month', dayOfMonth: 31 };
    expect(firstOccurrenceFrom(on31st, '2027-04-02')).toBe('2027-04-30');
    expect(occurrenceAfter(on31st, '2027-01-31')).toBe('2027-02-28');
    expect(occurrenceAfter(on31st, '2028-01-31')).toBe('2028-02-29');
    expect(occurrenceAfter(on31st, '2027-02-28')).toBe('2027-03-31');
  });

  it('moves to next month when this month’s day has passed', () => {
    const on15th: Cadence = { every: 'month', dayOfMonth: 15 };
    expect(firstOccurrenceFrom(on15th, '2026-12-15')).toBe('2026-12-15');
    expect(firstOccurrenceFrom(on15th, '2026-12-16')).toBe('2027-01-15');
  });
});
