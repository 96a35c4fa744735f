import { randomUUID } from 'node:crypto';
import { COLD_CHAIN_PROFILES, type CountySnapshot, type ProductSnapshot } from '@hb/contracts';

/** A product as catalog announces it on catalog.product.v1. */
export const productSnapshot = (overrides: Partial<ProductSnapshot> = {}): ProductSnapshot => ({
  coldChainProfile: { ...COLD_CHAIN_PROFILES[overrides.category ?? 'tea'] },
  id: randomUUID(),
  producerId: randomUUID(),
  countyCode: '513431',
  name: 'Zhaojue tartary buckwheat tea',
  category: 'tea',
  unit: 'kg',
  shelfLifeDays: 365,
  minOrderQuantity: 10,
  priceTiers: [
    { minQuantity: 10, unitPriceCents: 8800 },
    { minQuantity: 100, unitPriceCents: 7900 },
  ],
  brand: 'Liangshan Highlands',
  status: 'listed',
  badges: ['poverty_alleviation_product'],
  reliefEligible: true,
  version: 1,
  ...overrides,
});

export const countySnapshot = (overrides: Partial<CountySnapshot> = {}): CountySnapshot => ({
  code: '513431',
  name: 'Zhaojue',
  province: 'Sichuan',
  prefecture: 'Liangshan Yi Autonomous Prefecture',
  povertyStatus: 'deep',
  liftedOn: null,
  pairedCity: 'Mianyang',
  ...overrides,
});
