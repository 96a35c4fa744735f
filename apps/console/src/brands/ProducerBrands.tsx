import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandView, ProductView } from '../api/types';
import { Badge } from '../components/Badge';
import { Loading } from '../components/Loading';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { day } from '../format';
import { useAction, useCursorPages, useLoad } from '../hooks';
import { BRAND_KIND, BRAND_STATUS } from '../labels';
import { useApi } from '../session';
import { SubmitBrand } from './SubmitBrand';

/**
 * A producer's brands: submitting its own enterprise or product brand, following each it submitted
 * (waiting, admitted, or not admitted and why), and naming on each of its products an admitted brand
 * it may carry (its own, or its county's regional public brand).
 */
export function ProducerBrands({ producerId, countyCode }: { producerId: string; countyCode: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [version, setVersion] = useState(0);
  const [submissions, setSubmissions] = useState(0);
  const brands = useLoad(async () => {
    const { items } = await api.brands({ countyCode }, { limit: 100 });
    return items.filter((brand) => brand.kind === 'regional_public' || brand.ownerProducerId === producerId);
  }, [countyCode, producerId]);
  const products = useLoad(async () => {
    const { items } = await api.products({ countyCode }, { limit: 100 });
    return items.filter((product) => product.producerId === producerId);
  }, [countyCode, producerId, version]);
  return (
    <Panel
      title={t('My brands')}
      actions={
        <button
          type="button"
          onClick={() => {
            brands.reload();
            setSubmissions((value) => value + 1);
          }}
        >
          {t('Refresh')}
        </button>
      }
    >
      <div className="columns">
        <div>
          <SubmitBrand
            countyCode={countyCode}
            kinds={['enterprise', 'product']}
            listSubmitted={false}
            onSubmitted={() => setSubmissions((value) => value + 1)}
          />
          <OwnBrands producerId={producerId} version={submissions} />
        </div>
        <div>
          <h3>{t('The brand on each product')}</h3>
          <Loading loaded={brands}>
            {(mayName) => (
              <Loading loaded={products}>
                {(mine) =>
                  mine.length === 0 ? (
                    <p className="muted">{t('No products yet.')}</p>
                  ) : (
                    <table className="product-brands">
                      <thead>
                        <tr>
                          <th>{t('Product')}</th>
                          <th>{t('Brand')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {mine.map((product) => (
                          <ProductBrand
                            key={product.id}
                            product={product}
                            brands={mayName}
                            onChanged={() => setVersion((value) => value + 1)}
                          />
                        ))}
                      </tbody>
                    </table>
                  )
                }
              </Loading>
            )}
          </Loading>
          <p className="muted">
            {t('A brand can be named once an administrator has admitted it to the catalogue.')}
          </p>
        </div>
      </div>
    </Panel>
  );
}

/** Every brand the producer owns with where its admission stands, newest first, from catalog. */
function OwnBrands({ producerId, version }: { producerId: string; version: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.producerBrands(producerId, page), [producerId, version], 5);
  return (
    <section className="own-brands" aria-labelledby="own-brands-title">
      <h3 id="own-brands-title">{t('My submitted brands')}</h3>
      <Paged pages={pages} empty={t('No brand submitted yet.')}>
        {(brands) => (
          <table className="own-brands">
            <thead>
              <tr>
                <th>{t('Brand')}</th>
                <th>{t('Status')}</th>
                <th>{t('Submitted on')}</th>
                <th>{t("Administrator's note")}</th>
              </tr>
            </thead>
            <tbody>
              {brands.map((brand) => (
                <tr key={brand.id} data-brand-id={brand.id}>
                  <td>
                    {brand.name} ({t(BRAND_KIND[brand.kind])})
                  </td>
                  <td>
                    <Badge tone={BRAND_STATUS[brand.status].tone}>
                      {t(BRAND_STATUS[brand.status].label)}
                    </Badge>
                  </td>
                  <td>{day(brand.submittedAt)}</td>
                  <td className="note">{brand.decisionNote ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </section>
  );
}

function ProductBrand({
  product,
  brands,
  onChanged,
}: {
  product: ProductView;
  brands: BrandView[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [brandId, setBrandId] = useState(product.brandId ?? '');
  const save = useAction(async () => {
    await api.nameBrand(product.id, brandId || null);
    onChanged();
  });
  const unchanged = brandId === (product.brandId ?? '');
  return (
    <tr data-product-id={product.id}>
      <td>{product.name}</td>
      <td>
        <form
          className="inline"
          aria-label={t('Brand of {{product}}', { product: product.name })}
          onSubmit={(event) => {
            event.preventDefault();
            void save.run();
          }}
        >
          <label className="field">
            <span className="visually-hidden">{t('Brand of {{product}}', { product: product.name })}</span>
            <select value={brandId} onChange={(event) => setBrandId(event.target.value)}>
              <option value="">{t('No brand')}</option>
              {brands.map((brand) => (
                <option key={brand.id} value={brand.id}>
                  {brand.name} ({t(BRAND_KIND[brand.kind])})
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={save.running || unchanged}>
            {t('Save')}
          </button>
        </form>
        <ProblemAlert problem={save.problem} onDismiss={save.clear} />
      </td>
    </tr>
  );
}
