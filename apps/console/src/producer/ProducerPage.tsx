import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductView } from '../api/types';
import { Badge } from '../components/Badge';
import { Field } from '../components/Field';
import { Loading } from '../components/Loading';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { count, day, isoDay, yuan } from '../format';
import { useAction, useCursorPages, useLoad } from '../hooks';
import { CATEGORY, CERTIFICATE_STATUS, SCHEME, STAGE } from '../labels';
import { ProducerBrands } from '../brands/ProducerBrands';
import { ProducerFairs } from '../fairs/ProducerFairs';
import { MyRisk } from '../monitoring/ProducerRisk';
import { LotRecall } from '../recalls/LotRecall';
import { useApi } from '../session';
import { EmergencySales, OpenEmergencySale } from './EmergencySales';
import { MyListings } from './MyListings';
import { OpenRfqs } from './OpenRfqs';

/**
 * A producer (a cooperative): its products with their price tiers and stock, new lots, emergency sales
 * and lot recalls, the storefronts its products are on, requests for quotation to answer, its
 * applications and certificates, its risk factors as the monitoring service rates them, its brands
 * (submitting one, naming one on a product) and its booths at docking fairs.
 */
export function ProducerPage({ producerId }: { producerId: string }) {
  const api = useApi();
  const producer = useLoad(() => api.producer(producerId), [producerId]);
  const [selected, setSelected] = useState<ProductView | null>(null);
  const [traced, setTraced] = useState<string | null>(null);
  // Bumped when a sale is opened, so the list of sales is read again.
  const [sales, setSales] = useState(0);
  return (
    <div className="page producer">
      <Loading loaded={producer}>
        {(self) => (
          <>
            <div className="columns">
              <Products
                countyCode={self.countyCode}
                producerId={producerId}
                onSelect={(product) => {
                  setSelected(product);
                  setTraced(null);
                }}
              />
              {selected && (
                <Stock
                  key={selected.id}
                  product={selected}
                  onTrace={setTraced}
                  onSaleOpened={() => setSales((value) => value + 1)}
                />
              )}
            </div>
            <div className="columns">
              <EmergencySales producerId={producerId} version={sales} />
              {traced && <LotRecall key={traced} lotId={traced} unit={selected?.unit} />}
            </div>
            <OpenRfqs producerId={producerId} countyCode={self.countyCode} />
            <ProducerBrands producerId={producerId} countyCode={self.countyCode} />
          </>
        )}
      </Loading>
      <ProducerFairs producerId={producerId} />
      <MyListings producerId={producerId} />
      <div className="columns">
        <Applications />
        <Certificates />
      </div>
      <MyRisk producerId={producerId} />
    </div>
  );
}

function Products({
  countyCode,
  producerId,
  onSelect,
}: {
  countyCode: string;
  producerId: string;
  onSelect: (product: ProductView) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.products({ countyCode }, { ...page, limit: 100 }), [countyCode]);
  return (
    <Panel title={t('My products')}>
      <Paged pages={pages} empty={t('No products yet.')}>
        {(all) => {
          const mine = all.filter((product) => product.producerId === producerId);
          if (mine.length === 0) return <p className="muted">{t('No products yet.')}</p>;
          return (
            <table className="selectable products-table">
              <thead>
                <tr>
                  <th>{t('Product')}</th>
                  <th>{t('Category')}</th>
                  <th>{t('Price tiers')}</th>
                  <th>{t('Badges')}</th>
                </tr>
              </thead>
              <tbody>
                {mine.map((product) => (
                  <tr key={product.id} onClick={() => onSelect(product)}>
                    <td>
                      <button type="button" className="link" onClick={() => onSelect(product)}>
                        {product.name}
                      </button>
                    </td>
                    <td>{t(CATEGORY[product.category])}</td>
                    <td>
                      {product.priceTiers
                        .map((tier) =>
                          t('from {{quantity}} {{unit}}: {{price}}/{{unit}}', {
                            quantity: tier.minQuantity,
                            unit: product.unit,
                            price: yuan(tier.unitPriceCents),
                          }),
                        )
                        .join('; ')}
                    </td>
                    <td>
                      {product.badges.map((scheme) => (
                        <Badge key={scheme} tone="info">
                          {t(SCHEME[scheme])}
                        </Badge>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </Paged>
    </Panel>
  );
}

/**
 * A product's stock by lot (first expiry first), a form to record a new lot, the trace and recall of
 * a lot, and opening an emergency sale from the lots.
 */
function Stock({
  product,
  onTrace,
  onSaleOpened,
}: {
  product: ProductView;
  onTrace: (lotId: string) => void;
  onSaleOpened: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const stock = useLoad(() => api.stock(product.id), [product.id]);
  const [quantity, setQuantity] = useState(100);
  const [harvestedOn, setHarvestedOn] = useState(isoDay());
  const [expiresOn, setExpiresOn] = useState(isoDay(product.shelfLifeDays));
  const add = useAction(async () => {
    await api.addLot(product.id, { quantity, harvestedOn, expiresOn });
    stock.reload();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void add.run();
  };
  return (
    <Panel title={t('Stock of {{product}}', { product: product.name })} className="stock">
      <Loading loaded={stock}>
        {(current) => (
          <>
            <p className="stock-figures">
              {t('{{available}} {{unit}} available, {{reserved}} reserved', {
                available: count(current.available),
                reserved: count(current.reserved),
                unit: product.unit,
              })}
            </p>
            <table>
              <thead>
                <tr>
                  <th>{t('Harvested')}</th>
                  <th>{t('Expires')}</th>
                  <th className="amount">{t('Quantity')}</th>
                  <th className="amount">{t('Available')}</th>
                  <th className="amount">{t('Held for sales')}</th>
                  <th>{t('Actions')}</th>
                </tr>
              </thead>
              <tbody>
                {current.lots.map((lot) => (
                  <tr key={lot.id} data-lot-id={lot.id}>
                    <td>{day(lot.harvestedOn)}</td>
                    <td>{lot.expired ? <Badge tone="bad">{t('Expired')}</Badge> : day(lot.expiresOn)}</td>
                    <td className="amount">{count(lot.quantity)}</td>
                    <td className="amount">{count(lot.available)}</td>
                    <td className="amount">{count(lot.held)}</td>
                    <td>
                      <button
                        type="button"
                        className="link"
                        onClick={() => onTrace(lot.id)}
                        aria-label={t('Trace or recall the lot harvested {{day}}', {
                          day: day(lot.harvestedOn),
                        })}
                      >
                        {t('Trace or recall')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Loading>
      <form onSubmit={submit} aria-label={t('Record a new lot')} className="lot-form">
        <h3>{t('Record a new lot')}</h3>
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
        <Field label={t('Harvested on')}>
          <input
            type="date"
            required
            value={harvestedOn}
            max={isoDay()}
            onChange={(event) => setHarvestedOn(event.target.value)}
          />
        </Field>
        <Field label={t('Expires on')}>
          <input
            type="date"
            required
            value={expiresOn}
            onChange={(event) => setExpiresOn(event.target.value)}
          />
        </Field>
        <button type="submit" className="primary" disabled={add.running}>
          {t('Add the lot')}
        </button>
        <ProblemAlert problem={add.problem} onDismiss={add.clear} />
      </form>
      {product.status === 'listed' && (
        <OpenEmergencySale
          product={product}
          onOpened={() => {
            stock.reload();
            onSaleOpened();
          }}
        />
      )}
    </Panel>
  );
}

function Applications() {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.applications({}, page), [], 8);
  return (
    <Panel title={t('Certification applications')}>
      <Paged pages={pages} empty={t('No applications.')}>
        {(applications) => (
          <table>
            <thead>
              <tr>
                <th>{t('Scheme')}</th>
                <th>{t('Stage')}</th>
                <th className="amount">{t('Fee')}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((application) => (
                <tr key={application.id}>
                  <td>{t(SCHEME[application.scheme])}</td>
                  <td>{t(STAGE[application.stage])}</td>
                  <td className="amount">{yuan(application.amountDueCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </Panel>
  );
}

function Certificates() {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.certificates(page), [], 8);
  return (
    <Panel title={t('Certificates')}>
      <Paged pages={pages} empty={t('No certificates.')}>
        {(certificates) => (
          <table>
            <thead>
              <tr>
                <th>{t('Certificate number')}</th>
                <th>{t('Scheme')}</th>
                <th>{t('Status')}</th>
                <th>{t('Validity')}</th>
              </tr>
            </thead>
            <tbody>
              {certificates.map((certificate) => (
                <tr key={certificate.number}>
                  <td>{certificate.number}</td>
                  <td>{t(SCHEME[certificate.scheme])}</td>
                  <td>
                    <Badge tone={CERTIFICATE_STATUS[certificate.status] ?? 'neutral'}>
                      {t(certificate.status)}
                    </Badge>
                  </td>
                  <td>
                    {t('from {{day}}', { day: day(certificate.validFrom) })}{' '}
                    {certificate.validUntil
                      ? t('until {{day}}', { day: day(certificate.validUntil) })
                      : t('without end')}
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
