import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductView } from '../api/types';
import { useProductNames } from '../catalog-names';
import { Field } from '../components/Field';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { yuan } from '../format';
import { useAction, useCursorPages, useSettled } from '../hooks';
import { CATEGORY } from '../labels';
import { useApi } from '../session';

/** An e-commerce platform: the catalogue feed it may sell from, and its own listings of it. */
export function PlatformPage() {
  const [version, setVersion] = useState(0);
  return (
    <div className="page platform">
      <div className="columns">
        <Feed onListed={() => setVersion((value) => value + 1)} />
        <Listings version={version} onRemoved={() => setVersion((value) => value + 1)} />
      </div>
    </div>
  );
}

function Feed({ onListed }: { onListed: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState('');
  const q = useSettled(text.trim());
  const pages = useCursorPages((page) => api.products({ q: q || undefined }, page), [q], 6);
  return (
    <Panel title={t('Catalogue feed')}>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <Field label={t('Search')}>
          <input type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </Field>
      </form>
      <Paged pages={pages} empty={t('No listed product matches these filters.')}>
        {(products) => (
          <ul className="products">
            {products.map((product) => (
              <FeedItem key={product.id} product={product} onListed={onListed} />
            ))}
          </ul>
        )}
      </Paged>
    </Panel>
  );
}

function FeedItem({ product, onListed }: { product: ProductView; onListed: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [sku, setSku] = useState('');
  const list = useAction(async () => {
    await api.createListing(product.id, sku.trim());
    setSku('');
    onListed();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void list.run();
  };
  return (
    <li className="product" aria-label={product.name}>
      <div>
        <h3>{product.name}</h3>
        <p className="muted">
          {t(CATEGORY[product.category])} ·{' '}
          {t('from {{price}}/{{unit}}', {
            price: yuan(product.priceTiers[0]?.unitPriceCents ?? 0),
            unit: product.unit,
          })}
        </p>
      </div>
      <form className="add" onSubmit={submit}>
        <Field label={t('Your SKU')}>
          <input
            value={sku}
            onChange={(event) => setSku(event.target.value)}
            required
            pattern="[A-Za-z0-9._\-]{1,64}"
          />
        </Field>
        <button type="submit" disabled={list.running}>
          {t('List on my platform')}
        </button>
        <ProblemAlert problem={list.problem} onDismiss={list.clear} />
      </form>
    </li>
  );
}

function Listings({ version, onRemoved }: { version: number; onRemoved: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.listings(page), [version], 10);
  const remove = useAction(async (id: string) => {
    await api.removeListing(id);
    onRemoved();
  });
  return (
    <Panel title={t('My listings')}>
      <Paged pages={pages} empty={t('No listings yet.')}>
        {(listings) => <ListingTable listings={listings} onRemove={(id) => void remove.run(id)} />}
      </Paged>
      <ProblemAlert problem={remove.problem} onDismiss={remove.clear} />
    </Panel>
  );
}

function ListingTable({
  listings,
  onRemove,
}: {
  listings: { id: string; productId: string; externalSku: string }[];
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation();
  const productName = useProductNames(listings.map((listing) => listing.productId));
  return (
    <table className="listings">
      <thead>
        <tr>
          <th>{t('Product')}</th>
          <th>{t('Your SKU')}</th>
          <th>
            <span className="visually-hidden">{t('Actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {listings.map((listing) => (
          <tr key={listing.id}>
            <td>{productName(listing.productId)}</td>
            <td>{listing.externalSku}</td>
            <td>
              <button
                type="button"
                className="link"
                onClick={() => onRemove(listing.id)}
                aria-label={t('Remove the listing {{sku}}', { sku: listing.externalSku })}
              >
                {t('Remove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
