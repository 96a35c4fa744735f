import { DataSource } from 'typeorm';
import { type OrderView, ordersService } from '../../../apps/orders/src';
import { tokenFor } from '../../support/http';
import { runService, type RunningService } from '../../support/service-harness';
import { statementCounter } from '../../support/statement-counter';

const BUYER = '7c1e6a52-3f0d-4b8e-9a41-5d2c8b7e0f13';
const OTHER_BUYER = '2b9d4f60-8e1a-4c37-b5f2-0a6e9d3c7b48';

/**
 * Orders of one buyer with everything an order view shows: two lines, shipments, the lots the lines
 * came from and, for some, a recall. Ids and times are fixed, so the JSON is the same on every run.
 */
async function seedOrders(svc: RunningService, buyerId: string, count: number, salt: string) {
  const id = (what: string) => `md5('${salt}' || ${what})::uuid`;
  await svc.db.query(
    `INSERT INTO orders (id, buyer_id, status, delivery_address, requested_delivery_date, total_cents, placed_at)
     SELECT ${id("'order' || n")}, $1, CASE WHEN n % 3 = 0 THEN 'DELIVERED' ELSE 'CONFIRMED' END,
            'Canteen ' || n, DATE '2026-12-01' + n, 1000 * n + 4500, TIMESTAMPTZ '2026-11-01T08:00:00Z' + n * INTERVAL '7 minutes'
       FROM generate_series(1, $2) AS n`,
    [buyerId, count],
  );
  await svc.db.query(
    `INSERT INTO order_lines (order_id, line_no, product_id, producer_id, county_code, quantity, unit_price_cents,
                              line_total_cents, relief_eligible)
     SELECT ${id("'order' || n")}, line, ${id("'product' || line")}, ${id("'producer' || line")}, '510703',
            10 * n, 100 * line, 1000 * n * line, line = 1
       FROM generate_series(1, $1) AS n, generate_series(1, 2) AS line`,
    [count],
  );
  await svc.db.query(
    `INSERT INTO order_shipments (shipment_id, order_id, producer_id, status, cold_chain_verdict)
     SELECT ${id("'shipment' || n || '-' || line")}, ${id("'order' || n")}, ${id("'producer' || line")},
            CASE WHEN n % 3 = 0 THEN 'delivered' ELSE 'created' END, CASE WHEN n % 3 = 0 THEN 'ok' END
       FROM generate_series(1, $1) AS n, generate_series(1, 2) AS line WHERE line = 1 OR n % 2 = 0`,
    [count],
  );
  await svc.db.query(
    `INSERT INTO order_line_lots (order_id, line_no, lot_id, quantity, harvested_on, expires_on)
     SELECT ${id("'order' || n")}, 1, ${id("'lot' || (n % 4) || '-' || part")}, 5 * n, DATE '2026-10-01' + part,
            DATE '2027-01-01' + part
       FROM generate_series(1, $1) AS n, generate_series(1, 2) AS part`,
    [count],
  );
  await svc.db.query(
    `INSERT INTO recalled_lots (lot_id, product_id, class, reason, recalled_at)
     VALUES (${id("'lot0-1'")}, ${id("'product1'")}, 'II', 'Listeria found in a retained sample', TIMESTAMPTZ '2026-11-20T10:00:00Z')`,
  );
  await svc.db.query(
    `INSERT INTO order_recalls (order_id, lot_id, buyer_id, quantity, status_when_found, marked_at)
     SELECT ${id("'order' || n")}, ${id("'lot0-1'")}, $1, 5 * n, 'CONFIRMED', TIMESTAMPTZ '2026-11-20T10:00:01Z'
       FROM generate_series(4, $2, 4) AS n`,
    [buyerId, count],
  );
}

describe('orders: the list of orders costs the same few statements whatever the page size', () => {
  let svc: RunningService;
  let buyer: string;
  let counted: ReturnType<typeof statementCounter>;

  const list = async (query: string, token = buyer) => {
    const answer = await svc.call({ method: 'GET', url: `/v1/orders${query}`, token });
    expect(answer.status).toBe(200);
    return answer.body as { items: OrderView[]; nextCursor: string | null };
  };

  beforeAll(async () => {
    svc = await runService(ordersService, 'orders-page');
    buyer = await tokenFor('buyer', BUYER);
    await seedOrders(svc, BUYER, 60, 'a');
    await seedOrders(svc, OTHER_BUYER, 3, 'b');
    counted = statementCounter(svc.app.get(DataSource));
  });

  afterAll(async () => {
    await svc?.stop();
  });

  it('answers a page of 50 orders with as many statements as a page of 5, and only a handful', async () => {
    const fifty = await counted(() => list('?limit=50'));
    const five = await counted(() => list('?limit=5'));
    expect(fifty.result.items).toHaveLength(50);
    expect(five.result.items).toHaveLength(5);
    expect(fifty.statements.length).toBe(five.statements.length);
    // The transaction, the orders, their lines, shipments, lots and recalls.
    expect(fifty.statements.length).toBeLessThanOrEqual(7);
  });

  it('shows each order of a page exactly as the order itself reads, lines, shipments, lots and recall included', async () => {
    const page = await list('?limit=50');
    expect(page.items.map((order) => order.placedAt)).toEqual(
      [...page.items.map((order) => order.placedAt)].sort().reverse(),
    );
    for (const order of page.items) {
      const own = await svc.call({ method: 'GET', url: `/v1/orders/${order.id}`, token: buyer });
      expect(own.body).toEqual(order);
    }
    const recalled = page.items.filter((order) => order.recall !== null);
    expect(recalled.length).toBeGreaterThan(5);
    expect(recalled[0].recall).toMatchObject({ class: 'II', reason: 'Listeria found in a retained sample' });
    expect(page.items.every((order) => order.lines.length === 2 && order.lines[0].lots.length === 2)).toBe(
      true,
    );
    expect(page.items.some((order) => order.shipments.length === 2)).toBe(true);
    expect(page.items.every((order) => order.buyerId === BUYER)).toBe(true);
  });

  it('pages of 5 walk through the same orders in the same order as one page of 60', async () => {
    const all = await list('?limit=60');
    expect(all.nextCursor).toBeNull();
    const walked: OrderView[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      walked.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(all.items);
  });
});
