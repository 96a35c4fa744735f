import { ReportPeriodReversed, ReportPeriodTooLong } from './relief.errors';

/** The longest period a relief report covers: ten years keeps every answer small (120 months at most). */
export const MAX_REPORT_YEARS = 10;

export interface ReliefPeriod {
  /** First day included, `YYYY-MM-DD` (UTC). */
  readonly from: string;
  /** Last day included. */
  readonly to: string;
}

/** The instant `years` after a calendar date (29 February lands on 1 March in a common year). */
const yearsAfter = (date: string, years: number): number => {
  const [year, month, day] = date.split('-').map(Number);
  const moved = new Date(0);
  moved.setUTCFullYear(year + years, month - 1, day);
  return moved.getTime();
};

const instantOf = (date: string): number => {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(0).setUTCFullYear(year, month - 1, day);
};

/**
 * The period a report covers: `to` defaults to today (UTC), `from` to 1 January of `to`'s year.
 * Refuses (422) a period that ends before it starts or spans more than ten years.
 */
export function reliefPeriod(query: { from?: string; to?: string }, now: Date): ReliefPeriod {
  const to = query.to ?? now.toISOString().slice(0, 10);
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw new ReportPeriodReversed(from, to);
  if (instantOf(to) >= yearsAfter(from, MAX_REPORT_YEARS)) {
    throw new ReportPeriodTooLong(from, to, MAX_REPORT_YEARS);
  }
  return { from, to };
}
