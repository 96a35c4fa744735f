import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ApiClient } from '../api/client';
import { Badge } from '../components/Badge';
import { Loading } from '../components/Loading';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { compactYuan, count, isoDay, monthName, yuan } from '../format';
import { useCursorPages, useLoad } from '../hooks';
import { CATEGORY, povertyStatus } from '../labels';
import { useApi } from '../session';

interface CountyMonth {
  month: string;
  amountCents: number;
  producers: number;
}

/** This year's accepted relief spending that reached one county, month by month (the public summary per month). */
async function countyReliefByMonth(api: ApiClient, countyCode: string): Promise<CountyMonth[]> {
  const today = isoDay();
  const year = Number(today.slice(0, 4));
  const months = Array.from({ length: Number(today.slice(5, 7)) }, (_, index) => index + 1);
  return Promise.all(
    months.map(async (month) => {
      const first = `${year}-${String(month).padStart(2, '0')}-01`;
      const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
      const summary = await api.reliefSummary({ from: first, to: last < today ? last : today });
      const row = summary.byCounty.find((county) => county.countyCode === countyCode);
      return { month: first.slice(0, 7), amountCents: row?.amountCents ?? 0, producers: row?.producers ?? 0 };
    }),
  );
}

/** A county official: its county, the relief that reached it month by month, and its products. */
export function CountyPage({ countyCode }: { countyCode: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const county = useLoad(() => api.county(countyCode), [countyCode]);
  const relief = useLoad(() => countyReliefByMonth(api, countyCode), [countyCode]);
  return (
    <div className="page county">
      <Panel title={t('My county')}>
        <Loading loaded={county}>
          {(current) => (
            <p className="county-name">
              <strong>{current.name}</strong> · {current.prefecture}, {current.province} ({current.code}){' '}
              <Badge tone={current.povertyStatus === 'lifted' ? 'good' : 'warning'}>
                {t(povertyStatus(current.povertyStatus).label)}
              </Badge>
            </p>
          )}
        </Loading>
        <Loading loaded={relief}>{(months) => <ReliefByMonth months={months} />}</Loading>
      </Panel>
      <CountyProducts countyCode={countyCode} />
    </div>
  );
}

function ReliefByMonth({ months }: { months: CountyMonth[] }) {
  const { t } = useTranslation();
  const total = months.reduce((sum, month) => sum + month.amountCents, 0);
  return (
    <>
      <p className="totals">
        <strong className="figure">{yuan(total)}</strong>{' '}
        {t('of accepted relief purchases reached the county this year')}
      </p>
      <figure className="chart county-relief">
        <BarChart responsive data={months} style={{ width: '100%', height: 240 }} margin={{ right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tickFormatter={monthName} />
          <YAxis tickFormatter={compactYuan} width={80} />
          <Tooltip
            formatter={(value) => yuan(Number(value))}
            labelFormatter={(month) => (typeof month === 'string' ? monthName(month) : '')}
          />
          <Bar dataKey="amountCents" name={t('Relief spending')} fill="#7a9a3a" isAnimationActive={false} />
        </BarChart>
        <figcaption>{t('Relief spending in the county, month by month')}</figcaption>
      </figure>
      <table className="county-months">
        <thead>
          <tr>
            <th>{t('Month')}</th>
            <th className="amount">{t('Relief spending')}</th>
            <th className="amount">{t('Producers')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.month}>
              <td>{monthName(month.month)}</td>
              <td className="amount">{yuan(month.amountCents)}</td>
              <td className="amount">{count(month.producers)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function CountyProducts({ countyCode }: { countyCode: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.products({ countyCode }, page), [countyCode], 10);
  return (
    <Panel title={t("The county's products")}>
      <Paged pages={pages} empty={t('No products yet.')}>
        {(products) => (
          <table className="county-products">
            <thead>
              <tr>
                <th>{t('Product')}</th>
                <th>{t('Category')}</th>
                <th>{t('Relief')}</th>
              </tr>
            </thead>
            <tbody>
              {products.map((product) => (
                <tr key={product.id}>
                  <td>{product.name}</td>
                  <td>{t(CATEGORY[product.category])}</td>
                  <td>{product.reliefEligible ? <Badge tone="good">{t('counts as relief')}</Badge> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </Panel>
  );
}
