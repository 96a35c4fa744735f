/**
 * Recall: time from `POST /v1/lots/{id}/recall` (catalog) to the last affected order marked in
 * orders (its `order_recalls` row committed), through catalog's outbox, `catalog.lot.recalled.v1` on
 * Kafka and orders' inbox — with 10,000 confirmed orders holding the lot (quick: 1,000), against the
 * same recall of a lot that reached a single order, in alternating rounds (the fixed cost of the
 * hops). Catalog and orders run as child processes; the orders, their lines, the lots they were
 * reserved from and catalog's reservations are seeded with SQL (building 10,000 orders through the
 * saga would take minutes per round), so every recall starts from the state the saga would leave.
 *
 *   npx ts-node -r tsconfig-paths/register bench/recall.ts [--quick] [--rounds 10] [--orders 10000]
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { createDatabase, type BenchDatabase } from './lib/db';
import { byMode, logger, numberFlag, ROOT, sleep, uniqueLabel } from './lib/env';
import { call, tokenFor } from './lib/http';
import { deleteTopics } from './lib/kafka';
import { finished, meets, newResult, runStandalone, type BenchResult } from './lib/results';
import { spawnService, stopServices, type ServiceProcess } from './lib/services';
import { distribution, ratio, thousands } from './lib/stats';

const log = logger('recall');

const GOAL_P99_MS = 2_000;
const BUYERS = 100;
const PER_ORDER = 5;
const COUNTY = '513431';

interface Seeded {
  lotId: string;
  orders: number;
}

/** The county, producer and listed product every recalled lot belongs to (catalog's database). */
async function seedCatalogOwner(catalog: BenchDatabase): Promise<{ producerId: string; productId: string }> {
  const producerId = randomUUID();
  const productId = randomUUID();
  await catalog.query(
    `INSERT INTO counties (code, name, province, prefecture, poverty_status) VALUES ($1, 'Zhaojue', 'Sichuan', 'Liangshan', 'deep')`,
    [COUNTY],
  );
  await catalog.query(
    `INSERT INTO producers (id, name, kind, county_code, credit_code, poverty_households)
     VALUES ($1, 'Zhaojue Buckwheat Cooperative', 'cooperative', $2, '93513431MA6BENCH1X', 120)`,
    [producerId, COUNTY],
  );
  await catalog.query(
    `INSERT INTO products (id, producer_id, name, category, unit, shelf_life_days, min_order_quantity, price_tiers, status)
     VALUES ($1, $2, 'Tartary buckwheat tea', 'tea', 'kg', 365, 1, '[{"minQuantity":1,"unitPriceCents":8800}]', 'listed')`,
    [productId, producerId],
  );
  return { producerId, productId };
}

/**
 * A lot reserved whole by `orders` confirmed orders of PER_ORDER units each: catalog's lot,
 * decisions and reservations, and orders' orders, lines and line lots, as the saga leaves them.
 */
async function seedLot(
  catalog: BenchDatabase,
  orders: BenchDatabase,
  owner: { producerId: string; productId: string },
  count: number,
): Promise<Seeded> {
  const lotId = randomUUID();
  const tag = lotId.slice(0, 8);
  await catalog.query(
    `INSERT INTO lots (id, product_id, quantity, harvested_on, expires_on, reserved)
     VALUES ($1, $2, $3, current_date - 3, current_date + 90, $3)`,
    [lotId, owner.productId, count * PER_ORDER],
  );
  // Version-4-shaped, as the services' validators want a UUID to be.
  const orderId = `overlay(overlay(md5('${tag}-' || n) placing '4' from 13) placing '8' from 17)::uuid`;
  await catalog.query(
    `INSERT INTO stock_decisions (order_id, state, buyer_id, confirmed_at)
     SELECT ${orderId}, 'reserved', 'bench-buyer-' || (n % ${BUYERS}), now() FROM generate_series(1, $1) AS n`,
    [count],
  );
  await catalog.query(
    `INSERT INTO reservations (order_id, lot_id, product_id, quantity)
     SELECT ${orderId}, $2, $3, ${PER_ORDER} FROM generate_series(1, $1) AS n`,
    [count, lotId, owner.productId],
  );
  await orders.query(
    `INSERT INTO orders (id, buyer_id, status, delivery_address, requested_delivery_date, total_cents, placed_at, updated_at)
     SELECT ${orderId}, 'bench-buyer-' || (n % ${BUYERS}), 'CONFIRMED', 'Mianyang canteen', current_date + 5,
            ${PER_ORDER * 8800}, now(), now()
       FROM generate_series(1, $1) AS n`,
    [count],
  );
  await orders.query(
    `INSERT INTO order_lines (order_id, line_no, product_id, producer_id, county_code, quantity,
                              unit_price_cents, line_total_cents, relief_eligible)
     SELECT ${orderId}, 1, $2, $3, $4, ${PER_ORDER}, 8800, ${PER_ORDER * 8800}, true FROM generate_series(1, $1) AS n`,
    [count, owner.productId, owner.producerId, COUNTY],
  );
  await orders.query(
    `INSERT INTO order_line_lots (order_id, line_no, lot_id, quantity, harvested_on, expires_on)
     SELECT ${orderId}, 1, $2, ${PER_ORDER}, current_date - 3, current_date + 90 FROM generate_series(1, $1) AS n`,
    [count, lotId],
  );
  return { lotId, orders: count };
}

/** Recalls the lot and returns the ms until orders has committed the mark of its last order. */
async function timeRecall(
  catalog: ServiceProcess,
  orders: BenchDatabase,
  token: string,
  lot: Seeded,
): Promise<number> {
  const started = performance.now();
  const answer = await call('POST', `${catalog.url}/v1/lots/${lot.lotId}/recall`, {
    token,
    body: { reason: 'Benchmark: pesticide residue above the limit', class: 'II' },
  });
  if (answer.status !== 200) throw new Error(`recall answered ${answer.status}: ${answer.text}`);
  for (;;) {
    const [row] = await orders.query<{ marked: number }>(
      `SELECT count(*)::int AS marked FROM order_recalls WHERE lot_id = $1`,
      [lot.lotId],
    );
    if (row.marked >= lot.orders) return performance.now() - started;
    if (performance.now() - started > 120_000)
      throw new Error(`only ${row.marked} of ${lot.orders} orders marked after 120 s`);
    await sleep(10);
  }
}

async function run(): Promise<BenchResult> {
  const result = newResult('recall', 'Recall: request to the last affected order marked');
  const rounds = numberFlag('rounds', byMode(4, 12));
  const affected = numberFlag('orders', byMode(1_000, 10_000));
  const label = uniqueLabel();
  const prefix = `bench-recall-${label}`;
  const catalogDb = await createDatabase(`hb_bench_recall_${label}_catalog`);
  const ordersDb = await createDatabase(`hb_bench_recall_${label}_orders`);
  const services: ServiceProcess[] = [];
  try {
    const catalog = await spawnService('catalog', {
      databaseUrl: catalogDb.url,
      prefix,
      ...(process.env.BENCH_BUILD_DIR ? {} : { tsEntry: resolve(ROOT, 'apps', 'catalog', 'src', 'main.ts') }),
    });
    services.push(catalog);
    services.push(
      await spawnService('orders', {
        databaseUrl: ordersDb.url,
        prefix,
        ...(process.env.BENCH_BUILD_DIR
          ? {}
          : { tsEntry: resolve(ROOT, 'apps', 'orders', 'src', 'main.ts') }),
      }),
    );
    const owner = await seedCatalogOwner(catalogDb);
    const token = await tokenFor('producer', owner.producerId);

    // Warm-up: the consumer has joined and both paths are compiled before anything is timed.
    await timeRecall(catalog, ordersDb, token, await seedLot(catalogDb, ordersDb, owner, 10));

    const many: number[] = [];
    const one: number[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const large = await seedLot(catalogDb, ordersDb, owner, affected);
      const single = await seedLot(catalogDb, ordersDb, owner, 1);
      await catalogDb.query('ANALYZE');
      await ordersDb.query('ANALYZE');
      // Alternate which goes first, so that neither always meets a freshly vacuumed table.
      const order = round % 2 === 0 ? ([large, single] as const) : ([single, large] as const);
      for (const lot of order) {
        const ms = await timeRecall(catalog, ordersDb, token, lot);
        (lot === large ? many : one).push(ms);
      }
      log(
        `round ${round}/${rounds}: ${thousands(affected)} orders ${Math.round(many.at(-1)!)} ms, one order ${Math.round(one.at(-1)!)} ms`,
      );
    }
    const manyMs = distribution(many);
    const oneMs = distribution(one);
    result.rows.push({
      measure: `recall → last of ${thousands(affected)} confirmed orders marked (${rounds} recalls)`,
      figure: `p50 ${manyMs.p50} ms, p99 ${manyMs.p99} ms, max ${manyMs.max} ms`,
      reference: `the same recall reaching one order, alternate rounds: p50 ${oneMs.p50} ms, p99 ${oneMs.p99} ms`,
      ratio: ratio(manyMs.p99, oneMs.p99),
      goal: `p99 ≤ ${GOAL_P99_MS} ms with 10,000 affected orders`,
      met: affected >= 10_000 ? meets(manyMs.p99, '<=', GOAL_P99_MS) : undefined,
    });
    if (affected < 10_000) {
      result.limits.push(
        `quick mode measures ${thousands(affected)} affected orders; the goal is judged in a full run only`,
      );
    }
    result.limits.push(
      `the affected orders are confirmed (not yet accepted): their marks, refusals and buyer notices are set-based SQL, a constant number of statements whatever their count; an accepted order is refunded and reversed one by one, which this figure does not cover`,
      `with ${rounds} recalls per size, p99 is close to the slowest recall`,
    );
    result.details = { affected, rounds, buyers: BUYERS, manyMs: many, oneMs: one };
  } finally {
    await stopServices(services);
    await catalogDb.drop();
    await ordersDb.drop();
    await deleteTopics(prefix).catch(() => undefined);
  }
  return finished(result);
}

if (require.main === module) runStandalone(run);
