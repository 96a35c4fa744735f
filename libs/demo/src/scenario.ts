import { creditCodeCheckCharacter } from '@hb/contracts/credit-code';

/**
 * The demo world, drawn from the programmes Harvest Bridge serves: Liangshan's Zhaojue and Butuo
 * (deep poverty, assisted by Mianyang through Fucheng district and Jiangyou), counties of Guizhou
 * (Congjiang assisted by Guangzhou), and the buyers, carriers and certifiers
 * who work with them. Natural keys (codes, credit codes, names, idempotency keys) make loading twice
 * change nothing.
 */
const credit = (first17: string) => first17 + creditCodeCheckCharacter(first17)!;

export const ORGS = {
  admin: 'harvest-bridge-ops',
  platform: 'sichuan-relief-mall',
  operator: 'liangshan-cold-chain-logistics',
  certifier: 'green-food-center-sichuan',
} as const;

/** The certification body the demo's certifiers work for (ORGS.certifier is its id). */
export const CERTIFICATION_BODY = {
  id: ORGS.certifier,
  name: 'China Green Food Development Center, Sichuan office',
} as const;

/** The e-commerce platform of the demo, as catalog's register of platforms names it (ORGS.platform is its id). */
export const PLATFORM = {
  id: ORGS.platform,
  name: 'Sichuan Poverty Relief Mall',
} as const;

export const COUNTIES = [
  {
    code: '513431',
    name: 'Zhaojue',
    province: 'Sichuan',
    prefecture: 'Liangshan Yi Autonomous Prefecture',
    povertyStatus: 'deep',
  },
  {
    code: '513429',
    name: 'Butuo',
    province: 'Sichuan',
    prefecture: 'Liangshan Yi Autonomous Prefecture',
    povertyStatus: 'deep',
  },
  {
    code: '522633',
    name: 'Congjiang',
    province: 'Guizhou',
    prefecture: 'Qiandongnan Miao and Dong Autonomous Prefecture',
    povertyStatus: 'deep',
  },
  {
    code: '522634',
    name: 'Leishan',
    province: 'Guizhou',
    prefecture: 'Qiandongnan Miao and Dong Autonomous Prefecture',
    povertyStatus: 'key',
  },
  {
    code: '522326',
    name: 'Wangmo',
    province: 'Guizhou',
    prefecture: 'Qianxinan Buyei and Miao Autonomous Prefecture',
    povertyStatus: 'lifted',
    liftedOn: '2020-11-23',
  },
];

/**
 * Paired assistance: Mianyang (a city: it covers its districts) assists Zhaojue and Butuo, its Fucheng
 * district Zhaojue and its county-level city Jiangyou Butuo; Guangzhou assists Congjiang.
 */
export const PAIRINGS = [
  {
    assistingRegionCode: '510700',
    assistingRegionName: 'Mianyang',
    assistedCountyCode: '513431',
    from: '2018-01-01',
  },
  {
    assistingRegionCode: '510700',
    assistingRegionName: 'Mianyang',
    assistedCountyCode: '513429',
    from: '2018-01-01',
  },
  {
    assistingRegionCode: '510703',
    assistingRegionName: 'Fucheng',
    assistedCountyCode: '513431',
    from: '2019-01-01',
  },
  {
    assistingRegionCode: '510781',
    assistingRegionName: 'Jiangyou',
    assistedCountyCode: '513429',
    from: '2019-01-01',
  },
  {
    assistingRegionCode: '440100',
    assistingRegionName: 'Guangzhou',
    assistedCountyCode: '522633',
    from: '2016-09-01',
  },
] as const;

export const PRODUCERS = [
  {
    key: 'buckwheat',
    name: 'Zhaojue Tartary Buckwheat Cooperative',
    kind: 'cooperative',
    countyCode: '513431',
    creditCode: credit('93513431MA6A2BUCK'),
    povertyHouseholds: 312,
  },
  {
    key: 'goat',
    name: 'Butuo Black Goat Relief Workshop',
    kind: 'relief_workshop',
    countyCode: '513429',
    creditCode: credit('92513429MA6B3GQAT'),
    povertyHouseholds: 86,
  },
  {
    key: 'pig',
    name: 'Congjiang Xiang Pig Agriculture Co.',
    kind: 'leading_enterprise',
    countyCode: '522633',
    creditCode: credit('91522633MA6C4XPHG'),
    povertyHouseholds: 540,
  },
  {
    key: 'tea',
    name: 'Leishan Silver Ball Tea Family Farm',
    kind: 'family_farm',
    countyCode: '522634',
    creditCode: credit('92522634MA6D5TEA1'),
    povertyHouseholds: 12,
  },
  {
    key: 'mango',
    name: 'Wangmo Mango Growers Cooperative',
    kind: 'cooperative',
    countyCode: '522326',
    creditCode: credit('93522326MA6E6MNG0'),
    povertyHouseholds: 145,
  },
] as const;

export type ProducerKey = (typeof PRODUCERS)[number]['key'];

export const PRODUCTS = [
  {
    key: 'buckwheatTea',
    producer: 'buckwheat',
    name: 'Zhaojue tartary buckwheat tea',
    category: 'tea',
    unit: 'kg',
    shelfLifeDays: 540,
    minOrderQuantity: 20,
    priceTiers: [
      { minQuantity: 20, unitPriceCents: 8800 },
      { minQuantity: 200, unitPriceCents: 7600 },
    ],
    brand: 'Liangshan Highlands',
    // GTINs under GS1 China's 690–699 prefixes (made up, check digit right): the demo's EPCIS
    // documents name these products' lots by GS1 Digital Link, the others' by the project's URN.
    gtin: '6923456789012',
    lot: 2000,
    sku: 'SRM-ZJ-TEA-500G',
  },
  {
    key: 'apples',
    producer: 'buckwheat',
    name: 'Zhaojue highland apples',
    category: 'temperate_fruit',
    unit: 'kg',
    shelfLifeDays: 120,
    minOrderQuantity: 100,
    priceTiers: [
      { minQuantity: 100, unitPriceCents: 980 },
      { minQuantity: 1000, unitPriceCents: 820 },
    ],
    brand: null,
    lot: 8000,
  },
  {
    key: 'goat',
    producer: 'goat',
    name: 'Butuo black goat, chilled carcass',
    category: 'chilled_meat',
    unit: 'kg',
    shelfLifeDays: 10,
    minOrderQuantity: 20,
    priceTiers: [
      { minQuantity: 20, unitPriceCents: 9800 },
      { minQuantity: 100, unitPriceCents: 9200 },
    ],
    brand: 'Butuo Black Goat',
    gtin: '6938123450010',
    lot: 600,
    sku: 'SRM-BT-GOAT-KG',
  },
  {
    key: 'yoghurt',
    producer: 'goat',
    name: 'Butuo goat milk yoghurt',
    category: 'dairy',
    unit: 'case',
    shelfLifeDays: 21,
    minOrderQuantity: 10,
    priceTiers: [{ minQuantity: 10, unitPriceCents: 6400 }],
    brand: null,
    lot: 400,
  },
  {
    key: 'pork',
    producer: 'pig',
    name: 'Congjiang Xiang pig pork, frozen',
    category: 'frozen',
    unit: 'kg',
    shelfLifeDays: 365,
    minOrderQuantity: 50,
    priceTiers: [
      { minQuantity: 50, unitPriceCents: 6800 },
      { minQuantity: 500, unitPriceCents: 6200 },
    ],
    brand: 'Xiang Pig of Congjiang',
    lot: 3000,
  },
  {
    key: 'rice',
    producer: 'pig',
    name: 'Congjiang Kam fragrant rice',
    category: 'grain_oil',
    unit: 'kg',
    shelfLifeDays: 365,
    minOrderQuantity: 100,
    priceTiers: [{ minQuantity: 100, unitPriceCents: 1200 }],
    brand: null,
    lot: 20000,
  },
  {
    key: 'silverTea',
    producer: 'tea',
    name: 'Leishan silver ball green tea',
    category: 'tea',
    unit: 'kg',
    shelfLifeDays: 720,
    minOrderQuantity: 5,
    priceTiers: [
      { minQuantity: 5, unitPriceCents: 36000 },
      { minQuantity: 50, unitPriceCents: 32000 },
    ],
    brand: 'Leishan Silver Ball',
    lot: 300,
    sku: 'SRM-LS-TEA-250G',
  },
  {
    key: 'cabbage',
    producer: 'tea',
    name: 'Leishan highland cabbage',
    category: 'leafy_vegetables',
    unit: 'kg',
    shelfLifeDays: 14,
    minOrderQuantity: 200,
    priceTiers: [{ minQuantity: 200, unitPriceCents: 260 }],
    brand: null,
    lot: 5000,
  },
  {
    key: 'mango',
    producer: 'mango',
    name: 'Wangmo mango',
    category: 'tropical_fruit',
    unit: 'kg',
    shelfLifeDays: 15,
    minOrderQuantity: 50,
    priceTiers: [
      { minQuantity: 50, unitPriceCents: 1600 },
      { minQuantity: 500, unitPriceCents: 1350 },
    ],
    brand: 'Wangmo Sunshine',
    lot: 4000,
  },
] as const;

export type ProductKey = (typeof PRODUCTS)[number]['key'];

export const BUYERS = [
  {
    key: 'canteen',
    name: 'Mianyang Municipal Government Canteen',
    kind: 'budget_unit',
    regionCode: '510703',
    annualFoodBudgetCents: 1_200_000_000,
    pledgedSharePercent: 15,
  },
  {
    key: 'jiangyouCanteen',
    name: 'Jiangyou No. 1 Middle School canteen',
    kind: 'budget_unit',
    regionCode: '510781',
    annualFoodBudgetCents: 300_000_000,
    pledgedSharePercent: 20,
  },
  {
    key: 'guangzhouCanteen',
    name: 'Guangzhou Tianhe District Government Canteen',
    kind: 'budget_unit',
    regionCode: '440106',
    annualFoodBudgetCents: 800_000_000,
    pledgedSharePercent: 15,
  },
  { key: 'supermarket', name: 'Hongqi Chain Supermarket, Chengdu', kind: 'retailer', regionCode: '510104' },
  { key: 'mall', name: 'Sichuan Poverty Alleviation Mall', kind: 'platform', regionCode: '510107' },
] as const;

export type BuyerKey = (typeof BUYERS)[number]['key'];

/** Certificates to hold at the end: approved through every stage; one of them then revoked. */
export const CERTIFICATIONS = [
  {
    key: 'teaRelief',
    producer: 'buckwheat',
    scheme: 'poverty_alleviation_product',
    products: ['buckwheatTea'],
  },
  { key: 'goatRelief', producer: 'goat', scheme: 'poverty_alleviation_product', products: ['goat'] },
  { key: 'porkRelief', producer: 'pig', scheme: 'poverty_alleviation_product', products: ['pork', 'rice'] },
  { key: 'goatGi', producer: 'goat', scheme: 'geographical_indication', products: ['goat'] },
  // The geographical indication the Daliangshan regional public brand stands on (scripts/demo/brands.ts).
  {
    key: 'buckwheatGi',
    producer: 'buckwheat',
    scheme: 'geographical_indication',
    products: ['buckwheatTea'],
  },
  { key: 'silverTeaGreen', producer: 'tea', scheme: 'green_food', products: ['silverTea'] },
  {
    key: 'mangoOrganic',
    producer: 'mango',
    scheme: 'organic',
    products: ['mango'],
    revoke: 'pesticide residue found in a market sample',
  },
] as const;

/** Applications left in the certifier's queue at various stages. */
export const OPEN_APPLICATIONS = [
  { producer: 'tea', scheme: 'organic', products: ['cabbage'], stage: 'inspection' },
  { producer: 'mango', scheme: 'green_food', products: ['mango'], stage: 'submitted' },
  { producer: 'buckwheat', scheme: 'green_food', products: ['apples'], stage: 'accepted' },
] as const;
