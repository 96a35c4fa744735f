import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { count, moment, yuan } from '../format';
import { useCursorPages } from '../hooks';
import { useApi } from '../session';
import { LotRecall } from './LotRecall';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** An administrator finds any lot by its id, recalls it, and follows the orders the recall marked. */
export function RecallByLot() {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [lotId, setLotId] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setLotId(typed.trim().toLowerCase());
  };
  return (
    <div className="columns">
      <Panel title={t('Lot recalls')}>
        <form onSubmit={submit} aria-label={t('Find a lot')} className="filters">
          <Field label={t('Lot id')}>
            <input value={typed} required pattern={UUID} onChange={(event) => setTyped(event.target.value)} />
          </Field>
          <button type="submit">{t('Find the lot')}</button>
        </form>
        {lotId && <MarkedOrders key={lotId} lotId={lotId} />}
      </Panel>
      {lotId && <LotRecall key={lotId} lotId={lotId} />}
    </div>
  );
}

/** Orders' side of a recall: each order the lot reached, what was refused or refunded. */
function MarkedOrders({ lotId }: { lotId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.recalls({ lotId }, page), [lotId], 10);
  return (
    <>
      <h3>
        {t('Orders marked by the recall')}{' '}
        <button type="button" className="link" onClick={pages.reload}>
          {t('Refresh')}
        </button>
      </h3>
      <Paged pages={pages} empty={t('No order marked yet.')}>
        {(recalls) => (
          <table className="recalls">
            <thead>
              <tr>
                <th>{t('Order')}</th>
                <th>{t('Marked')}</th>
                <th className="amount">{t('Refused or refunded')}</th>
                <th className="amount">{t('Refund')}</th>
              </tr>
            </thead>
            <tbody>
              {recalls.map((recall) => (
                <tr key={recall.orderId}>
                  <td>
                    <code>#{recall.orderId.slice(0, 8)}</code>
                  </td>
                  <td>{moment(recall.markedAt)}</td>
                  <td className="amount">
                    {t('{{refused}} of {{quantity}}', {
                      refused: count(recall.refusedQuantity),
                      quantity: count(recall.quantity),
                    })}
                  </td>
                  <td className="amount">{yuan(recall.refundCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </>
  );
}
