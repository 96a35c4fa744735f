import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import type { OrderView } from '../api/types';
import { useProducerNames, useProductNames } from '../catalog-names';
import { Badge } from '../components/Badge';
import { Loading } from '../components/Loading';
import { Panel } from '../components/Panel';
import { VerdictBadge } from '../components/VerdictBadge';
import { count, day, moment, yuan } from '../format';
import { useLoad } from '../hooks';
import { ORDER_STATUS, RECALL_CLASS, REJECTION_REASON, shipmentStatus } from '../labels';
import { useApi } from '../session';
import { AcceptDelivery } from './AcceptDelivery';
import { OrderStatusBadge } from './OrderStatusBadge';

/** While the catalogue decides, the order changes within a second or two: look again until it has. */
const PLACED_POLL_MS = 1_000;

/** One order: its lines and prices, its shipments and their cold chain, and what the buyer can do. */
export function OrderDetails({ orderId, onChanged }: { orderId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const order = useLoad(() => api.order(orderId), [orderId]);
  const placed = order.state === 'ready' && order.data.status === 'PLACED';
  const { reload } = order;
  useEffect(() => {
    if (!placed) return undefined;
    const timer = setInterval(reload, PLACED_POLL_MS);
    return () => clearInterval(timer);
  }, [placed, reload]);
  return (
    <Panel
      title={t('Order')}
      className="order-details"
      actions={
        <button type="button" onClick={reload}>
          {t('Refresh')}
        </button>
      }
    >
      <Loading loaded={order}>
        {(current) => (
          <OrderSummary
            order={current}
            onAccepted={() => {
              reload();
              onChanged();
            }}
          />
        )}
      </Loading>
    </Panel>
  );
}

function OrderSummary({ order, onAccepted }: { order: OrderView; onAccepted: () => void }) {
  const { t } = useTranslation();
  const productName = useProductNames(order.lines.map((line) => line.productId));
  const producerName = useProducerNames(order.shipments.map((shipment) => shipment.producerId));
  return (
    <div className="order" data-order-id={order.id}>
      <p className="state">
        <OrderStatusBadge status={order.status} /> {t(ORDER_STATUS[order.status].meaning)}
      </p>
      {order.recall && (
        <p className="recall-notice" role="status">
          <Badge tone={RECALL_CLASS[order.recall.class].tone}>{t('Recalled')}</Badge>{' '}
          {t('A lot of this order was recalled on {{at}} ({{class}}): {{reason}}', {
            at: moment(order.recall.at),
            class: t(RECALL_CLASS[order.recall.class].label),
            reason: order.recall.reason,
          })}
        </p>
      )}
      <p className="muted">
        {t('To {{address}}, on {{day}}', {
          address: order.deliveryAddress,
          day: day(order.requestedDeliveryDate),
        })}
      </p>
      <table>
        <thead>
          <tr>
            <th>{t('Product')}</th>
            <th className="amount">{t('Quantity')}</th>
            <th className="amount">{t('Unit price')}</th>
            <th className="amount">{t('Line total')}</th>
            <th>{t('Relief')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.productId}>
              <td>
                {productName(line.productId)}
                {line.emergencySaleId && (
                  <>
                    {' '}
                    <Badge tone="info">{t('emergency sale')}</Badge>
                  </>
                )}
              </td>
              <td className="amount">
                {line.recalledQuantity > 0 &&
                  `${t('{{quantity}} recalled', { quantity: count(line.recalledQuantity) })} · `}
                {line.acceptedQuantity !== null && line.acceptedQuantity !== line.quantity
                  ? t('{{accepted}} of {{quantity}} accepted', {
                      accepted: line.acceptedQuantity,
                      quantity: line.quantity,
                    })
                  : line.quantity}
              </td>
              <td className="amount">{yuan(line.unitPriceCents)}</td>
              <td className="amount">{yuan(line.lineTotalCents)}</td>
              <td>{line.reliefEligible ? <Badge tone="good">{t('counts as relief')}</Badge> : '—'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={3}>
              {order.refundCents > 0
                ? t('Total, of which refunded {{refund}}', { refund: yuan(order.refundCents) })
                : t('Total')}
            </th>
            <td className="amount">{yuan(order.totalCents)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      {order.rejectionReasons && (
        <ul className="reasons">
          {order.rejectionReasons.map((reason) => (
            <li key={reason.productId}>
              {productName(reason.productId)}: {t(REJECTION_REASON[reason.reason])} (
              {t('asked {{quantity}}', { quantity: reason.requested })}
              {reason.available !== undefined &&
                `, ${t('{{quantity}} available', { quantity: reason.available })}`}
              {reason.minimum !== undefined && `, ${t('minimum {{quantity}}', { quantity: reason.minimum })}`}
              )
            </li>
          ))}
        </ul>
      )}
      {order.cancelReason && (
        <p className="muted">{t('Cancelled: {{reason}}', { reason: order.cancelReason })}</p>
      )}
      {order.shipments.length > 0 && (
        <ul className="shipments">
          {order.shipments.map((shipment) => (
            <li key={shipment.shipmentId}>
              {t('From {{producer}}', { producer: producerName(shipment.producerId) })}:{' '}
              {t(shipmentStatus(shipment.status))}
              {shipment.coldChainVerdict && (
                <>
                  {' '}
                  <VerdictBadge value={shipment.coldChainVerdict} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {order.status === 'DELIVERED' && (
        <AcceptDelivery order={order} productName={productName} onAccepted={onAccepted} />
      )}
    </div>
  );
}
