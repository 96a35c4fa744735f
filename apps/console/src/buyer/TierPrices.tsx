import { useTranslation } from 'react-i18next';
import type { ProductView } from '../api/types';
import { yuan } from '../format';
import { priceFor } from './basket';

/** The product's bulk prices, the one in force for the quantity typed marked, and what it comes to. */
export function TierPrices({ product, quantity }: { product: ProductView; quantity: number }) {
  const { t } = useTranslation();
  const price = priceFor(product, quantity);
  return (
    <div className="tiers">
      <ul>
        {product.priceTiers.map((tier) => (
          <li
            key={tier.minQuantity}
            className={price?.unitCents === tier.unitPriceCents ? 'in-force' : undefined}
          >
            {t('from {{quantity}} {{unit}}: {{price}}/{{unit}}', {
              quantity: tier.minQuantity,
              unit: product.unit,
              price: yuan(tier.unitPriceCents),
            })}
          </li>
        ))}
      </ul>
      {price ? (
        <output className="line-price">
          {quantity} {product.unit} × {yuan(price.unitCents)} = <strong>{yuan(price.totalCents)}</strong>
        </output>
      ) : (
        <output className="line-price warn">
          {t('The minimum order is {{quantity}} {{unit}}', {
            quantity: product.minOrderQuantity,
            unit: product.unit,
          })}
        </output>
      )}
    </div>
  );
}
