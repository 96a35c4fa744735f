import { DataSource } from 'typeorm';
import { ordersService } from '../../../apps/orders/src';
import { tokenFor } from '../../support/http';
import { runService, type RunningService } from '../../support/service-harness';
import {
  costOfPages,
  statementCounter,
  type CountStatements,
  type ListRoute,
  pageRequest,
} from '../../support/statement-counter';

const BUYER = '7c1e6a52-3f0d-4b8e-9a41-5d2c8b7e0f13';
/** md5('fair1') as a uuid. */
const FAIR = '41304e9d-d397-3b54-cf97-e5d428f9d40f';

/**
 * Sixty buyers, and sixty orders of one of them, each reached by a recalled lot, and sixty requests
 * for quotation and sixty standing orders (three occurrences each) of that buyer (GET /v1/orders,
 * with lines, shipments and lots, is counted by orders-page.int-spec.ts).
 */
async function seedOrders(svc: RunningService, count: number): Promise<void> {
  await svc.db.query(
    `INSERT INTO buyers (id, name, kind, annual_food_budget_cents, pledged_share_percent, created_at)
     SELECT CASE WHEN n = 1 THEN $1::uuid ELSE md5('buyer' || n)::uuid END, 'Canteen ' || n, 'budget_unit',
            100000000, 30, TIMESTAMPTZ '2026-01-01T08:00:00Z' + n * INTERVAL '1 minute'
       FROM generate_series(1, $2) AS n`,
    [BUYER, count],
  );
  await svc.db.query(
    `INSERT INTO orders (id, buyer_id, status, delivery_address, requested_delivery_date, total_cents, placed_at)
     SELECT md5('order' || n)::uuid, $1, 'DELIVERED', 'Canteen ' || n, DATE '2026-12-01' + n, 1000 * n,
            TIMESTAMPTZ '2026-11-01T08:00:00Z' + n * INTERVAL '7 minutes'
       FROM generate_series(1, $2) AS n`,
    [BUYER, count],
  );
  await svc.db.query(
    `INSERT INTO recalled_lots (lot_id, product_id, class, reason, recalled_at)
     VALUES (md5('lot')::uuid, md5('product')::uuid, 'II', 'Listeria found in a retained sample',
             TIMESTAMPTZ '2026-11-20T10:00:00Z')`,
  );
  await svc.db.query(
    `INSERT INTO order_recalls (order_id, lot_id, buyer_id, quantity, status_when_found, refused_quantity, marked_at)
     SELECT md5('order' || n)::uuid, md5('lot')::uuid, $1, 5 * n, 'DELIVERED', n % 3,
            TIMESTAMPTZ '2026-11-20T10:00:01Z' + n * INTERVAL '1 second'
       FROM generate_series(1, $2) AS n`,
    [BUYER, count],
  );
  await svc.db.query(
    `INSERT INTO rfqs (id, buyer_id, category, quantity, need_by, poverty_counties_only, note, delivery_address, status,
                       created_at)
     SELECT md5('rfq' || n)::uuid, $1, 'tea', 100 * n, DATE '2027-01-10', true, 'For the canteen', 'Canteen 1', 'open',
            TIMESTAMPTZ '2026-11-01T08:00:00Z' + n * INTERVAL '1 minute'
       FROM generate_series(1, $2) AS n`,
    [BUYER, count],
  );
  await svc.db.query(
    `INSERT INTO rfq_quotes (id, rfq_id, producer_id, product_id, unit_price_cents, quantity, valid_until, status)
     SELECT md5('quote' || n || '-' || k)::uuid, md5('rfq' || n)::uuid, md5('producer' || k)::uuid,
            md5('product' || k)::uuid, 8000 + k, 100 * n, DATE '2027-01-01', 'submitted'
       FROM generate_series(1, $1) AS n, generate_series(1, 2) AS k`,
    [count],
  );
  await svc.db.query(
    `INSERT INTO standing_orders (id, buyer_id, lines, every, day_of_week, starts_on, delivery_address, status,
                                  next_occurrence_on, created_at)
     SELECT md5('standing' || n)::uuid, $1, jsonb_build_array(jsonb_build_object('productId', md5('product')::uuid,
            'quantity', 10 * n)), 'week', 1 + n % 7, DATE '2026-09-01', 'Canteen 1', 'active', DATE '2026-12-14',
            TIMESTAMPTZ '2026-09-01T08:00:00Z' + n * INTERVAL '1 minute'
       FROM generate_series(1, $2) AS n`,
    [BUYER, count],
  );
  await svc.db.query(
    `INSERT INTO standing_order_occurrences (standing_order_id, occurs_on, order_id, placed_at)
     SELECT md5('standing' || n)::uuid, DATE '2026-11-02' + 7 * k, md5('order' || n)::uuid,
            TIMESTAMPTZ '2026-11-02T06:00:00Z' + 7 * k * INTERVAL '1 day'
       FROM generate_series(1, $1) AS n, generate_series(0, 2) AS k`,
    [count],
  );
  // Sixty docking fairs to come; the first with sixty exhibitors and sixty buyers' intents.
  await svc.db.query(
    `INSERT INTO docking_events (id, name, city, starts_on, ends_on, booth_fee_cents)
     SELECT md5('fair' || n)::uuid, 'Fair ' || n, 'Hangzhou', DATE '2030-01-01' + n, DATE '2030-01-03' + n, 200000
       FROM generate_series(1, $1) AS n`,
    [count],
  );
  await svc.db.query(
    `INSERT INTO docking_exhibitors (event_id, producer_id, county_code, poverty_status, full_booth_fee_cents,
                                     reduction_percent, reduction_cents)
     SELECT md5('fair1')::uuid, md5('producer' || n)::uuid, '522731', 'key', 200000, 50, 100000
       FROM generate_series(1, $1) AS n`,
    [count],
  );
  await svc.db.query(
    `INSERT INTO docking_intents (id, event_id, buyer_id, product_id, producer_id, county_code, quantity,
                                  unit_price_cents, created_at)
     SELECT md5('intent' || n)::uuid, md5('fair1')::uuid, $1, md5('product' || n)::uuid, md5('producer' || n)::uuid,
            '522731', 10 * n, 1200, TIMESTAMPTZ '2026-11-01T08:00:00Z' + n * INTERVAL '1 minute'
       FROM generate_series(1, $2) AS n`,
    [BUYER, count],
  );
}

describe('orders: every list route costs the same few statements whatever the page size', () => {
  let svc: RunningService;
  let count: CountStatements;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    svc = await runService(ordersService, 'orders-list-statements');
    await seedOrders(svc, 60);
    count = statementCounter(svc.app.get(DataSource));
    tokens.admin = await tokenFor('admin', 'harvest-bridge-ops');
    tokens.buyer = await tokenFor('buyer', BUYER);
  });

  afterAll(async () => {
    await svc?.stop();
  });

  const routes: (ListRoute & { bound: number })[] = [
    { name: 'GET /v1/recalls (buyer)', request: pageRequest('/v1/recalls', () => tokens.buyer), bound: 3 },
    {
      name: 'GET /v1/recalls (administrator)',
      request: pageRequest('/v1/recalls', () => tokens.admin),
      bound: 3,
    },
    { name: 'GET /v1/buyers', request: pageRequest('/v1/buyers', () => tokens.admin), bound: 3 },
    { name: 'GET /v1/rfqs (buyer)', request: pageRequest('/v1/rfqs', () => tokens.buyer), bound: 3 },
    {
      name: 'GET /v1/standing-orders (buyer)',
      request: pageRequest('/v1/standing-orders', () => tokens.buyer),
      bound: 4,
    },
    {
      name: 'GET /v1/docking-events',
      request: pageRequest('/v1/docking-events', () => tokens.buyer),
      bound: 3,
    },
    {
      name: 'GET /v1/docking-events/{id}/exhibitors',
      request: pageRequest(`/v1/docking-events/${FAIR}/exhibitors`, () => tokens.buyer),
      bound: 4,
    },
    {
      name: 'GET /v1/docking-events/{id}/intents',
      request: pageRequest(`/v1/docking-events/${FAIR}/intents`, () => tokens.admin),
      bound: 4,
    },
    {
      name: 'GET /v1/relief/buyers (pace)',
      request: pageRequest('/v1/relief/buyers', () => tokens.admin),
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
