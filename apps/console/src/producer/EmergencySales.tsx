import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmergencySaleReason, EmergencySaleView, ProductView } from '../api/types';
import { Badge } from '../components/Badge';
import { Choice } from '../components/Choice';
import { Field } from '../components/Field';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { count, moment, yuan } from '../format';
import { useAction, useCursorPages } from '../hooks';
import { SALE_CLOSER, SALE_REASON } from '../labels';
import { useApi } from '../session';

/** A `datetime-local` value (the browser's time zone) some days from now, at 18:00. */
const localEvening = (offsetDays: number): string => {
  const at = new Date(Date.now() + offsetDays * 86_400_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T18:00`;
};

/**
 * Opening an emergency sale of a product: units set aside from its unexpired lots (earliest expiry
 * first) at a price no higher than its lowest tier, until it ends; orders then offers it to the buyers
 * furthest behind their pledge.
 */
export function OpenEmergencySale({ product, onOpened }: { product: ProductView; onOpened: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const lowestCents = Math.min(...product.priceTiers.map((tier) => tier.unitPriceCents));
  const [quantity, setQuantity] = useState(100);
  const [price, setPrice] = useState(lowestCents / 100);
  const [reason, setReason] = useState<EmergencySaleReason | ''>('glut');
  const [endsAt, setEndsAt] = useState(localEvening(7));
  const [note, setNote] = useState('');
  const open = useAction(async () => {
    if (!reason) return;
    await api.openEmergencySale({
      productId: product.id,
      quantity,
      unitPriceCents: Math.round(price * 100),
      reason,
      endsAt: new Date(endsAt).toISOString(),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    onOpened();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void open.run();
  };
  return (
    <form onSubmit={submit} aria-label={t('Open an emergency sale')} className="sale-form">
      <h3>{t('Open an emergency sale')}</h3>
      <Field label={t('Quantity ({{unit}})', { unit: product.unit })}>
        <input
          type="number"
          min={1}
          step={1}
          required
          value={Number.isNaN(quantity) ? '' : quantity}
          onChange={(event) => setQuantity(event.target.valueAsNumber)}
        />
      </Field>
      <Field
        label={t('Price per {{unit}} (yuan)', { unit: product.unit })}
        hint={t('At most the lowest tier, {{price}}', { price: yuan(lowestCents) })}
      >
        <input
          type="number"
          min={0.01}
          step={0.01}
          required
          value={Number.isNaN(price) ? '' : price}
          onChange={(event) => setPrice(event.target.valueAsNumber)}
        />
      </Field>
      <Choice label={t('Reason')} value={reason} options={SALE_REASON} onChange={setReason} any={null} />
      <Field label={t('Ends at')}>
        <input
          type="datetime-local"
          required
          value={endsAt}
          onChange={(event) => setEndsAt(event.target.value)}
        />
      </Field>
      <Field label={t('Note for buyers')}>
        <input value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
      </Field>
      <button type="submit" className="primary" disabled={open.running}>
        {t('Open the sale')}
      </button>
      <ProblemAlert problem={open.problem} onDismiss={open.clear} />
    </form>
  );
}

/** The producer's emergency sales, newest first: what sold, what is still held, closing one by hand. */
export function EmergencySales({ producerId, version }: { producerId: string; version: number }) {
  const { t } = useTranslation();
  const api = useApi();
  // Open sales of every producer are public; the producer's own closed ones come with them.
  const pages = useCursorPages(
    async (page) => {
      const answer = await api.emergencySales({}, page);
      return { ...answer, items: answer.items.filter((sale) => sale.producerId === producerId) };
    },
    [producerId, version],
    100,
  );
  const close = useAction(async (sale: EmergencySaleView) => {
    await api.closeEmergencySale(sale.id);
    pages.reload();
  });
  return (
    <Panel
      title={t('My emergency sales')}
      actions={
        <button type="button" onClick={pages.reload}>
          {t('Refresh')}
        </button>
      }
    >
      <ProblemAlert problem={close.problem} onDismiss={close.clear} />
      <Paged pages={pages} empty={t('No emergency sales.')}>
        {(sales) =>
          sales.length === 0 ? (
            <p className="muted">{t('No emergency sales.')}</p>
          ) : (
            <table className="emergency-sales">
              <thead>
                <tr>
                  <th>{t('Product')}</th>
                  <th className="amount">{t('Price')}</th>
                  <th className="amount">{t('Sold')}</th>
                  <th className="amount">{t('Still held')}</th>
                  <th>{t('State')}</th>
                </tr>
              </thead>
              <tbody>
                {sales.map((sale) => (
                  <tr key={sale.id} data-sale-id={sale.id}>
                    <td>
                      {sale.productName}
                      <br />
                      <small className="muted">{t(SALE_REASON[sale.reason])}</small>
                    </td>
                    <td className="amount">{yuan(sale.unitPriceCents)}</td>
                    <td className="amount">
                      {t('{{sold}} of {{quantity}}', {
                        sold: count(sale.soldQuantity),
                        quantity: count(sale.quantity),
                      })}
                    </td>
                    <td className="amount">{count(sale.heldQuantity)}</td>
                    <td>
                      {sale.status === 'open' ? (
                        <>
                          <Badge tone="info">{t('Open until {{at}}', { at: moment(sale.endsAt) })}</Badge>{' '}
                          <button
                            type="button"
                            className="link"
                            onClick={() => void close.run(sale)}
                            disabled={close.running}
                            aria-label={t('Close the sale of {{product}}', { product: sale.productName })}
                          >
                            {t('Close')}
                          </button>
                        </>
                      ) : (
                        <Badge tone="neutral">
                          {sale.closedBy ? t(SALE_CLOSER[sale.closedBy]) : t('Closed')}
                        </Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Paged>
    </Panel>
  );
}
