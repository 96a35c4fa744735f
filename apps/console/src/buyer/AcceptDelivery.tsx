import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { OrderView } from '../api/types';
import { ProblemAlert } from '../components/ProblemAlert';
import { yuan } from '../format';
import { useAction } from '../hooks';
import { useApi } from '../session';

/**
 * Accepting a delivered order: everything, or keeping less of some lines (spoiled goods), which
 * disputes the order and refunds what is refused; refused goods never count as relief.
 */
export function AcceptDelivery({
  order,
  productName,
  onAccepted,
}: {
  order: OrderView;
  productName: (productId: string) => string;
  onAccepted: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [kept, setKept] = useState<Record<string, number>>(() =>
    Object.fromEntries(order.lines.map((line) => [line.productId, line.quantity])),
  );
  const refused = order.lines.filter((line) => kept[line.productId] !== line.quantity);
  const refundCents = refused.reduce(
    (sum, line) => sum + (line.quantity - (kept[line.productId] || 0)) * line.unitPriceCents,
    0,
  );
  const accept = useAction(async () => {
    await api.acceptDelivery(
      order.id,
      refused.length
        ? refused.map((line) => ({ productId: line.productId, acceptedQuantity: kept[line.productId] }))
        : undefined,
    );
    onAccepted();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void accept.run();
  };
  return (
    <form className="accept" onSubmit={submit} aria-label={t('Accept the delivery')}>
      <h3>{t('What arrived in good order?')}</h3>
      {order.lines.map((line) => (
        <label key={line.productId} className="keep">
          <span>{productName(line.productId)}</span>
          <input
            type="number"
            min={0}
            max={line.quantity}
            value={Number.isNaN(kept[line.productId]) ? '' : kept[line.productId]}
            onChange={(event) => setKept({ ...kept, [line.productId]: event.target.valueAsNumber })}
            aria-label={t('Quantity of {{product}} kept', { product: productName(line.productId) })}
          />
          <small>{t('of {{quantity}}', { quantity: line.quantity })}</small>
        </label>
      ))}
      <button type="submit" className="primary" disabled={accept.running}>
        {refused.length
          ? t('Dispute: refuse goods worth {{amount}}', { amount: yuan(refundCents) })
          : t('Accept the delivery')}
      </button>
      <ProblemAlert problem={accept.problem} onDismiss={accept.clear} />
    </form>
  );
}
