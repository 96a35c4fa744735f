import { monthlySeries, monthsBetween } from './monthly-series';

describe('relief spending month by month', () => {
  it('lists every month of the period, across a new year', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('has a single month when the period starts and ends in it', () => {
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });

  it('shows the months without spending as 0 and keeps the recorded amounts', () => {
    expect(
      monthlySeries('2026-01-01', '2026-04-30', [
        { month: '2026-02', amountCents: 880_000 },
        { month: '2026-04', amountCents: 120_000 },
      ]),
    ).toEqual([
      { month: '2026-01', amountCents: 0 },
      { month: '2026-02', amountCents: 880_000 },
      { month: '2026-03', amountCents: 0 },
      { month: '2026-04', amountCents: 120_000 },
    ]);
  });
});
