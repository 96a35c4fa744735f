import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandView, ProductView } from '../api/types';
import { Loading } from '../components/Loading';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { useAction, useLoad } from '../hooks';
import { BRAND_KIND } from '../labels';
import { useApi } from '../session';
import { SubmitBrand } from './SubmitBrand';

/**
 * A producer's brands: submitting its own enterprise or product brand, and naming on each of its
 * products an admitted brand it may carry (its own, or its county's regional public brand).
 */
export function ProducerBrands({ producerId, countyCode }: { producerId: string; countyCode: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [version, setVersion] = useState(0);
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
        <button type="button" onClick={brands.reload}>
          {t('Refresh')}
        </button>
      }
    >
      <div className="columns">
        <SubmitBrand countyCode={countyCode} kinds={['enterprise', 'product']} />
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
