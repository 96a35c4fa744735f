import type { CountyReliefReport } from '../api/types';

export interface ReliefMonth {
  month: string;
  amountCents: number;
}

/** Every month of the report's period, those without relief at 0, so the chart shows the gaps. */
export function reliefMonths({
  from,
  to,
  byMonth,
}: Pick<CountyReliefReport, 'from' | 'to' | 'byMonth'>): ReliefMonth[] {
  const amounts = new Map(byMonth.map((month) => [month.month, month.amountCents]));
  const months: ReliefMonth[] = [];
  for (let month = from.slice(0, 7); month <= to.slice(0, 7);) {
    months.push({ month, amountCents: amounts.get(month) ?? 0 });
    const [year, index] = month.split('-').map(Number);
    month = index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
  }
  return months;
}
