import { DataSource } from 'typeorm';
import { logisticsService } from '../../../apps/logistics/src';
import { tokenFor } from '../../support/http';
import { runService, type RunningService } from '../../support/service-harness';
import {
  costOfPages,
  statementCounter,
  type CountStatements,
  type ListRoute,
} from '../../support/statement-counter';

const BUYER = 'canteen-no-3';
const OPERATOR = 'guiyang-coldlink';
const LOT = '0b7c3a4e-5d6f-4a8b-9c1d-2e3f4a5b6c7d';

/**
 * Sixty shipments, each with what a shipment view shows: two custody events, an excursion, a
 * cold-chain state with readings and a harvest lot (all carrying the same lot, so the lot filter
 * pages through them too).
 */
async function seedShipments(svc: RunningService, count: number): Promise<void> {
  const id = (what: string) => `md5('shipment' || ${what})::uuid`;
  await svc.db.query(
    `INSERT INTO shipments (id, order_id, buyer_id, producer_id, operator_id, status, min_c, max_c, max_dwell_minutes,
                            lines, delivery_address, requested_delivery_date, claimed_at, created_at)
     SELECT ${id('n')}, md5('order' || n)::uuid, $1, md5('producer' || n)::uuid, $2, 'in_transit', 0, 4, 30,
            jsonb_build_array(jsonb_build_object('productId', md5('product' || n)::uuid, 'quantity', 10 * n)),
            'Canteen ' || n, DATE '2026-12-20', TIMESTAMPTZ '2026-12-01T08:00:00Z',
            TIMESTAMPTZ '2026-12-01T06:00:00Z' + n * INTERVAL '1 minute'
       FROM generate_series(1, $3) AS n`,
    [BUYER, OPERATOR, count],
  );
  await svc.db.query(
    `INSERT INTO custody_events (shipment_id, seq, from_status, to_status, at, location, handed_over_by, received_by,
                                 operator_id, recorded_by)
     SELECT ${id('n')}, seq, CASE seq WHEN 1 THEN 'created' ELSE 'picked_up' END,
            CASE seq WHEN 1 THEN 'picked_up' ELSE 'in_transit' END,
            TIMESTAMPTZ '2026-12-01T08:00:00Z' + seq * INTERVAL '1 hour', 'Guiyang hub', 'Producer ' || n, 'Driver Li',
            $1, 'driver-li'
       FROM generate_series(1, $2) AS n, generate_series(1, 2) AS seq`,
    [OPERATOR, count],
  );
  await svc.db.query(
    `INSERT INTO cold_chain_states (shipment_id, state)
     SELECT ${id('n')}, jsonb_build_object('readings', 12, 'minC', 2.1, 'maxC', 6.4, 'arrheniusSum', 0,
              'lastAt', 1764576000000, 'outOfRange', '{}'::jsonb, 'open', NULL,
              'closed', jsonb_build_object('count', 1, 'totalMs', 1200000, 'longestMs', 1200000, 'worst', 'minor'))
       FROM generate_series(1, $1) AS n`,
    [count],
  );
  await svc.db.query(
    `INSERT INTO excursions (id, shipment_id, direction, started_at, ended_at, peak_c, minutes, severity)
     SELECT md5('excursion' || n)::uuid, ${id('n')}, 'above', TIMESTAMPTZ '2026-12-01T09:00:00Z',
            TIMESTAMPTZ '2026-12-01T09:20:00Z', 6.4, 20, 'minor'
       FROM generate_series(1, $1) AS n`,
    [count],
  );
  await svc.db.query(
    `INSERT INTO traced_lots (lot_id, product_id, producer_id, harvested_on, expires_on)
     VALUES ($1, md5('product')::uuid, md5('producer')::uuid, DATE '2026-11-28', DATE '2026-12-28')`,
    [LOT],
  );
  await svc.db.query(
    `INSERT INTO shipment_lots (shipment_id, lot_id, product_id, quantity)
     SELECT ${id('n')}, $1, md5('product')::uuid, 10 * n FROM generate_series(1, $2) AS n`,
    [LOT, count],
  );
}

describe('logistics: every list route costs the same few statements whatever the page size', () => {
  let svc: RunningService;
  let count: CountStatements;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    svc = await runService(logisticsService, 'logistics-list-statements');
    await seedShipments(svc, 60);
    count = statementCounter(svc.app.get(DataSource));
    tokens.admin = await tokenFor('admin', 'harvest-bridge-ops');
    tokens.buyer = await tokenFor('buyer', BUYER);
    tokens.operator = await tokenFor('operator', OPERATOR);
  });

  afterAll(async () => {
    await svc?.stop();
  });

  const routes: (ListRoute & { bound: number })[] = [
    {
      name: 'GET /v1/shipments (administrator)',
      request: (limit) => ({ method: 'GET', url: `/v1/shipments?limit=${limit}`, token: tokens.admin }),
      // The shipments, their custody events, excursions, cold-chain states and lots.
      bound: 5,
    },
    {
      name: 'GET /v1/shipments (buyer)',
      request: (limit) => ({ method: 'GET', url: `/v1/shipments?limit=${limit}`, token: tokens.buyer }),
      bound: 5,
    },
    {
      name: 'GET /v1/shipments?lotId (operator)',
      request: (limit) => ({
        method: 'GET',
        url: `/v1/shipments?lotId=${LOT}&limit=${limit}`,
        token: tokens.operator,
      }),
      bound: 5,
    },
  ];

  it.each(routes)('$name', async (route) => {
    const { small, large } = await costOfPages(svc, count, route);
    expect([small.items, large.items]).toEqual([5, 50]);
    expect(large.statements).toHaveLength(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(route.bound);
  });
});
