import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DockingEventView, ProductView } from '../api/types';
import { useProductNames } from '../catalog-names';
import { Field } from '../components/Field';
import { Loading } from '../components/Loading';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { count, yuan } from '../format';
import { useAction, useCursorPages, useLoad } from '../hooks';
import { useApi } from '../session';
import { fairDays, FairList } from './DockingFairs';

/**
 * A buyer at the docking fairs: recording what it means to buy from an exhibitor (priced from the
 * product's tiers now) and turning an intent into an ordinary order with one click.
 */
export function BuyerFairs({ onOrdered }: { onOrdered: (orderId: string) => void }) {
  const [selected, setSelected] = useState<DockingEventView | null>(null);
  return (
    <div className="columns">
      <FairList selected={selected?.id ?? null} onSelect={setSelected} />
      {selected && <Intents key={selected.id} fair={selected} onOrdered={onOrdered} />}
    </div>
  );
}

function Intents({ fair, onOrdered }: { fair: DockingEventView; onOrdered: (orderId: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [version, setVersion] = useState(0);
  const pages = useCursorPages((page) => api.intents(fair.id, page), [fair.id, version], 10);
  const productName = useProductNames(
    pages.loaded.state === 'ready' ? pages.loaded.data.items.map((intent) => intent.productId) : [],
  );
  const order = useAction(async (intentId: string) => {
    const placed = await api.orderIntent(intentId);
    setVersion((value) => value + 1);
    onOrdered(placed.id);
  });
  return (
    <Panel title={t('My purchase intents')} className="intents">
      <h3>
        {fair.name} · {fair.city} · {fairDays(fair)}
      </h3>
      <RecordIntent fair={fair} onRecorded={() => setVersion((value) => value + 1)} />
      <ProblemAlert problem={order.problem} onDismiss={order.clear} />
      <Paged pages={pages} empty={t('No purchase intents at this fair yet.')}>
        {(intents) => (
          <table className="intents">
            <thead>
              <tr>
                <th>{t('Product')}</th>
                <th className="amount">{t('Quantity')}</th>
                <th className="amount">{t('Value')}</th>
                <th>{t('Order')}</th>
              </tr>
            </thead>
            <tbody>
              {intents.map((intent) => (
                <tr key={intent.id} data-intent-id={intent.id}>
                  <td>
                    {productName(intent.productId)}
                    {intent.note && (
                      <>
                        <br />
                        <small className="muted">{intent.note}</small>
                      </>
                    )}
                  </td>
                  <td className="amount">{count(intent.quantity)}</td>
                  <td className="amount">
                    {yuan(intent.valueCents)}
                    <br />
                    <small className="muted">
                      {t('{{price}} each', { price: yuan(intent.unitPriceCents) })}
                    </small>
                  </td>
                  <td>
                    {intent.orderId ? (
                      <button type="button" className="link" onClick={() => onOrdered(intent.orderId!)}>
                        {t('Ordered: #{{order}}', { order: intent.orderId.slice(0, 8) })}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="primary"
                        disabled={order.running}
                        onClick={() => void order.run(intent.id)}
                        aria-label={t('Order now: {{quantity}} of {{product}}', {
                          quantity: count(intent.quantity),
                          product: productName(intent.productId),
                        })}
                      >
                        {t('Order now')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </Panel>
  );
}

/** The products shown at a fair: those of its exhibitors (buyers see listed products only). */
function useExhibitedProducts(fairId: string) {
  const api = useApi();
  return useLoad(async () => {
    const { items: exhibitors } = await api.exhibitors(fairId, { limit: 100 });
    const producers = new Set(exhibitors.map((exhibitor) => exhibitor.producerId));
    const counties = [...new Set(exhibitors.map((exhibitor) => exhibitor.countyCode))];
    const pages = await Promise.all(
      counties.map((countyCode) => api.products({ countyCode }, { limit: 100 })),
    );
    return pages
      .flatMap((page) => page.items)
      .filter((product) => producers.has(product.producerId))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [fairId]);
}

function RecordIntent({ fair, onRecorded }: { fair: DockingEventView; onRecorded: () => void }) {
  const { t } = useTranslation();
  const products = useExhibitedProducts(fair.id);
  return (
    <Loading loaded={products}>
      {(exhibited) =>
        exhibited.length === 0 ? (
          <p className="muted">{t('No exhibitor has a product on sale at this fair yet.')}</p>
        ) : (
          <IntentForm fair={fair} products={exhibited} onRecorded={onRecorded} />
        )
      }
    </Loading>
  );
}

function IntentForm({
  fair,
  products,
  onRecorded,
}: {
  fair: DockingEventView;
  products: ProductView[];
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [productId, setProductId] = useState(products[0].id);
  const product = products.find((candidate) => candidate.id === productId) ?? products[0];
  const [quantity, setQuantity] = useState(product.minOrderQuantity);
  const [note, setNote] = useState('');
  const [address, setAddress] = useState('');
  const record = useAction(async () => {
    await api.recordIntent(fair.id, {
      productId: product.id,
      quantity,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(address.trim() ? { deliveryAddress: address.trim() } : {}),
    });
    setNote('');
    onRecorded();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void record.run();
  };
  return (
    <form onSubmit={submit} aria-label={t('Record a purchase intent')} className="intent-form">
      <Field label={t('Product')}>
        <select
          value={product.id}
          onChange={(event) => {
            setProductId(event.target.value);
            const chosen = products.find((candidate) => candidate.id === event.target.value);
            if (chosen) setQuantity(chosen.minOrderQuantity);
          }}
        >
          {products.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('Quantity ({{unit}})', { unit: product.unit })}
        hint={t('From {{minimum}} {{unit}}', {
          minimum: count(product.minOrderQuantity),
          unit: product.unit,
        })}
      >
        <input
          type="number"
          min={product.minOrderQuantity}
          step={1}
          required
          value={Number.isNaN(quantity) ? '' : quantity}
          onChange={(event) => setQuantity(event.target.valueAsNumber)}
        />
      </Field>
      <Field label={t('Note')}>
        <input value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
      </Field>
      <Field label={t('Delivery address')} hint={t('Needed when the intent becomes an order')}>
        <input
          value={address}
          minLength={5}
          maxLength={500}
          onChange={(event) => setAddress(event.target.value)}
        />
      </Field>
      <button type="submit" className="primary" disabled={record.running}>
        {t('Record the intent')}
      </button>
      <ProblemAlert problem={record.problem} onDismiss={record.clear} />
    </form>
  );
}
