import { DEFAULT_CERTIFICATION_CONFIG } from '../certification.config';
import { quoteFee } from './fees';

const { fees, feeReliefPercent } = DEFAULT_CERTIFICATION_CONFIG;

describe('certification fees', () => {
  it('charges a producer from a county lifted out of poverty the full green food fee', () => {
    expect(quoteFee(fees.green_food, 1, 'lifted', feeReliefPercent)).toEqual({
      feeCents: 800_000,
      feeReliefCents: 0,
      amountDueCents: 800_000,
      reliefPercent: 0,
    });
  });

  it('halves the fee for a producer from a key county', () => {
    expect(quoteFee(fees.green_food, 1, 'key', feeReliefPercent)).toMatchObject({
      feeCents: 800_000,
      feeReliefCents: 400_000,
      amountDueCents: 400_000,
    });
  });

  it('waives the fee for a producer from a deep-poverty county', () => {
    expect(quoteFee(fees.organic, 2, 'deep', feeReliefPercent)).toMatchObject({
      feeCents: 1_400_000,
      feeReliefCents: 1_400_000,
      amountDueCents: 0,
    });
  });

  it('adds the per-product fee for every product after the first', () => {
    expect(quoteFee(fees.green_food, 3, 'lifted', feeReliefPercent).feeCents).toBe(800_000 + 2 * 100_000);
    expect(quoteFee(fees.geographical_indication, 5, 'lifted', feeReliefPercent).feeCents).toBe(500_000);
  });

  it('recognises poverty-alleviation products free of charge', () => {
    expect(quoteFee(fees.poverty_alleviation_product, 4, 'lifted', feeReliefPercent)).toMatchObject({
      feeCents: 0,
      amountDueCents: 0,
    });
  });

  it('rounds relief to the cent, half a cent in the applicant’s favour', () => {
    const schedule = { baseCents: 333, perAdditionalProductCents: 0 };
    expect(quoteFee(schedule, 1, 'key', feeReliefPercent)).toMatchObject({
      feeReliefCents: 167,
      amountDueCents: 166,
    });
    expect(quoteFee(schedule, 1, 'key', { ...feeReliefPercent, key: 30 })).toMatchObject({
      feeReliefCents: 100,
      amountDueCents: 233,
    });
  });

  it('never asks for a negative amount', () => {
    expect(quoteFee(fees.green_food, 1, 'deep', feeReliefPercent).amountDueCents).toBe(0);
  });

  it.each([0, 1.5])('refuses a quote for %p products', (count) => {
    expect(() => quoteFee(fees.green_food, count, 'key', feeReliefPercent)).toThrow(RangeError);
  });
});
