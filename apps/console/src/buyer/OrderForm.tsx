import { useTranslation } from 'react-i18next';
import { useMemo, useState, type FormEvent } from 'react';
import type { OrderView, PlaceOrderRequest } from '../api/types';
import { Choice } from '../components/Choice';
import { Field } from '../components/Field';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { isoDay, yuan } from '../format';
import { useAction } from '../hooks';
import { useApi } from '../session';
import { newIdempotencyKey, priceFor, type BasketLine } from './basket';

type Repeat = 'once' | 'week' | 'month';
const REPEAT: Record<Repeat, string> = { once: 'Once', week: 'Every week', month: 'Every month' };

/** ISO day of the week (1 = Monday … 7 = Sunday) of a `YYYY-MM-DD` day. */
const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/**
 * The order being put together: its lines, where and when to deliver, and placing it once, or as a
 * standing order placed again every week or month on the same day from the first delivery on.
 */
export function OrderForm({
  lines,
  onChange,
  onPlaced,
  onStandingOrder,
}: {
  lines: BasketLine[];
  onChange: (lines: BasketLine[]) => void;
  onPlaced: (order: OrderView) => void;
  onStandingOrder: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [deliveryAddress, setDeliveryAddress] = useState('');
  const [requestedDeliveryDate, setRequestedDeliveryDate] = useState(isoDay(3));
  const [repeat, setRepeat] = useState<Repeat>('once');
  const request: PlaceOrderRequest = {
    lines: lines.map(({ product, quantity }) => ({ productId: product.id, quantity })),
    deliveryAddress: deliveryAddress.trim(),
    requestedDeliveryDate,
  };
  // Sending the same order again (after a lost answer) must not order twice: same body, same key.
  const body = JSON.stringify(request);
  const idempotencyKey = useMemo(() => newIdempotencyKey(), [body]);
  const place = useAction(async () => {
    if (repeat === 'once') {
      onPlaced(await api.placeOrder(request, idempotencyKey));
    } else {
      await api.createStandingOrder({
        lines: request.lines,
        every: repeat,
        ...(repeat === 'week'
          ? { dayOfWeek: isoWeekday(requestedDeliveryDate) }
          : { dayOfMonth: Number(requestedDeliveryDate.slice(8, 10)) }),
        startsOn: requestedDeliveryDate,
        deliveryAddress: request.deliveryAddress,
      });
      onStandingOrder();
    }
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
          <Field label={repeat === 'once' ? t('Deliver on') : t('First delivery on')}>
            <input
              type="date"
              value={requestedDeliveryDate}
              min={isoDay()}
              onChange={(event) => setRequestedDeliveryDate(event.target.value)}
              required
            />
          </Field>
          <Choice
            label={t('Repeat')}
            value={repeat}
            options={REPEAT}
            onChange={(value) => setRepeat(value || 'once')}
            any={null}
          />
          <button type="submit" className="primary" disabled={place.running}>
            {repeat === 'once' ? t('Place order') : t('Set up the standing order')}
          </button>
          <ProblemAlert problem={place.problem} onDismiss={place.clear} />
        </form>
      )}
    </Panel>
  );
}
