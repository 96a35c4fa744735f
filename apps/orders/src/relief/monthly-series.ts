/** A month of relief spending: `YYYY-MM` (UTC) and the amount recorded in it. */
export interface MonthAmount {
  month: string;
  amountCents: number;
}

/** The months from the one of `from` to the one of `to` (both `YYYY-MM-DD`), as `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) return months;
    months.push(current);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

/**
 * Every month of the period with its amount, months without spending included as 0, so that a chart
 * over time has no gaps and a reader sees the quiet months too.
 */
export function monthlySeries(from: string, to: string, recorded: readonly MonthAmount[]): MonthAmount[] {
  const amounts = new Map(recorded.map((row) => [row.month, row.amountCents]));
  return monthsBetween(from, to).map((month) => ({ month, amountCents: amounts.get(month) ?? 0 }));
}
