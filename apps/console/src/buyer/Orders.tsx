import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { OrderStatus, OrderView } from '../api/types';
import { useProductNames } from '../catalog-names';
import { Choice } from '../components/Choice';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { moment, yuan } from '../format';
import { useCursorPages } from '../hooks';
import { ORDER_STATUS, wordsOf } from '../labels';
import { useApi } from '../session';
import { OrderStatusBadge } from './OrderStatusBadge';

const STATUS_NAMES = wordsOf(ORDER_STATUS);

/** The buyer's orders, newest first, with where each stands in the saga. */
export function Orders({
  version,
  selected,
  onSelect,
}: {
  /** Changes when an order was placed or changed elsewhere on the page. */
  version: number;
  selected: string | null;
  onSelect: (orderId: string) => void;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const pages = useCursorPages(
    (page) => api.orders({ status: status || undefined }, page),
    [status, version],
    8,
  );
  return (
    <Panel
      title={t('Orders')}
      actions={
        <button type="button" onClick={pages.reload}>
          {t('Refresh')}
        </button>
      }
    >
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <Choice label={t('State')} value={status} options={STATUS_NAMES} onChange={setStatus} />
      </form>
      <Paged pages={pages} empty={t('No orders yet.')}>
        {(orders) => <OrderTable orders={orders} selected={selected} onSelect={onSelect} />}
      </Paged>
    </Panel>
  );
}

function OrderTable({
  orders,
  selected,
  onSelect,
}: {
  orders: OrderView[];
  selected: string | null;
  onSelect: (orderId: string) => void;
}) {
  const { t } = useTranslation();
  const productName = useProductNames(orders.flatMap((order) => order.lines.map((line) => line.productId)));
  return (
    <table className="selectable orders">
      <thead>
        <tr>
          <th>{t('Placed')}</th>
          <th>{t('Products')}</th>
          <th className="amount">{t('Total')}</th>
          <th>{t('State')}</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr
            key={order.id}
            className={order.id === selected ? 'selected' : undefined}
            onClick={() => onSelect(order.id)}
          >
            <td>{moment(order.placedAt)}</td>
            <td>
              <button type="button" className="link" onClick={() => onSelect(order.id)}>
                {order.lines.map((line) => productName(line.productId)).join(', ')}
              </button>
            </td>
            <td className="amount">{yuan(order.totalCents)}</td>
            <td>
              <OrderStatusBadge status={order.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
