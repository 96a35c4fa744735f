import { reliefMonths } from './relief-months';

describe("a county's relief month by month", () => {
  it('shows every month of the period, the months without relief at zero', () => {
    const months = reliefMonths({
      from: '2026-01-01',
      to: '2026-12-06',
      byMonth: [
        { month: '2026-03', amountCents: 880_000 },
        { month: '2026-12', amountCents: 4_180_000 },
      ],
    });
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: '2026-01', amountCents: 0 });
    expect(months[2]).toEqual({ month: '2026-03', amountCents: 880_000 });
    expect(months[11]).toEqual({ month: '2026-12', amountCents: 4_180_000 });
  });

  it('crosses the turn of a year', () => {
    expect(
      reliefMonths({ from: '2025-11-15', to: '2026-02-01', byMonth: [] }).map(({ month }) => month),
    ).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
