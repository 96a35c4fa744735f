import { useTranslation } from 'react-i18next';
import { useProducerNames } from '../catalog-names';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { VerdictBadge } from '../components/VerdictBadge';
import { count, day, moment } from '../format';
import { useCursorPages } from '../hooks';
import { SHIPMENT_STATUS } from '../labels';
import { useApi } from '../session';

/**
 * Shipments leaving the county's producers with their cold-chain verdicts (the logistics service shows
 * a county official these, without the buyers' addresses).
 */
export function CountyShipments() {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.shipments({}, page), [], 10);
  const producerName = useProducerNames(
    pages.loaded.state === 'ready' ? pages.loaded.data.items.map((shipment) => shipment.producerId) : [],
  );
  return (
    <Panel title={t("Shipments' cold-chain verdicts")} className="county-shipments">
      <Paged pages={pages} empty={t('No shipments yet.')}>
        {(shipments) => (
          <table className="verdicts">
            <thead>
              <tr>
                <th>{t('Created')}</th>
                <th>{t('Producer')}</th>
                <th className="amount">{t('Quantity')}</th>
                <th>{t('Status')}</th>
                <th>{t('Delivered')}</th>
                <th>{t('Cold chain')}</th>
              </tr>
            </thead>
            <tbody>
              {shipments.map((shipment) => (
                <tr key={shipment.id}>
                  <td>{day(shipment.createdAt)}</td>
                  <td>{producerName(shipment.producerId)}</td>
                  <td className="amount">
                    {count(shipment.lines.reduce((sum, line) => sum + line.quantity, 0))}
                  </td>
                  <td>{t(SHIPMENT_STATUS[shipment.status])}</td>
                  <td>{shipment.deliveredAt ? moment(shipment.deliveredAt) : '—'}</td>
                  <td>
                    {shipment.coldChainVerdict ? (
                      <VerdictBadge value={shipment.coldChainVerdict} />
                    ) : (
                      <span className="muted">{t('not yet judged')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </Panel>
  );
}
