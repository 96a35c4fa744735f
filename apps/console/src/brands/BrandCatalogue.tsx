import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandDetailView, BrandKind, BrandView } from '../api/types';
import { Badge } from '../components/Badge';
import { Choice } from '../components/Choice';
import { Loading } from '../components/Loading';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { day, yuan } from '../format';
import { useCursorPages, useLoad } from '../hooks';
import { BRAND_KIND, CATEGORY, CERTIFICATE_STATUS, povertyStatus } from '../labels';
import { useApi } from '../session';

/**
 * The brand catalogue anyone may read: the admitted brands, those of deep poverty counties first,
 * then key ones; a brand with its listed products and, for a regional public brand, how its
 * geographical-indication certificate stands.
 */
export function BrandCatalogue() {
  const { t } = useTranslation();
  const api = useApi();
  const [kind, setKind] = useState<BrandKind | ''>('');
  const [selected, setSelected] = useState<string | null>(null);
  const pages = useCursorPages((page) => api.brands({ kind: kind || undefined }, page), [kind], 10);
  return (
    <div className="columns">
      <Panel
        title={t('Brands')}
        actions={
          <form className="inline" onSubmit={(event) => event.preventDefault()}>
            <Choice label={t('Kind of brand')} value={kind} options={BRAND_KIND} onChange={setKind} />
          </form>
        }
      >
        <Paged pages={pages} empty={t('No brands admitted yet.')}>
          {(brands) => (
            <table className="selectable brands">
              <thead>
                <tr>
                  <th>{t('Brand')}</th>
                  <th>{t('Kind of brand')}</th>
                  <th>{t('County')}</th>
                  <th>{t('Admitted')}</th>
                </tr>
              </thead>
              <tbody>
                {brands.map((brand) => (
                  <tr
                    key={brand.id}
                    data-brand-id={brand.id}
                    className={brand.id === selected ? 'selected' : undefined}
                    onClick={() => setSelected(brand.id)}
                  >
                    <td>
                      <button type="button" className="link" onClick={() => setSelected(brand.id)}>
                        {brand.name}
                      </button>
                    </td>
                    <td>{t(BRAND_KIND[brand.kind])}</td>
                    <td>
                      <BrandCounty brand={brand} />
                    </td>
                    <td>{brand.decidedAt ? day(brand.decidedAt) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Paged>
      </Panel>
      {selected && <BrandDetails key={selected} brandId={selected} />}
    </div>
  );
}

/** A brand's county and its poverty status. */
export function BrandCounty({ brand }: { brand: BrandView }) {
  const { t } = useTranslation();
  return (
    <>
      {brand.countyName}{' '}
      <Badge tone={brand.povertyStatus === 'lifted' ? 'neutral' : 'warning'}>
        {t(povertyStatus(brand.povertyStatus).label)}
      </Badge>
    </>
  );
}

function BrandDetails({ brandId }: { brandId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const brand = useLoad(() => api.brand(brandId), [brandId]);
  return (
    <Panel title={t('Brand')} className="brand-details">
      <Loading loaded={brand}>
        {(current) => (
          <>
            <h3>{current.name}</h3>
            <p>
              {t(BRAND_KIND[current.kind])} · <BrandCounty brand={current} />
            </p>
            {current.kind === 'regional_public' && <GeographicalIndication brand={current} />}
            <h3>{t('Products of the brand')}</h3>
            {current.products.length === 0 ? (
              <p className="muted">{t('No listed product names this brand yet.')}</p>
            ) : (
              <table className="brand-products">
                <thead>
                  <tr>
                    <th>{t('Product')}</th>
                    <th>{t('Category')}</th>
                    <th className="amount">{t('Lowest price')}</th>
                  </tr>
                </thead>
                <tbody>
                  {current.products.map((product) => (
                    <tr key={product.id}>
                      <td>{product.name}</td>
                      <td>{t(CATEGORY[product.category])}</td>
                      <td className="amount">
                        {t('{{price}}/{{unit}}', {
                          price: yuan(Math.min(...product.priceTiers.map((tier) => tier.unitPriceCents))),
                          unit: product.unit,
                        })}
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

/** The standing of a regional public brand's geographical indication, as certification announced it. */
function GeographicalIndication({ brand }: { brand: BrandDetailView }) {
  const { t } = useTranslation();
  const indication = brand.geographicalIndication;
  if (!brand.geographicalIndicationCertificate) {
    return <p className="muted">{t('No geographical indication named.')}</p>;
  }
  if (!indication) {
    return (
      <p className="geographical-indication">
        {t('Geographical indication {{number}}: not yet confirmed by certification.', {
          number: brand.geographicalIndicationCertificate,
        })}
      </p>
    );
  }
  return (
    <p className="geographical-indication">
      {t('Geographical indication {{number}}', { number: indication.number })}{' '}
      <Badge tone={indication.valid ? 'good' : 'bad'}>{indication.valid ? t('Valid') : t('Not valid')}</Badge>{' '}
      {indication.status !== 'active' && (
        <Badge tone={CERTIFICATE_STATUS[indication.status] ?? 'neutral'}>{t(indication.status)}</Badge>
      )}
      {indication.validFrom && <> {t('from {{day}}', { day: day(indication.validFrom) })}</>}
      {indication.validFrom && (
        <>
          {' '}
          {indication.validUntil ? t('until {{day}}', { day: day(indication.validUntil) }) : t('without end')}
        </>
      )}
    </p>
  );
}
