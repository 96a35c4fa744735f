import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { PovertyStatus, ProductCategory, ProductView } from '../api/types';
import { useCountyNames } from '../catalog-names';
import { Badge } from '../components/Badge';
import { Choice } from '../components/Choice';
import { Field } from '../components/Field';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { useCursorPages, useSettled } from '../hooks';
import { CATEGORY, POVERTY_STATUS, SCHEME, wordsOf } from '../labels';
import { useApi } from '../session';
import { priceFor } from './basket';
import { TierPrices } from './TierPrices';

const POVERTY_STATUS_NAMES = wordsOf(POVERTY_STATUS);

/** The listed products, filtered, with the price for the quantity the buyer types. */
export function Catalogue({ onAdd }: { onAdd: (product: ProductView, quantity: number) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState('');
  const [category, setCategory] = useState<ProductCategory | ''>('');
  const [povertyStatus, setPovertyStatus] = useState<PovertyStatus | ''>('');
  const [reliefOnly, setReliefOnly] = useState(false);
  const q = useSettled(text.trim());
  const pages = useCursorPages(
    (page) =>
      api.products(
        {
          q: q || undefined,
          category: category || undefined,
          povertyStatus: povertyStatus || undefined,
          reliefEligible: reliefOnly ? 'true' : undefined,
        },
        page,
      ),
    [q, category, povertyStatus, reliefOnly],
    6,
  );
  return (
    <Panel title={t('Catalogue')}>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <Field label={t('Search')}>
          <input
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={t('tea, goat…')}
          />
        </Field>
        <Choice label={t('Category')} value={category} options={CATEGORY} onChange={setCategory} />
        <Choice
          label={t('County status')}
          value={povertyStatus}
          options={POVERTY_STATUS_NAMES}
          onChange={setPovertyStatus}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={reliefOnly}
            onChange={(event) => setReliefOnly(event.target.checked)}
          />
          {t('Poverty-alleviation products only')}
        </label>
      </form>
      <Paged pages={pages} empty={t('No listed product matches these filters.')}>
        {(products) => <ProductList products={products} onAdd={onAdd} />}
      </Paged>
    </Panel>
  );
}

function ProductList({
  products,
  onAdd,
}: {
  products: ProductView[];
  onAdd: (product: ProductView, quantity: number) => void;
}) {
  const countyName = useCountyNames(products.map((product) => product.countyCode));
  return (
    <ul className="products">
      {products.map((product) => (
        <ProductCard
          key={product.id}
          product={product}
          county={countyName(product.countyCode)}
          onAdd={onAdd}
        />
      ))}
    </ul>
  );
}

function ProductCard({
  product,
  county,
  onAdd,
}: {
  product: ProductView;
  county: string;
  onAdd: (product: ProductView, quantity: number) => void;
}) {
  const { t } = useTranslation();
  const [quantity, setQuantity] = useState(product.minOrderQuantity);
  const { minC, maxC } = product.coldChainProfile;
  return (
    <li className="product" aria-label={product.name}>
      <div>
        <h3>{product.name}</h3>
        <p className="muted">
          {county} · {t(CATEGORY[product.category])} ·{' '}
          {t('kept at {{min}} to {{max}} °C', { min: minC, max: maxC })}
          {product.brand && ` · ${product.brand}`}
        </p>
        <p>
          {product.badges.map((scheme) => (
            <Badge key={scheme} tone={scheme === 'poverty_alleviation_product' ? 'good' : 'info'}>
              {t(SCHEME[scheme])}
            </Badge>
          ))}
        </p>
      </div>
      <TierPrices product={product} quantity={quantity} />
      <form
        className="add"
        onSubmit={(event) => {
          event.preventDefault();
          onAdd(product, quantity);
        }}
      >
        <Field label={t('Quantity ({{unit}})', { unit: product.unit })}>
          <input
            type="number"
            min={product.minOrderQuantity}
            step={1}
            value={Number.isNaN(quantity) ? '' : quantity}
            onChange={(event) => setQuantity(event.target.valueAsNumber)}
          />
        </Field>
        <button type="submit" disabled={!priceFor(product, quantity)}>
          {t('Add to order')}
        </button>
      </form>
    </li>
  );
}
