const YUAN = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'CNY',
  currencyDisplay: 'narrowSymbol',
});
const COMPACT_YUAN = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'CNY',
  currencyDisplay: 'narrowSymbol',
  notation: 'compact',
  maximumFractionDigits: 1,
});
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const MOMENT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

/** Cents (fen) as yuan: ¥1,234.50. */
export const yuan = (cents: number): string => YUAN.format(cents / 100);
/** Cents as a short amount for chart axes: ¥1.2M. */
export const compactYuan = (cents: number): string => COMPACT_YUAN.format(cents / 100);
/** `YYYY-MM-DD` or an instant, as a day: 27 Nov 2026. */
export const day = (date: string): string => DAY.format(new Date(date));
/** An instant, in the browser's time zone: 27 Nov, 14:05. */
export const moment = (instant: string | number): string => MOMENT.format(new Date(instant));
export const timeOfDay = (instant: number): string => TIME.format(new Date(instant));
/** `YYYY-MM` as its short month name: Nov. */
export const monthName = (month: string): string => MONTH.format(new Date(`${month}-01T00:00:00Z`));
export const percent = (value: number): string =>
  `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
export const celsius = (value: number): string => `${value.toFixed(1)} °C`;
/** Today (UTC) plus some days, as `YYYY-MM-DD`. */
export const isoDay = (offsetDays = 0): string =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
/** Whole days from now until an instant (negative when past). */
export const daysUntil = (instant: string): number =>
  Math.round((new Date(instant).getTime() - Date.now()) / 86_400_000);
