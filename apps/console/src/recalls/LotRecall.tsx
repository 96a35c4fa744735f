import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecallClass } from '../api/types';
import { Badge } from '../components/Badge';
import { Choice } from '../components/Choice';
import { Field } from '../components/Field';
import { Loading } from '../components/Loading';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { count, day, moment } from '../format';
import { useAction, useLoad } from '../hooks';
import { RECALL_CLASS, TRACE_STATUS, wordsOf } from '../labels';
import { useApi } from '../session';

const CLASS_NAMES = wordsOf(RECALL_CLASS);

/**
 * A harvest lot's trace (every order it was reserved for) and its recall: the form while it is not
 * recalled, then how far the recall got — what is blocked, which orders were released and which still
 * hold the lot (orders and logistics take it from there).
 */
export function LotRecall({ lotId, unit }: { lotId: string; unit?: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const trace = useLoad(() => api.lotTrace(lotId), [lotId]);
  const [recallClass, setRecallClass] = useState<RecallClass | ''>('II');
  const [reason, setReason] = useState('');
  const recall = useAction(async () => {
    if (!recallClass) return;
    await api.recallLot(lotId, { class: recallClass, reason: reason.trim() });
    trace.reload();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void recall.run();
  };
  return (
    <Panel
      title={t('Trace and recall of a lot')}
      className="lot-recall"
      actions={
        <button type="button" onClick={trace.reload}>
          {t('Refresh')}
        </button>
      }
    >
      <Loading loaded={trace}>
        {({ lot, reservations }) => (
          <>
            <p className="lot-figures" data-lot-id={lot.id}>
              {t('Lot harvested {{harvested}}, expires {{expires}}: {{quantity}} {{unit}}', {
                harvested: day(lot.harvestedOn),
                expires: day(lot.expiresOn),
                quantity: count(lot.quantity),
                unit: unit ?? '',
              })}
              {' · '}
              {t('{{reserved}} reserved, {{committed}} taken, {{blocked}} blocked', {
                reserved: count(lot.reserved),
                committed: count(lot.committed),
                blocked: count(lot.blocked),
              })}
            </p>
            {lot.recall ? (
              <div className="recall-state" role="status">
                <Badge tone={RECALL_CLASS[lot.recall.class].tone}>{t('Recalled')}</Badge>{' '}
                {t('{{class}}, on {{at}}: {{reason}}', {
                  class: t(RECALL_CLASS[lot.recall.class].label),
                  at: moment(lot.recall.at),
                  reason: lot.recall.reason,
                })}
              </div>
            ) : (
              <form onSubmit={submit} aria-label={t('Recall this lot')} className="recall-form">
                <h3>{t('Recall this lot')}</h3>
                <Choice
                  label={t('Recall class')}
                  value={recallClass}
                  options={CLASS_NAMES}
                  onChange={setRecallClass}
                  any={null}
                />
                <Field label={t('Reason (every buyer it reached reads it)')}>
                  <textarea
                    value={reason}
                    required
                    minLength={3}
                    maxLength={2000}
                    onChange={(event) => setReason(event.target.value)}
                  />
                </Field>
                <button type="submit" className="danger" disabled={recall.running}>
                  {t('Recall the lot')}
                </button>
                <ProblemAlert problem={recall.problem} onDismiss={recall.clear} />
              </form>
            )}
            <h3>{t('Orders the lot reached')}</h3>
            {reservations.length === 0 ? (
              <p className="muted">{t('No order has held this lot.')}</p>
            ) : (
              <table className="trace">
                <thead>
                  <tr>
                    <th>{t('Order')}</th>
                    <th className="amount">{t('Quantity')}</th>
                    <th>{t('State')}</th>
                  </tr>
                </thead>
                <tbody>
                  {reservations.map((reservation) => (
                    <tr key={`${reservation.orderId}-${reservation.status}`}>
                      <td>
                        <code>#{reservation.orderId.slice(0, 8)}</code>
                      </td>
                      <td className="amount">{count(reservation.quantity)}</td>
                      <td>
                        <Badge tone={TRACE_STATUS[reservation.status].tone}>
                          {t(TRACE_STATUS[reservation.status].label)}
                        </Badge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </Loading>
    </Panel>
  );
}
