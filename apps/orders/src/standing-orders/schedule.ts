/** How often a standing order recurs: a day of the ISO week (1 = Monday … 7 = Sunday) or of the month. */
export type Cadence = { every: 'week'; dayOfWeek: number } | { every: 'month'; dayOfMonth: number };

const DAY_MS = 86_400_000;

const parse = (day: string): Date => new Date(`${day}T00:00:00.000Z`);
const format = (date: Date): string => date.toISOString().slice(0, 10);

export const addDays = (day: string, days: number): string =>
  format(new Date(parse(day).getTime() + days * DAY_MS));

const daysInMonth = (year: number, monthIndex: number): number =>
  new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

/**
 * The first day on or after `from` on which the standing order recurs. A day of the month the month
 * does not have (the 31st in April) falls on its last day, so no month is skipped.
 */
export function firstOccurrenceFrom(cadence: Cadence, from: string): string {
  const date = parse(from);
  if (cadence.every === 'week') {
    const isoDay = ((date.getUTCDay() + 6) % 7) + 1;
    return addDays(from, (cadence.dayOfWeek - isoDay + 7) % 7);
  }
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const thisMonth = Math.min(cadence.dayOfMonth, daysInMonth(year, month));
  if (thisMonth >= date.getUTCDate()) return format(new Date(Date.UTC(year, month, thisMonth)));
  const nextMonth = Math.min(cadence.dayOfMonth, daysInMonth(year, month + 1));
  return format(new Date(Date.UTC(year, month + 1, nextMonth)));
}

/** The occurrence after `occurrence`. */
export const occurrenceAfter = (cadence: Cadence, occurrence: string): string =>
  firstOccurrenceFrom(cadence, addDays(occurrence, 1));
