import type { ProductView } from '../api/types';
import { newIdempotencyKey, priceFor } from './basket';

const tea = {
  minOrderQuantity: 20,
  priceTiers: [
    { minQuantity: 20, unitPriceCents: 8800 },
    { minQuantity: 200, unitPriceCents: 7600 },
  ],
} as ProductView;

describe('the price of a basket line', () => {
  it('is the tier in force for the quantity typed', () => {
    expect(priceFor(tea, 20)).toEqual({ unitCents: 8800, totalCents: 176_000 });
    expect(priceFor(tea, 199)).toEqual({ unitCents: 8800, totalCents: 1_751_200 });
    expect(priceFor(tea, 250)).toEqual({ unitCents: 7600, totalCents: 1_900_000 });
  });

  it('is none under the minimum order or for a quantity that is not whole', () => {
    expect(priceFor(tea, 19)).toBeNull();
    expect(priceFor(tea, 20.5)).toBeNull();
    expect(priceFor(tea, Number.NaN)).toBeNull();
  });

  it('is sent with a new random Idempotency-Key in the UUID form', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});
