import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { BuyerReliefProgress } from '../api/types';
import { compactYuan, monthName, yuan } from '../format';

/** Spending on relief products month by month, against the monthly pace the pledge asks for. */
export function PledgeByMonth({ progress }: { progress: BuyerReliefProgress }) {
  const { t } = useTranslation();
  const monthlyPace = progress.pledgedCents === null ? null : Math.round(progress.pledgedCents / 12);
  return (
    <figure className="chart pledge-by-month">
      <BarChart
        responsive
        data={progress.byMonth}
        style={{ width: '100%', height: 220 }}
        margin={{ right: 16 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={monthName} />
        <YAxis tickFormatter={compactYuan} width={72} />
        <Tooltip formatter={(value) => yuan(Number(value))} />
        <Bar dataKey="amountCents" name={t('Spent')} fill="#7a9a3a" isAnimationActive={false} />
        {monthlyPace !== null && (
          <ReferenceLine
            y={monthlyPace}
            stroke="#1d4e89"
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
            label={{
              value: t('monthly pace of the pledge'),
              position: 'insideTopRight',
              fill: '#1d4e89',
              fontSize: 12,
            }}
          />
        )}
      </BarChart>
      <figcaption>{t('Spent on poverty-area products, month by month')}</figcaption>
    </figure>
  );
}
