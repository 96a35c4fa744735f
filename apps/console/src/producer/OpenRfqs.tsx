import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RfqView } from '../api/types';
import { Badge } from '../components/Badge';
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
 * Requests for quotation a producer may answer (open ones of a category it has a listed product in,
 * and those it quoted on), and quoting one of its products for the selected one.
 */
export function OpenRfqs({ producerId, countyCode }: { producerId: string; countyCode: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [selected, setSelected] = useState<string | null>(null);
  const pages = useCursorPages((page) => api.rfqs({}, page), [], 8);
  return (
    <div className="columns">
      <Panel
        title={t('Requests for quotation')}
        actions={
          <button type="button" onClick={pages.reload}>
            {t('Refresh')}
          </button>
        }
      >
        <Paged pages={pages} empty={t('No requests for your categories.')}>
          {(rfqs) => <RfqTable rfqs={rfqs} selected={selected} onSelect={setSelected} />}
        </Paged>
      </Panel>
      {selected && (
        <QuoteOnRfq
          key={selected}
          rfqId={selected}
          producerId={producerId}
          countyCode={countyCode}
          onQuoted={pages.reload}
        />
      )}
    </div>
  );
}

function QuoteOnRfq({
  rfqId,
  producerId,
  countyCode,
  onQuoted,
}: {
  rfqId: string;
  producerId: string;
  countyCode: string;
  onQuoted: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const rfq = useLoad(() => api.rfq(rfqId), [rfqId]);
  return (
    <Panel title={t('Request for quotation')} className="rfq-details">
      <Loading loaded={rfq}>
        {(request) => (
          <>
            <p>
              {t('{{quantity}} of {{category}}, needed by {{day}}', {
                quantity: count(request.quantity),
                category: t(CATEGORY[request.category]),
                day: day(request.needBy),
              })}
              {request.povertyCountiesOnly && ` · ${t('from key or deep poverty counties only')}`}
            </p>
            {request.note && <p className="muted">{request.note}</p>}
            <h3>{t('My quotes')}</h3>
            {(request.quotes ?? []).length === 0 ? (
              <p className="muted">{t('You have not quoted yet.')}</p>
            ) : (
              <ul className="quotes">
                {(request.quotes ?? []).map((quote) => (
                  <li key={quote.id}>
                    {t('{{quantity}} at {{price}} each, valid until {{day}}', {
                      quantity: count(quote.quantity),
                      price: yuan(quote.unitPriceCents),
                      day: day(quote.validUntil),
                    })}{' '}
                    <Badge tone={QUOTE_STATUS[quote.status].tone}>
                      {t(QUOTE_STATUS[quote.status].label)}
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
            {request.status === 'open' && (
              <QuoteForm
                request={request}
                producerId={producerId}
                countyCode={countyCode}
                onQuoted={() => {
                  rfq.reload();
                  onQuoted();
                }}
              />
            )}
          </>
        )}
      </Loading>
    </Panel>
  );
}

function QuoteForm({
  request,
  producerId,
  countyCode,
  onQuoted,
}: {
  request: RfqView;
  producerId: string;
  countyCode: string;
  onQuoted: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const products = useLoad(
    async () =>
      (await api.products({ countyCode, category: request.category }, { limit: 100 })).items.filter(
        (product) => product.producerId === producerId,
      ),
    [countyCode, request.category, producerId],
  );
  const [productId, setProductId] = useState('');
  const [price, setPrice] = useState(Number.NaN);
  const [quantity, setQuantity] = useState(request.quantity);
  const [validUntil, setValidUntil] = useState(isoDay(7));
  const quote = useAction(async (chosen: string) => {
    await api.quote(request.id, {
      productId: chosen,
      unitPriceCents: Math.round(price * 100),
      quantity,
      validUntil,
    });
    onQuoted();
  });
  return (
    <Loading loaded={products}>
      {(mine) => {
        const chosen = productId || mine[0]?.id || '';
        const submit = (event: FormEvent) => {
          event.preventDefault();
          void quote.run(chosen);
        };
        if (mine.length === 0)
          return <p className="muted">{t('You have no listed product of this category.')}</p>;
        return (
          <form onSubmit={submit} aria-label={t('Quote')} className="quote-form">
            <h3>{t('Quote')}</h3>
            <Field label={t('Product')}>
              <select value={chosen} onChange={(event) => setProductId(event.target.value)}>
                {mine.map((product) => (
                  <option key={product.id} value={product.id}>
                    {product.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('Price per unit (yuan)')}>
              <input
                type="number"
                min={0}
                step={0.01}
                required
                value={Number.isNaN(price) ? '' : price}
                onChange={(event) => setPrice(event.target.valueAsNumber)}
              />
            </Field>
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
            <Field label={t('Valid until')}>
              <input
                type="date"
                required
                min={isoDay()}
                value={validUntil}
                onChange={(event) => setValidUntil(event.target.value)}
              />
            </Field>
            <button type="submit" className="primary" disabled={quote.running}>
              {t('Send the quote')}
            </button>
            <ProblemAlert problem={quote.problem} onDismiss={quote.clear} />
          </form>
        );
      }}
    </Loading>
  );
}
