import { elapsedShare, isBehindBeyond, lastEndedMonth, paceOf, pledgeYearOf } from './pledge-year';

describe('pledge pace', () => {
  it('spreads the pledge over the calendar year', () => {
    const year = pledgeYearOf(new Date('2026-07-02T12:00:00Z'));
    expect(year.start.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(year.end.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(elapsedShare(year, new Date('2026-01-01T00:00:00Z'))).toBe(0);
    expect(elapsedShare(year, new Date('2027-01-01T00:00:00Z'))).toBe(1);
    expect(elapsedShare(year, new Date('2026-07-02T12:00:00Z'))).toBeCloseTo(0.5, 5);
  });

  it('says how far behind a buyer is, and 0 when it is ahead', () => {
    expect(paceOf(1_200_000, 100_000, 0.5, 10)).toEqual({
      paceCents: 600_000,
      behindPaceCents: 500_000,
      onPace: false,
    });
    expect(paceOf(1_200_000, 700_000, 0.5, 10)).toEqual({
      paceCents: 600_000,
      behindPaceCents: 0,
      onPace: true,
    });
  });

  it('keeps a buyer on pace within the tolerance, and not beyond it', () => {
    expect(paceOf(1_000_000, 450_000, 0.5, 10).onPace).toBe(true); // 50,000 behind = 10 % of the pace
    expect(paceOf(1_000_000, 449_999, 0.5, 10).onPace).toBe(false);
    expect(isBehindBeyond(0, 0, 10)).toBe(false);
  });

  it('finds the month that ended last', () => {
    expect(lastEndedMonth(new Date('2026-12-01T00:05:00Z'))).toEqual({
      month: '2026-11',
      end: new Date('2026-12-01T00:00:00Z'),
    });
    expect(lastEndedMonth(new Date('2027-01-15T08:00:00Z')).month).toBe('2026-12');
  });
});
