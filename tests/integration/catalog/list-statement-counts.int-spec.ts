import { DataSource } from 'typeorm';
import { catalogService } from '../../../apps/catalog/src';
import { tokenFor } from '../../support/http';
import { runService, type RunningService } from '../../support/service-harness';
import {
  costOfPages,
  statementCounter,
  type CountStatements,
  type ListRoute,
  pageRequest,
} from '../../support/statement-counter';

const PLATFORM = 'huinongbao';

/**
 * Sixty counties, each paired with an assisting city, a producer in each and a listed product of each
 * producer with two certificates, a brand, and a listing on a sales platform.
 */
async function seedCatalog(svc: RunningService, count: number): Promise<void> {
  await svc.db.query(
    `INSERT INTO counties (code, name, province, prefecture, poverty_status, lifted_on, paired_city)
     SELECT (520100 + n)::text, 'County ' || n, 'Guizhou', 'Guiyang', CASE WHEN n % 2 = 0 THEN 'key' ELSE 'lifted' END,
            CASE WHEN n % 2 = 0 THEN NULL ELSE DATE '2020-11-23' END, 'Hangzhou'
       FROM generate_series(1, $1) AS n`,
    [count],
  );
  await svc.db.query(
    `INSERT INTO producers (id, name, kind, county_code, credit_code, poverty_households, created_at)
     SELECT md5('producer' || n)::uuid, 'Cooperative ' || n, 'cooperative', (520100 + n)::text,
            '93520100MA' || lpad(n::text, 8, '0'), n, TIMESTAMPTZ '2026-11-01T08:00:00Z' + n * INTERVAL '1 minute'
       FROM generate_series(1, $1) AS n`,
    [count],
  );
  await svc.db.query(
    `INSERT INTO products (id, producer_id, name, category, unit, shelf_life_days, min_order_quantity, price_tiers,
                           brand, status, badges, relief_eligible, created_at)
     SELECT md5('product' || n)::uuid, md5('producer' || n)::uuid, 'Kiwifruit ' || n, 'temperate_fruit', 'kg', 30, 10,
            '[{"minQuantity": 10, "unitPriceCents": 1200}]'::jsonb, 'Xiuwen', 'listed',
            ARRAY['poverty_alleviation_product'], true, TIMESTAMPTZ '2026-11-01T08:00:00Z' + n * INTERVAL '1 minute'
       FROM generate_series(1, $1) AS n`,
    [count],
  );
  await svc.db.query(
    `INSERT INTO pairings (id, assisting_region_code, assisting_region_name, assisted_county_code, from_date, version,
                           created_at)
     SELECT md5('pairing' || n)::uuid, '330100', 'Hangzhou', (520100 + n)::text, DATE '2021-01-01', 1,
            TIMESTAMPTZ '2026-11-01T08:00:00Z' + n * INTERVAL '1 minute'
       FROM generate_series(1, $1) AS n`,
    [count],
  );
  // Brands: sixty admitted (the public catalogue) and sixty submitted (the administrators' queue).
  await svc.db.query(
    `INSERT INTO brands (id, name, kind, county_code, owner_producer_id, status, submitted_by, submitted_at,
                         decided_by, decided_at)
     SELECT md5('brand' || n || s)::uuid, 'Brand ' || n || s, 'enterprise', (520100 + n)::text,
            md5('producer' || n)::uuid, s, 'producer-user', TIMESTAMPTZ '2026-10-01T08:00:00Z' + n * INTERVAL '1 hour',
            CASE s WHEN 'admitted' THEN 'admin-user' END,
            CASE s WHEN 'admitted' THEN TIMESTAMPTZ '2026-10-20T08:00:00Z' + n * INTERVAL '1 hour' END
       FROM generate_series(1, $1) AS n, unnest(ARRAY['admitted', 'submitted']) AS s`,
    [count],
  );
  await svc.db.query(
    `INSERT INTO listings (id, platform_id, product_id, external_sku, created_at)
     SELECT md5('listing' || n)::uuid, $1, md5('product' || n)::uuid, 'SKU-' || n,
            TIMESTAMPTZ '2026-11-10T08:00:00Z' + n * INTERVAL '1 minute'
       FROM generate_series(1, $2) AS n`,
    [PLATFORM, count],
  );
  await svc.db.query(
    `INSERT INTO product_certificates (certificate_number, product_id, scheme, valid_until, status)
     SELECT 'CERT-' || n || '-' || k, md5('product' || n)::uuid, CASE k WHEN 1 THEN 'green_food' ELSE 'organic' END,
            DATE '2028-01-01', 'active'
       FROM generate_series(1, $1) AS n, generate_series(1, 2) AS k`,
    [count],
  );
}

describe('catalog: every list route costs the same few statements whatever the page size', () => {
  let svc: RunningService;
  let count: CountStatements;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    svc = await runService(catalogService, 'catalog-list-statements');
    await seedCatalog(svc, 60);
    count = statementCounter(svc.app.get(DataSource));
    tokens.admin = await tokenFor('admin', 'harvest-bridge-ops');
    tokens.buyer = await tokenFor('buyer', 'canteen-no-3');
    tokens.platform = await tokenFor('platform', PLATFORM);
  });

  afterAll(async () => {
    await svc?.stop();
  });

  const routes: (ListRoute & { bound: number })[] = [
    { name: 'GET /v1/products (buyer)', request: pageRequest('/v1/products', () => tokens.buyer), bound: 3 },
    {
      name: 'GET /v1/products (administrator)',
      request: pageRequest('/v1/products', () => tokens.admin),
      bound: 3,
    },
    {
      name: 'GET /v1/products?category',
      request: pageRequest('/v1/products?category=temperate_fruit', () => tokens.buyer),
      bound: 3,
    },
    { name: 'GET /v1/producers', request: pageRequest('/v1/producers', () => tokens.admin), bound: 3 },
    { name: 'GET /v1/counties', request: pageRequest('/v1/counties', () => tokens.admin), bound: 3 },
    { name: 'GET /v1/pairings', request: pageRequest('/v1/pairings', () => tokens.admin), bound: 3 },
    { name: 'GET /v1/brands (public)', request: pageRequest('/v1/brands', () => tokens.buyer), bound: 3 },
    { name: 'GET /v1/brands/queue', request: pageRequest('/v1/brands/queue', () => tokens.admin), bound: 3 },
    {
      name: 'GET /v1/listings (platform)',
      request: pageRequest('/v1/listings', () => tokens.platform),
      bound: 3,
    },
  ];

  it.each(routes)('$name', async (route) => {
    const { small, large } = await costOfPages(svc, count, route);
    expect([small.items, large.items]).toEqual([5, 50]);
    expect(large.statements).toHaveLength(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(route.bound);
  });
});
