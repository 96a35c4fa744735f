import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useProducerNames } from '../catalog-names';
import { Loading } from '../components/Loading';
import { compactYuan, monthName, yuan } from '../format';
import { useLoad } from '../hooks';
import { BUYER_KIND } from '../labels';
import { useApi } from '../session';
import { reliefMonths } from './relief-months';

/** The county's relief report (orders service): by month, producer, pairing and buyer kind. */
export function CountyRelief({
  countyCode,
  period,
}: {
  countyCode: string;
  period: { from: string; to: string };
}) {
  const { t } = useTranslation();
  const api = useApi();
  const report = useLoad(() => api.countyRelief(countyCode, period), [countyCode, period.from, period.to]);
  const producerName = useProducerNames(
    report.state === 'ready' ? report.data.byProducer.map((row) => row.producerId) : [],
  );
  return (
    <Loading loaded={report}>
      {(current) => {
        const months = reliefMonths(current);
        return (
          <>
            <p className="totals">
              <strong className="figure">{yuan(current.totalCents)}</strong>{' '}
              {t('of accepted relief purchases reached the county this year')}
            </p>
            <p className="muted relief-exceptions">
              {t(
                '{{breach}} accepted despite a cold-chain breach (not counted); {{reversed}} reversed by refunds',
                {
                  breach: yuan(current.acceptedDespiteBreachCents),
                  reversed: yuan(current.reversedCents),
                },
              )}
            </p>
            <figure className="chart county-relief">
              <BarChart
                responsive
                data={months}
                style={{ width: '100%', height: 240 }}
                margin={{ right: 16 }}
              >
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="month" tickFormatter={monthName} />
                <YAxis tickFormatter={compactYuan} width={80} />
                <Tooltip
                  formatter={(value) => yuan(Number(value))}
                  labelFormatter={(month) => (typeof month === 'string' ? monthName(month) : '')}
                />
                <Bar
                  dataKey="amountCents"
                  name={t('Relief spending')}
                  fill="#7a9a3a"
                  isAnimationActive={false}
                />
              </BarChart>
              <figcaption>{t('Relief spending in the county, month by month')}</figcaption>
            </figure>
            <div className="columns">
              <table className="county-months">
                <caption>{t('By month')}</caption>
                <thead>
                  <tr>
                    <th>{t('Month')}</th>
                    <th className="amount">{t('Relief spending')}</th>
                  </tr>
                </thead>
                <tbody>
                  {months.map((month) => (
                    <tr key={month.month}>
                      <td>{monthName(month.month)}</td>
                      <td className="amount">{yuan(month.amountCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div>
                <table className="county-producers">
                  <caption>{t('By producer')}</caption>
                  <thead>
                    <tr>
                      <th>{t('Producer')}</th>
                      <th className="amount">{t('Relief spending')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {current.byProducer.map((row) => (
                      <tr key={row.producerId}>
                        <td>{producerName(row.producerId)}</td>
                        <td className="amount">{yuan(row.amountCents)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <table className="county-pairings">
                  <caption>{t('Through pairings')}</caption>
                  <thead>
                    <tr>
                      <th>{t('Assisting region')}</th>
                      <th className="amount">{t('Relief spending')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {current.byPairing.map((row) => (
                      <tr key={row.pairingId}>
                        <td>
                          {row.assistingRegionName} ({row.assistingRegionCode})
                        </td>
                        <td className="amount">{yuan(row.totalCents)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <table className="county-buyer-kinds">
                  <caption>{t('By kind of buyer')}</caption>
                  <thead>
                    <tr>
                      <th>{t('Buyers')}</th>
                      <th className="amount">{t('Relief spending')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {current.byBuyerKind.map((row) => (
                      <tr key={row.buyerKind}>
                        <td>{t(BUYER_KIND[row.buyerKind as keyof typeof BUYER_KIND] ?? 'Unknown')}</td>
                        <td className="amount">{yuan(row.amountCents)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </>
        );
      }}
    </Loading>
  );
}
