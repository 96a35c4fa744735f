import { useEffect } from 'react';
import type { OrderView } from '../api/types';
import { useProducerNames, useProductNames } from '../catalog-names';
import { Badge } from '../components/Badge';
import { Loading } from '../components/Loading';
import { Panel } from '../components/Panel';
import { VerdictBadge } from '../components/VerdictBadge';
import { day, yuan } from '../format';
import { useLoad } from '../hooks';
import { ORDER_STATUS, REJECTION_REASON, shipmentStatus } from '../labels';
import { useApi } from '../session';
import { AcceptDelivery } from './AcceptDelivery';
import { OrderStatusBadge } from './OrderStatusBadge';

/** While the catalogue decides, the order changes within a second or two: look again until it has. */
const PLACED_POLL_MS = 1_000;

/** One order: its lines and prices, its shipments and their cold chain, and what the buyer can do. */
export function OrderDetails({ orderId, onChanged }: { orderId: string; onChanged: () => void }) {
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
      title="Order"
      className="order-details"
      actions={
        <button type="button" onClick={reload}>
          Refresh
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
  const productName = useProductNames(order.lines.map((line) => line.productId));
  const producerName = useProducerNames(order.shipments.map((shipment) => shipment.producerId));
  return (
    <div className="order" data-order-id={order.id}>
      <p className="state">
        <OrderStatusBadge status={order.status} /> {ORDER_STATUS[order.status].meaning}
      </p>
      <p className="muted">
        To {order.deliveryAddress}, on {day(order.requestedDeliveryDate)}
      </p>
      <table>
        <thead>
          <tr>
            <th>Product</th>
            <th className="amount">Quantity</th>
            <th className="amount">Unit price</th>
            <th className="amount">Line total</th>
            <th>Relief</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.productId}>
              <td>{productName(line.productId)}</td>
              <td className="amount">
                {line.acceptedQuantity !== null && line.acceptedQuantity !== line.quantity
                  ? `${line.acceptedQuantity} of ${line.quantity} accepted`
                  : line.quantity}
              </td>
              <td className="amount">{yuan(line.unitPriceCents)}</td>
              <td className="amount">{yuan(line.lineTotalCents)}</td>
              <td>{line.reliefEligible ? <Badge tone="good">counts as relief</Badge> : '—'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={3}>
              Total{order.refundCents > 0 && `, of which refunded ${yuan(order.refundCents)}`}
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
              {productName(reason.productId)}: {REJECTION_REASON[reason.reason]} (asked {reason.requested}
              {reason.available !== undefined && `, ${reason.available} available`}
              {reason.minimum !== undefined && `, minimum ${reason.minimum}`})
            </li>
          ))}
        </ul>
      )}
      {order.cancelReason && <p className="muted">Cancelled: {order.cancelReason}</p>}
      {order.shipments.length > 0 && (
        <ul className="shipments">
          {order.shipments.map((shipment) => (
            <li key={shipment.shipmentId}>
              From {producerName(shipment.producerId)}: {shipmentStatus(shipment.status)}
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
