import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthTotal } from '../api/types';
import { compactYuan, monthName, yuan } from '../format';

/** Relief spending month by month, and the running total of the period. */
export function ReliefOverTime({ months }: { months: MonthTotal[] }) {
  const { t } = useTranslation();
  let runningTotal = 0;
  const rows = months.map(({ month, amountCents }) => ({
    month,
    amountCents,
    totalCents: (runningTotal += amountCents),
  }));
  return (
    <figure className="chart relief-over-time">
      <ComposedChart responsive data={rows} style={{ width: '100%', height: 280 }} margin={{ right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={monthName} />
        <YAxis tickFormatter={compactYuan} width={72} />
        <Tooltip
          formatter={(value) => yuan(Number(value))}
          labelFormatter={(month) =>
            typeof month === 'string' ? `${monthName(month)} ${month.slice(0, 4)}` : ''
          }
        />
        <Legend />
        <Bar dataKey="amountCents" name={t('In the month')} fill="#7a9a3a" isAnimationActive={false} />
        <Line
          dataKey="totalCents"
          name={t('Total so far')}
          stroke="#1d4e89"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </figure>
  );
}
