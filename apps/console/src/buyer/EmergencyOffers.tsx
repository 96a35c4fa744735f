import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmergencyOfferView, OrderView, PlaceOrderRequest } from '../api/types';
import { Badge } from '../components/Badge';
import { Field } from '../components/Field';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { count, isoDay, moment, yuan } from '../format';
import { useAction, useCursorPages } from '../hooks';
import { SALE_REASON } from '../labels';
import { useApi } from '../session';
import { newIdempotencyKey } from './basket';

/**
 * Emergency sales offered to this buyer (it is among those furthest behind their pledge), still open,
 * and ordering from one at the sale's price.
 */
export function EmergencyOffers({
  version,
  onOrdered,
}: {
  version: number;
  onOrdered: (order: OrderView) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [chosen, setChosen] = useState<EmergencyOfferView | null>(null);
  const pages = useCursorPages((page) => api.emergencyOffers(page), [version], 8);
  return (
    <Panel
      title={t('Emergency sales offered to me')}
      className="emergency-offers"
      actions={
        <button type="button" onClick={pages.reload}>
          {t('Refresh')}
        </button>
      }
    >
      <Paged pages={pages} empty={t('No emergency sale is offered to you now.')}>
        {(offers) => (
          <table className="offers">
            <thead>
              <tr>
                <th>{t('Product')}</th>
                <th>{t('Reason')}</th>
                <th className="amount">{t('Price')}</th>
                <th className="amount">{t('Set aside')}</th>
                <th>{t('Ends')}</th>
                <th>{t('Actions')}</th>
              </tr>
            </thead>
            <tbody>
              {offers.map((offer) => (
                <tr key={offer.saleId} data-sale-id={offer.saleId}>
                  <td>{offer.productName ?? `#${offer.productId.slice(0, 8)}`}</td>
                  <td>
                    <Badge tone="warning">{t(SALE_REASON[offer.reason])}</Badge>
                  </td>
                  <td className="amount">{yuan(offer.unitPriceCents)}</td>
                  <td className="amount">{count(offer.quantity)}</td>
                  <td>{moment(offer.endsAt)}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => setChosen(offer)}
                      aria-label={t('Order from this sale: {{product}}', {
                        product: offer.productName ?? offer.productId,
                      })}
                    >
                      {t('Order from this sale')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
      {chosen && (
        <OrderFromSale
          key={chosen.saleId}
          offer={chosen}
          onOrdered={(order) => {
            setChosen(null);
            pages.reload();
            onOrdered(order);
          }}
        />
      )}
    </Panel>
  );
}

function OrderFromSale({
  offer,
  onOrdered,
}: {
  offer: EmergencyOfferView;
  onOrdered: (order: OrderView) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [quantity, setQuantity] = useState(Math.min(offer.quantity, 50));
  const [deliveryAddress, setDeliveryAddress] = useState('');
  const [requestedDeliveryDate, setRequestedDeliveryDate] = useState(isoDay(3));
  const request: PlaceOrderRequest = {
    lines: [{ productId: offer.productId, quantity, emergencySaleId: offer.saleId }],
    deliveryAddress: deliveryAddress.trim(),
    requestedDeliveryDate,
  };
  // The same order sent again (after a lost answer) must not order twice: same body, same key.
  const body = JSON.stringify(request);
  const idempotencyKey = useMemo(() => newIdempotencyKey(), [body]);
  const place = useAction(async () => onOrdered(await api.placeOrder(request, idempotencyKey)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void place.run();
  };
  const name = offer.productName ?? offer.productId;
  return (
    <form onSubmit={submit} aria-label={t('Order from the emergency sale')} className="sale-order">
      <h3>
        {t('Order {{product}} at {{price}} each', { product: name, price: yuan(offer.unitPriceCents) })}
      </h3>
      <Field label={t('Quantity')}>
        <input
          type="number"
          min={1}
          max={offer.quantity}
          step={1}
          required
          value={Number.isNaN(quantity) ? '' : quantity}
          onChange={(event) => setQuantity(event.target.valueAsNumber)}
        />
      </Field>
      <Field label={t('Delivery address')}>
        <input
          value={deliveryAddress}
          onChange={(event) => setDeliveryAddress(event.target.value)}
          required
          minLength={5}
        />
      </Field>
      <Field label={t('Deliver on')}>
        <input
          type="date"
          value={requestedDeliveryDate}
          min={isoDay()}
          onChange={(event) => setRequestedDeliveryDate(event.target.value)}
          required
        />
      </Field>
      <p className="line-price">
        {t('Total')}: {Number.isInteger(quantity) ? yuan(quantity * offer.unitPriceCents) : '—'}
      </p>
      <button type="submit" className="primary" disabled={place.running}>
        {t('Place order')}
      </button>
      <ProblemAlert problem={place.problem} onDismiss={place.clear} />
    </form>
  );
}
