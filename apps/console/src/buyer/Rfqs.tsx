import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductCategory, QuoteView, RfqView } from '../api/types';
import { useProductNames } from '../catalog-names';
import { Badge } from '../components/Badge';
import { Choice } from '../components/Choice';
import { Field } from '../components/Field';
import { Loading } from '../components/Loading';
import { Paged } from '../components/Paged';
import { RfqTable } from '../components/RfqTable';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { count, day, isoDay, yuan } from '../format';
import { useAction, useCursorPages, useLoad } from '../hooks';
import { CATEGORY, QUOTE_STATUS } from '../labels';
import { useApi } from '../session';

/**
 * Requests for quotation: asking the producers of a category for quotes, seeing the quotes, and
 * awarding one (orders places an ordinary order at the quoted price).
 */
export function Rfqs({ onAwarded }: { onAwarded: (orderId: string | null) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [selected, setSelected] = useState<string | null>(null);
  const pages = useCursorPages((page) => api.rfqs({}, page), [], 8);
  return (
    <div className="columns">
      <Panel
        title={t('My requests for quotation')}
        actions={
          <button type="button" onClick={pages.reload}>
            {t('Refresh')}
          </button>
        }
      >
        <NewRfq
          onCreated={(rfq) => {
            pages.reload();
            setSelected(rfq.id);
          }}
        />
        <Paged pages={pages} empty={t('No requests yet.')}>
          {(rfqs) => <RfqTable rfqs={rfqs} selected={selected} onSelect={setSelected} />}
        </Paged>
      </Panel>
      {selected && (
        <RfqQuotes
          key={selected}
          rfqId={selected}
          onAwarded={(orderId) => {
            pages.reload();
            onAwarded(orderId);
          }}
        />
      )}
    </div>
  );
}

function NewRfq({ onCreated }: { onCreated: (rfq: RfqView) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [category, setCategory] = useState<ProductCategory | ''>('grain_oil');
  const [quantity, setQuantity] = useState(500);
  const [needBy, setNeedBy] = useState(isoDay(21));
  const [povertyCountiesOnly, setPovertyCountiesOnly] = useState(true);
  const [note, setNote] = useState('');
  const [deliveryAddress, setDeliveryAddress] = useState('');
  const create = useAction(async () => {
    if (!category) return;
    onCreated(
      await api.createRfq({
        category,
        quantity,
        needBy,
        povertyCountiesOnly,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(deliveryAddress.trim() ? { deliveryAddress: deliveryAddress.trim() } : {}),
      }),
    );
    setNote('');
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void create.run();
  };
  return (
    <form onSubmit={submit} aria-label={t('Ask for quotes')} className="rfq-form">
      <h3>{t('Ask for quotes')}</h3>
      <Choice label={t('Category')} value={category} options={CATEGORY} onChange={setCategory} any={null} />
      <Field label={t('Quantity')}>
        <input
          type="number"
          min={1}
          step={1}
          required
          value={Number.isNaN(quantity) ? '' : quantity}
          onChange={(event) => setQuantity(event.target.valueAsNumber)}
        />
      </Field>
      <Field label={t('Needed by')}>
        <input
          type="date"
          required
          min={isoDay()}
          value={needBy}
          onChange={(event) => setNeedBy(event.target.value)}
        />
      </Field>
      <label className="field checkbox">
        <input
          type="checkbox"
          checked={povertyCountiesOnly}
          onChange={(event) => setPovertyCountiesOnly(event.target.checked)}
        />
        <span>{t('Only producers in key or deep poverty counties')}</span>
      </label>
      <Field label={t('What you need')}>
        <input value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
      </Field>
      <Field label={t('Delivery address')}>
        <input
          value={deliveryAddress}
          required
          minLength={5}
          maxLength={500}
          onChange={(event) => setDeliveryAddress(event.target.value)}
        />
      </Field>
      <button type="submit" className="primary" disabled={create.running}>
        {t('Send the request')}
      </button>
      <ProblemAlert problem={create.problem} onDismiss={create.clear} />
    </form>
  );
}

function RfqQuotes({ rfqId, onAwarded }: { rfqId: string; onAwarded: (orderId: string | null) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const rfq = useLoad(() => api.rfq(rfqId), [rfqId]);
  const award = useAction(async (quote: QuoteView) => {
    const awarded = await api.award(rfqId, quote.id);
    rfq.reload();
    onAwarded(awarded.orderId);
  });
  return (
    <Panel
      title={t('Quotes')}
      className="rfq-quotes"
      actions={
        <button type="button" onClick={rfq.reload}>
          {t('Refresh')}
        </button>
      }
    >
      <ProblemAlert problem={award.problem} onDismiss={award.clear} />
      <Loading loaded={rfq}>
        {(request) => (
          <QuoteTable request={request} busy={award.running} onAward={(quote) => void award.run(quote)} />
        )}
      </Loading>
    </Panel>
  );
}

function QuoteTable({
  request,
  busy,
  onAward,
}: {
  request: RfqView;
  busy: boolean;
  onAward: (quote: QuoteView) => void;
}) {
  const { t } = useTranslation();
  const quotes = request.quotes ?? [];
  const productName = useProductNames(quotes.map((quote) => quote.productId));
  return (
    <>
      <p>
        {t('{{quantity}} of {{category}}, needed by {{day}}', {
          quantity: count(request.quantity),
          category: t(CATEGORY[request.category]),
          day: day(request.needBy),
        })}
      </p>
      {quotes.length === 0 ? (
        <p className="muted">{t('No quotes yet.')}</p>
      ) : (
        <table className="quotes">
          <thead>
            <tr>
              <th>{t('Product')}</th>
              <th className="amount">{t('Unit price')}</th>
              <th className="amount">{t('Quantity')}</th>
              <th className="amount">{t('Total')}</th>
              <th>{t('Valid until')}</th>
              <th>{t('State')}</th>
            </tr>
          </thead>
          <tbody>
            {quotes.map((quote) => (
              <tr key={quote.id}>
                <td>{productName(quote.productId)}</td>
                <td className="amount">{yuan(quote.unitPriceCents)}</td>
                <td className="amount">{count(quote.quantity)}</td>
                <td className="amount">{yuan(quote.unitPriceCents * quote.quantity)}</td>
                <td>
                  {quote.expired ? <Badge tone="neutral">{t('Expired')}</Badge> : day(quote.validUntil)}
                </td>
                <td>
                  {request.status === 'open' && !quote.expired ? (
                    <button
                      type="button"
                      className="primary"
                      disabled={busy}
                      onClick={() => onAward(quote)}
                      aria-label={t('Award the quote for {{product}} at {{price}}', {
                        product: productName(quote.productId),
                        price: yuan(quote.unitPriceCents),
                      })}
                    >
                      {t('Award')}
                    </button>
                  ) : (
                    <Badge tone={QUOTE_STATUS[quote.status].tone}>
                      {t(QUOTE_STATUS[quote.status].label)}
                    </Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {request.orderId && (
        <p role="status" className="awarded">
          {t('Awarded: order #{{id}} placed at the quoted price.', { id: request.orderId.slice(0, 8) })}
        </p>
      )}
    </>
  );
}
