import { useTranslation } from 'react-i18next';
import { useProducerNames } from '../catalog-names';
import { Badge } from '../components/Badge';
import { Loading } from '../components/Loading';
import { Panel } from '../components/Panel';
import { yuan } from '../format';
import { useLoad } from '../hooks';
import { useApi } from '../session';

/** Whether the relief ledger adds up with the accepted orders (the orders service proves it per producer). */
export function Reconciliation({ period }: { period: { from: string; to: string } }) {
  const { t } = useTranslation();
  const api = useApi();
  const report = useLoad(() => api.reconciliation(period), [period.from, period.to]);
  const producerName = useProducerNames(
    report.state === 'ready' ? report.data.byProducer.map((row) => row.producerId) : [],
  );
  return (
    <Panel title={t('Reconciliation')} className="reconciliation">
      <Loading loaded={report}>
        {(current) => (
          <>
            <p className="reconciled">
              {current.differenceCents === 0 ? (
                <Badge tone="good">{t('The ledger adds up')}</Badge>
              ) : (
                <Badge tone="bad">
                  {t('The ledger is off by {{difference}}', { difference: yuan(current.differenceCents) })}
                </Badge>
              )}
            </p>
            <dl className="reconciliation-figures">
              <dt>{t('Relief ledger')}</dt>
              <dd>{yuan(current.ledgerCents)}</dd>
              <dt>{t('Accepted relief lines')}</dt>
              <dd>{yuan(current.acceptedCents)}</dd>
              <dt>{t('Refunded after acceptance')}</dt>
              <dd>{yuan(current.refundedCents)}</dd>
            </dl>
            <table className="reconciliation-producers">
              <thead>
                <tr>
                  <th>{t('Producer')}</th>
                  <th className="amount">{t('Relief ledger')}</th>
                  <th className="amount">{t('Orders')}</th>
                  <th className="amount">{t('Difference')}</th>
                </tr>
              </thead>
              <tbody>
                {current.byProducer.map((row) => (
                  <tr key={row.producerId}>
                    <td>{producerName(row.producerId)}</td>
                    <td className="amount">{yuan(row.ledgerCents)}</td>
                    <td className="amount">{yuan(row.ordersCents)}</td>
                    <td className="amount">{yuan(row.differenceCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Loading>
    </Panel>
  );
}
