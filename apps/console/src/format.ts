import { currentLanguage, type Language } from './i18n';

/** Intl formatters per language, made once each. */
function perLanguage<F>(make: (locale: string) => F): () => F {
  const made = new Map<Language, F>();
  return () => {
    const language = currentLanguage();
    if (!made.has(language)) made.set(language, make(language === 'zh-CN' ? 'zh-CN' : 'en-GB'));
    return made.get(language)!;
  };
}

const money = perLanguage((locale) =>
  locale === 'zh-CN'
    ? new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    : new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }),
);
const compactMoney = perLanguage((locale) =>
  locale === 'zh-CN'
    ? new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })
    : new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
        notation: 'compact',
        maximumFractionDigits: 1,
      }),
);
const dayFormat = perLanguage(
  (locale) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
);
const momentFormat = perLanguage(
  (locale) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
);
const timeFormat = perLanguage(
  (locale) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }),
);
const monthFormat = perLanguage(
  (locale) => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
);
const numberFormat = perLanguage((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));

/** Cents (fen) as money: ¥1,234.50 in English, 1,234.50 元 in Chinese. */
export const yuan = (cents: number): string =>
  currentLanguage() === 'zh-CN' ? `${money().format(cents / 100)} 元` : money().format(cents / 100);
/** Cents as a short amount for chart axes: ¥1.2M, 120万元. */
export const compactYuan = (cents: number): string =>
  currentLanguage() === 'zh-CN'
    ? `${compactMoney().format(cents / 100)}元`
    : compactMoney().format(cents / 100);
/** `YYYY-MM-DD` or an instant, as a day: 27 Nov 2026, 2026年11月27日. */
export const day = (date: string): string => dayFormat().format(new Date(date));
/** An instant, in the browser's time zone: 27 Nov, 14:05. */
export const moment = (instant: string | number): string => momentFormat().format(new Date(instant));
export const timeOfDay = (instant: number): string => timeFormat().format(new Date(instant));
/** `YYYY-MM` as its short month name: Nov, 11月. */
export const monthName = (month: string): string => monthFormat().format(new Date(`${month}-01T00:00:00Z`));
export const count = (value: number): string => numberFormat().format(value);
export const percent = (value: number): string => `${numberFormat().format(value)}%`;
export const celsius = (value: number): string => `${value.toFixed(1)} °C`;
/** Today (UTC) plus some days, as `YYYY-MM-DD`. */
export const isoDay = (offsetDays = 0): string =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
/** Whole days from now until an instant (negative when past). */
export const daysUntil = (instant: string): number =>
  Math.round((new Date(instant).getTime() - Date.now()) / 86_400_000);
