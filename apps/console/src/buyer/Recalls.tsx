import { useTranslation } from 'react-i18next';
import type { RecallView } from '../api/types';
import { useProductNames } from '../catalog-names';
import { Badge } from '../components/Badge';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { count, moment, yuan } from '../format';
import { useCursorPages } from '../hooks';
import { ORDER_STATUS, RECALL_CLASS } from '../labels';
import { useApi } from '../session';

/** Recalled lots that reached the buyer's orders: what was refused or refunded, and why. */
export function Recalls({ version, onSelect }: { version: number; onSelect: (orderId: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.recalls({}, page), [version], 8);
  return (
    <Panel
      title={t('Recalls affecting my orders')}
      actions={
        <button type="button" onClick={pages.reload}>
          {t('Refresh')}
        </button>
      }
    >
      <Paged pages={pages} empty={t('No recall has reached your orders.')}>
        {(recalls) => <RecallTable recalls={recalls} onSelect={onSelect} />}
      </Paged>
    </Panel>
  );
}

function RecallTable({ recalls, onSelect }: { recalls: RecallView[]; onSelect: (orderId: string) => void }) {
  const { t } = useTranslation();
  const productName = useProductNames(recalls.map((recall) => recall.productId));
  return (
    <table className="recalls">
      <thead>
        <tr>
          <th>{t('Recalled')}</th>
          <th>{t('Product, class and reason')}</th>
          <th className="amount">{t('Refused or refunded')}</th>
          <th className="amount">{t('Refund')}</th>
          <th>{t('Order')}</th>
        </tr>
      </thead>
      <tbody>
        {recalls.map((recall) => (
          <tr key={`${recall.orderId}-${recall.lotId}`} data-order-id={recall.orderId}>
            <td>{moment(recall.recalledAt)}</td>
            <td>
              {productName(recall.productId)}
              <br />
              <Badge tone={RECALL_CLASS[recall.class].tone}>{t(RECALL_CLASS[recall.class].label)}</Badge>
              <br />
              <small>{recall.reason}</small>
            </td>
            <td className="amount">
              {t('{{refused}} of {{quantity}}', {
                refused: count(recall.refusedQuantity),
                quantity: count(recall.quantity),
              })}
            </td>
            <td className="amount">{yuan(recall.refundCents)}</td>
            <td>
              <button
                type="button"
                className="link"
                onClick={() => onSelect(recall.orderId)}
                aria-label={t('#{{id}}: the order ({{state}} when found)', {
                  id: recall.orderId.slice(0, 8),
                  state: t(ORDER_STATUS[recall.orderStatusWhenFound].label),
                })}
              >
                #{recall.orderId.slice(0, 8)}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
