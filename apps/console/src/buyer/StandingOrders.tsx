import { useTranslation } from 'react-i18next';
import type { StandingOrderView } from '../api/types';
import { useProductNames } from '../catalog-names';
import { Badge } from '../components/Badge';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { day } from '../format';
import { useAction, useCursorPages } from '../hooks';
import { STANDING_ORDER_STATUS, WEEKDAY } from '../labels';
import { useApi } from '../session';

/**
 * The buyer's standing orders: what they order and when next, pausing, resuming and cancelling. Why
 * one is paused is the service's text: the console has words for the reasons it gives by hand, and
 * shows a rejected occurrence's reason as it is.
 */
export function StandingOrders({ version }: { version: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.standingOrders(page), [version], 8);
  const move = useAction(async (id: string, action: 'pause' | 'resume' | 'cancel') => {
    await api.moveStandingOrder(id, action);
    pages.reload();
  });
  return (
    <Panel
      title={t('Standing orders')}
      actions={
        <button type="button" onClick={pages.reload}>
          {t('Refresh')}
        </button>
      }
    >
      <ProblemAlert problem={move.problem} onDismiss={move.clear} />
      <Paged
        pages={pages}
        empty={t('No standing orders. Choose “every week” or “every month” on a new order.')}
      >
        {(standingOrders) => (
          <StandingOrderTable
            standingOrders={standingOrders}
            busy={move.running}
            onMove={(id, action) => void move.run(id, action)}
          />
        )}
      </Paged>
    </Panel>
  );
}

function StandingOrderTable({
  standingOrders,
  busy,
  onMove,
}: {
  standingOrders: StandingOrderView[];
  busy: boolean;
  onMove: (id: string, action: 'pause' | 'resume' | 'cancel') => void;
}) {
  const { t } = useTranslation();
  const productName = useProductNames(
    standingOrders.flatMap((order) => order.lines.map((line) => line.productId)),
  );
  const cadence = (order: StandingOrderView) =>
    order.every === 'week'
      ? t('Every {{weekday}}', { weekday: t(WEEKDAY[String(order.dayOfWeek) as keyof typeof WEEKDAY]) })
      : t('Every month on day {{day}}', { day: order.dayOfMonth });
  return (
    <table className="standing-orders">
      <thead>
        <tr>
          <th>{t('Products')}</th>
          <th>{t('When')}</th>
          <th>{t('Next delivery')}</th>
          <th>{t('State')}</th>
          <th>{t('Actions')}</th>
        </tr>
      </thead>
      <tbody>
        {standingOrders.map((order) => {
          const what = order.lines
            .map((line) => `${productName(line.productId)} × ${line.quantity}`)
            .join(', ');
          return (
            <tr key={order.id} data-standing-order-id={order.id}>
              <td>{what}</td>
              <td>{cadence(order)}</td>
              <td>{order.nextOccurrenceOn ? day(order.nextOccurrenceOn) : '—'}</td>
              <td>
                <Badge tone={STANDING_ORDER_STATUS[order.status].tone}>
                  {t(STANDING_ORDER_STATUS[order.status].label)}
                </Badge>
                {order.pausedReason && <small className="muted"> {t(order.pausedReason)}</small>}
              </td>
              <td className="actions">
                {order.status === 'active' && (
                  <button type="button" disabled={busy} onClick={() => onMove(order.id, 'pause')}>
                    {t('Pause')}
                  </button>
                )}
                {order.status === 'paused' && (
                  <button type="button" disabled={busy} onClick={() => onMove(order.id, 'resume')}>
                    {t('Resume')}
                  </button>
                )}
                {(order.status === 'active' || order.status === 'paused') && (
                  <button
                    type="button"
                    className="link"
                    disabled={busy}
                    onClick={() => onMove(order.id, 'cancel')}
                  >
                    {t('Cancel for good')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
