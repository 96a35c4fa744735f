import { useTranslation } from 'react-i18next';
import { useMemo, useState, type FormEvent } from 'react';
import type { OrderView, PlaceOrderRequest } from '../api/types';
import { Field } from '../components/Field';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { isoDay, yuan } from '../format';
import { useAction } from '../hooks';
import { useApi } from '../session';
import { newIdempotencyKey, priceFor, type BasketLine } from './basket';

/** The order being put together: its lines, where and when to deliver, and placing it. */
export function OrderForm({
  lines,
  onChange,
  onPlaced,
}: {
  lines: BasketLine[];
  onChange: (lines: BasketLine[]) => void;
  onPlaced: (order: OrderView) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [deliveryAddress, setDeliveryAddress] = useState('');
  const [requestedDeliveryDate, setRequestedDeliveryDate] = useState(isoDay(3));
  const request: PlaceOrderRequest = {
    lines: lines.map(({ product, quantity }) => ({ productId: product.id, quantity })),
    deliveryAddress: deliveryAddress.trim(),
    requestedDeliveryDate,
  };
  // Sending the same order again (after a lost answer) must not order twice: same body, same key.
  const body = JSON.stringify(request);
  const idempotencyKey = useMemo(() => newIdempotencyKey(), [body]);
  const place = useAction(async () => {
    onPlaced(await api.placeOrder(request, idempotencyKey));
    onChange([]);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void place.run();
  };
  const setQuantity = (index: number, quantity: number) =>
    onChange(lines.map((line, at) => (at === index ? { ...line, quantity } : line)));
  const total = lines.reduce(
    (sum, { product, quantity }) => sum + (priceFor(product, quantity)?.totalCents ?? 0),
    0,
  );

  return (
    <Panel title={t('New order')} className="order-form">
      {lines.length === 0 ? (
        <p className="muted">{t('Add products from the catalogue.')}</p>
      ) : (
        <form onSubmit={submit}>
          <table>
            <tbody>
              {lines.map(({ product, quantity }, index) => {
                const price = priceFor(product, quantity);
                return (
                  <tr key={product.id}>
                    <td>{product.name}</td>
                    <td>
                      <input
                        aria-label={t('Quantity of {{product}}', { product: product.name })}
                        type="number"
                        min={product.minOrderQuantity}
                        value={Number.isNaN(quantity) ? '' : quantity}
                        onChange={(event) => setQuantity(index, event.target.valueAsNumber)}
                      />{' '}
                      {product.unit}
                    </td>
                    <td className="amount">
                      {price
                        ? yuan(price.totalCents)
                        : t('minimum {{quantity}}', { quantity: product.minOrderQuantity })}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="link"
                        onClick={() => onChange(lines.filter((_, at) => at !== index))}
                      >
                        {t('Remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th colSpan={2}>{t('Total')}</th>
                <td className="amount">{yuan(total)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
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
          <button type="submit" className="primary" disabled={place.running}>
            {t('Place order')}
          </button>
          <ProblemAlert problem={place.problem} onDismiss={place.clear} />
        </form>
      )}
    </Panel>
  );
}
