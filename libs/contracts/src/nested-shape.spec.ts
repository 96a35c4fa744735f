import { parseEventData, ProductListed } from './index';

const snapshot = {
  id: '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b',
  producerId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  countyCode: '513431',
  name: 'Zhaojue tartary buckwheat tea',
  category: 'tea',
  unit: 'kg',
  shelfLifeDays: 365,
  minOrderQuantity: 10,
  priceTiers: [{ minQuantity: 10, unitPriceCents: 8800 }],
  brand: null,
  status: 'listed',
  badges: [],
  reliefEligible: false,
  coldChainProfile: { minC: -10, maxC: 35, maxDwellMinutes: 1440 },
  version: 1,
};

// class-validator takes an array where a nested object belongs; the nested shape check does not.
describe('nested objects of event data', () => {
  it('accepts them as objects', () => {
    expect(parseEventData(ProductListed, snapshot).coldChainProfile.maxC).toBe(35);
  });

  it('refuses an array in their place, at any depth, naming the field', () => {
    expect(() => parseEventData(ProductListed, { ...snapshot, coldChainProfile: [] })).toThrow(
      /coldChainProfile: coldChainProfile must be an object/,
    );
    expect(() => parseEventData(ProductListed, { ...snapshot, priceTiers: [[]] })).toThrow(
      /priceTiers\.0: priceTiers\.0 must be an object/,
    );
  });
});
