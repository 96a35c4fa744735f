import { randomInt, randomUUID } from 'node:crypto';
import { gtinCheckDigit } from '@hb/contracts';
import type { CatalogApi } from '@hb/api-types';
import { creditCodeCheckCharacter } from '@hb/contracts/credit-code';

type Schemas = CatalogApi.components['schemas'];
/** The bodies of POST /v1/counties, /v1/producers and /v1/products, as the OpenAPI document states them. */
export type CountyRequest = Schemas['RegisterCountyRequest'];
export type ProducerRequest = Schemas['RegisterProducerRequest'];
export type ProductRequest = Schemas['CreateProductRequest'];

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A unified social credit code with a correct check character, unique enough for one test run. */
export function creditCode(): string {
  let first17 = '93';
  first17 += '513431'; // division code part (Zhaojue county)
  for (let index = 0; index < 9; index += 1) first17 += ALPHABET[randomInt(ALPHABET.length)];
  return first17 + creditCodeCheckCharacter(first17)!;
}

let countySequence = 0;

/** A 6-digit county code no other test in this process uses. */
export function countyCode(): string {
  countySequence += 1;
  return String(100000 + ((process.pid * 37 + countySequence * 7919 + randomInt(1000)) % 899999));
}

export const county = (overrides: Partial<CountyRequest> = {}): CountyRequest => ({
  code: countyCode(),
  name: 'Zhaojue',
  province: 'Sichuan',
  prefecture: 'Liangshan Yi Autonomous Prefecture',
  povertyStatus: 'deep',
  pairedCity: 'Mianyang',
  ...overrides,
});

export const producer = (
  countyCodeValue: string,
  overrides: Partial<ProducerRequest> = {},
): ProducerRequest => ({
  name: 'Zhaojue Buckwheat Cooperative',
  kind: 'cooperative',
  countyCode: countyCodeValue,
  creditCode: creditCode(),
  povertyHouseholds: 120,
  ...overrides,
});

export const product = (overrides: Partial<ProductRequest> = {}): ProductRequest => ({
  name: `Tartary buckwheat tea ${randomUUID().slice(0, 8)}`,
  category: 'tea',
  unit: 'kg',
  shelfLifeDays: 365,
  minOrderQuantity: 10,
  priceTiers: [
    { minQuantity: 10, unitPriceCents: 8800 },
    { minQuantity: 100, unitPriceCents: 7900 },
  ],
  brand: 'Liangshan Highlands',
  ...overrides,
});

/** A fresh GTIN-13 with a GS1 China prefix (690–699) and its right check digit. */
export function gtin13(): string {
  const body = `69${randomInt(1e10).toString().padStart(10, '0')}`;
  return `${body}${gtinCheckDigit(body)}`;
}

/** `YYYY-MM-DD`, `days` from today (UTC). */
export function day(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
