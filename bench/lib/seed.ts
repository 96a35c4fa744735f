/**
 * Rows seeded with SQL (generate_series), not through the API: thousands of products or orders in
 * seconds. The same expressions give the same ids in every database, so catalog's products and the
 * orders service's read model of them agree without copying rows between databases.
 *
 * Product n (1, 2, …): id md5('hb-product-n'), 20 products per producer, producers spread over 60
 * counties (a third each key, deep and lifted), categories in turn, names "<county> <kind> n" (a
 * tenth of them contain "kiwi"), 90% listed, a third poverty-alleviation products.
 */
import { createHash } from 'node:crypto';
import { COLD_CHAIN_PROFILES, PRODUCT_CATEGORIES } from '@hb/contracts';
import type { BenchDatabase } from './db';

export const PRODUCTS_PER_PRODUCER = 20;
export const COUNTIES = 60;

/** md5 of a text as a version-4-shaped UUID (version and variant digits set, as validators expect). */
const uuidOf = (text: string): string => {
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
};
/** The same in SQL. */
const uuidSql = (text: string) =>
  `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;

/** The id of seeded product n, as the SQL below makes it. */
export const productId = (n: number): string => uuidOf(`hb-product-${n}`);
export const producerId = (k: number): string => uuidOf(`hb-producer-${k}`);

const PLACES = ['Zhaojue', 'Butuo', 'Leibo', 'Meigu', 'Xiuwen', 'Rongjiang', 'Weining'];
const KINDS = [
  'tartary buckwheat tea',
  'kiwifruit',
  'black goat meat',
  'walnuts',
  'rapeseed oil',
  'yak milk',
  'purple potatoes',
  'shiitake',
  'wild honey',
  'chili paste',
];
const TIERS = JSON.stringify([
  { minQuantity: 10, unitPriceCents: 8800 },
  { minQuantity: 100, unitPriceCents: 7900 },
  { minQuantity: 1000, unitPriceCents: 7200 },
]);

const array = (values: readonly string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(', ')}]`;
const sql = {
  productId: (n: string) => uuidSql(`'hb-product-' || ${n}`),
  producerOf: (n: string) => `((${n} - 1) / ${PRODUCTS_PER_PRODUCER} + 1)`,
  producerId: (k: string) => uuidSql(`'hb-producer-' || ${k}`),
  countyIndex: (k: string) => `(${k} % ${COUNTIES})`,
  countyCode: (index: string) => `(510100 + ${index})::text`,
  category: (n: string) => `(${array(PRODUCT_CATEGORIES)})[1 + ${n} % ${PRODUCT_CATEGORIES.length}]`,
  name: (n: string) =>
    `(${array(PLACES)})[1 + ${n} % ${PLACES.length}] || ' ' || (${array(KINDS)})[1 + (${n} / ${PLACES.length}) % ${KINDS.length}] || ' ' || ${n}`,
  status: (n: string) => `CASE ${n} % 20 WHEN 0 THEN 'draft' WHEN 1 THEN 'delisted' ELSE 'listed' END`,
  reliefEligible: (n: string) => `(${n} % 3 = 0)`,
};

/** The 60 counties (once per database). */
async function seedCounties(db: BenchDatabase, table: 'counties' | 'catalog_counties'): Promise<void> {
  const status = `(ARRAY['key', 'deep', 'lifted'])[1 + i % 3]`;
  if (table === 'counties') {
    await db.query(`
      INSERT INTO counties (code, name, province, prefecture, poverty_status, lifted_on, paired_city)
      SELECT ${sql.countyCode('i')}, 'County ' || i, 'Sichuan', 'Liangshan', ${status},
             CASE WHEN i % 3 = 2 THEN DATE '2020-11-23' END, 'Mianyang'
        FROM generate_series(0, ${COUNTIES - 1}) AS i
      ON CONFLICT DO NOTHING`);
  } else {
    await db.query(`
      INSERT INTO catalog_counties (code, name, province, poverty_status)
      SELECT ${sql.countyCode('i')}, 'County ' || i, 'Sichuan', ${status}
        FROM generate_series(0, ${COUNTIES - 1}) AS i
      ON CONFLICT DO NOTHING`);
  }
}

/**
 * Products `from + 1` … `to` in catalog's database, with their producers (and the counties the first
 * time); `lotQuantity` gives each a harvest lot of that many units, expiring in 300 days.
 */
export async function seedCatalog(
  db: BenchDatabase,
  from: number,
  to: number,
  { lotQuantity = 0 } = {},
): Promise<void> {
  if (from === 0) await seedCounties(db, 'counties');
  await db.query(`
    INSERT INTO producers (id, name, kind, county_code, credit_code, poverty_households)
    SELECT ${sql.producerId('k')}, 'Cooperative ' || k, 'cooperative', ${sql.countyCode(sql.countyIndex('k'))},
           '93' || lpad(k::text, 16, '0'), 100
      FROM generate_series(${sql.producerOf(String(from + 1))}, ${sql.producerOf(String(to))}) AS k
    ON CONFLICT DO NOTHING`);
  await db.query(
    `
    INSERT INTO products (id, producer_id, name, category, unit, shelf_life_days, min_order_quantity,
                          price_tiers, brand, status, badges, relief_eligible, created_at, updated_at)
    SELECT ${sql.productId('n')}, ${sql.producerId(sql.producerOf('n'))}, ${sql.name('n')}, ${sql.category('n')},
           'kg', 365, 10, $1::jsonb, 'Liangshan Highlands', ${sql.status('n')},
           CASE WHEN ${sql.reliefEligible('n')} THEN '{poverty_alleviation_product}'::text[] ELSE '{}' END,
           ${sql.reliefEligible('n')},
           TIMESTAMPTZ '2025-01-01' + n * interval '1 minute', TIMESTAMPTZ '2025-01-01' + n * interval '1 minute'
      FROM generate_series(${from + 1}, ${to}) AS n`,
    [TIERS],
  );
  if (lotQuantity > 0) {
    await db.query(`
      INSERT INTO lots (id, product_id, quantity, harvested_on, expires_on)
      SELECT ${uuidSql(`'hb-lot-' || n`)}, ${sql.productId('n')}, ${lotQuantity},
             current_date - 3, current_date + 300
        FROM generate_series(${from + 1}, ${to}) AS n`);
  }
  await db.query(`ANALYZE`);
}

/** The same products `from + 1` … `to` in the orders service's read model of the catalog. */
export async function seedOrdersCatalogView(db: BenchDatabase, from: number, to: number): Promise<void> {
  if (from === 0) await seedCounties(db, 'catalog_counties');
  const profiles = JSON.stringify(PRODUCT_CATEGORIES.map((category) => COLD_CHAIN_PROFILES[category]));
  await db.query(
    `
    INSERT INTO catalog_products (id, producer_id, county_code, name, unit, min_order_quantity, price_tiers,
                                  status, relief_eligible, cold_chain_profile, version)
    SELECT ${sql.productId('n')}, ${sql.producerId(sql.producerOf('n'))},
           ${sql.countyCode(sql.countyIndex(sql.producerOf('n')))}, ${sql.name('n')}, 'kg', 10, $1::jsonb,
           ${sql.status('n')}, ${sql.reliefEligible('n')},
           ($2::jsonb) -> (n % ${PRODUCT_CATEGORIES.length})::int, 1
      FROM generate_series(${from + 1}, ${to}) AS n`,
    [TIERS, profiles],
  );
  await db.query(`ANALYZE`);
}

/** Seeded product numbers that are listed (the ones an order may name). */
export function listedProducts(count: number): number[] {
  return Array.from({ length: count }, (_unused, index) => index + 1).filter((n) => n % 20 > 1);
}

/**
 * Orders `from + 1` … `to` in the orders service's database, as history: two lines each over the
 * first `products` seeded products, spread over `buyers`, completed (a few rejected or cancelled),
 * each with its idempotency key (a stored response of about 1 kB) and a published outbox row.
 */
export async function seedOrders(
  db: BenchDatabase,
  from: number,
  to: number,
  { buyers, products }: { buyers: readonly string[]; products: number },
): Promise<void> {
  const range = `generate_series(${from + 1}, ${to}) AS n`;
  const status = `CASE n % 50 WHEN 0 THEN 'REJECTED' WHEN 1 THEN 'CANCELLED' ELSE 'COMPLETED' END`;
  await db.query(
    `
    INSERT INTO orders (id, buyer_id, status, delivery_address, requested_delivery_date, total_cents,
                        placed_at, updated_at)
    SELECT ${uuidSql(`'hb-order-' || n`)}, ($1::text[])[1 + n % cardinality($1::text[])], ${status},
           'Mianyang No. 1 Middle School canteen, 12 Changhong Ave', current_date + 5, 2 * 50 * 7900,
           now() - interval '36 hours' + n * interval '1 second' * (120000.0 / ${Math.max(to, 1)}),
           now() - interval '36 hours' + n * interval '1 second' * (120000.0 / ${Math.max(to, 1)})
      FROM ${range}`,
    [buyers],
  );
  await db.query(`
    INSERT INTO order_lines (order_id, line_no, product_id, producer_id, county_code, quantity,
                             unit_price_cents, line_total_cents, relief_eligible, accepted_quantity)
    SELECT ${uuidSql(`'hb-order-' || n`)}, line, p.id, p.producer_id, p.county_code, 50, 7900, 50 * 7900,
           p.relief_eligible, 50
      FROM ${range}
     CROSS JOIN generate_series(1, 2) AS line
      JOIN catalog_products p ON p.id = ${sql.productId(`(1 + (n * 2 + line) % ${products})`)}`);
  await db.query(
    `
    INSERT INTO idempotency_keys (buyer_id, key, request_hash, order_id, status_code, response, created_at)
    SELECT o.buyer_id, md5('hb-key-' || n), md5('hb-request-' || n), o.id, 201, $1, o.placed_at
      FROM ${range} JOIN orders o ON o.id = ${uuidSql(`'hb-order-' || n`)}`,
    ['x'.repeat(1000)],
  );
  await db.query(
    `
    INSERT INTO outbox (event_id, topic, key, type, envelope, created_at, published_at)
    SELECT ${uuidSql(`'hb-event-' || n`)}, 'orders.order.v1', ${uuidSql(`'hb-order-' || n`)}::text, 'orders.order.placed.v1',
           $1::jsonb, now(), now()
      FROM ${range}`,
    [JSON.stringify({ note: 'seeded history', padding: 'x'.repeat(500) })],
  );
  await db.query(`ANALYZE`);
}
