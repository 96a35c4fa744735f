/**
 * Growth: how the cost of a request grows with the data behind it.
 * - Catalog search (`GET /v1/products`, as a buyer) with 1k, 10k and 100k products: the first page,
 *   a category, a name fragment, a county poverty status. Each set against the same SQL (built by
 *   the catalog's own productSearchQuery) run directly with `pg` at the same size, and against
 *   itself at the smallest size.
 * - Order placement (`POST /v1/orders`) with 1k and 100k orders already in the table (with their
 *   lines, idempotency keys and outbox history), against itself at the smallest size.
 * Rows are seeded with SQL (generate_series) into one database and service per size; requests are
 * sent one at a time (latency, not throughput), going round the sizes in turn so that every size is
 * measured at the same moments. Quick mode: 1k and 10k.
 *
 *   npx ts-node -r tsconfig-paths/register bench/growth.ts [--quick] [--requests 150]
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { Principal } from '@hb/contracts';
import { productSearchQuery } from '../apps/catalog/src';
import { createDatabase, type BenchDatabase } from './lib/db';
import { byMode, logger, numberFlag, uniqueLabel } from './lib/env';
import { call, tokenFor } from './lib/http';
import { deleteTopics } from './lib/kafka';
import { finished, newResult, runStandalone, type BenchResult } from './lib/results';
import { listedProducts, productId, seedCatalog, seedOrders, seedOrdersCatalogView } from './lib/seed';
import { spawnService, stopServices, type ServiceProcess } from './lib/services';
import { distribution, ratio, thousands, type Distribution } from './lib/stats';

const log = logger('growth');

const SEARCHES: { name: string; query: Record<string, string> }[] = [
  { name: 'first page', query: {} },
  { name: 'category=tea', query: { category: 'tea' } },
  { name: 'q=kiwi', query: { q: 'kiwi' } },
  { name: 'povertyStatus=deep', query: { povertyStatus: 'deep' } },
];

const ORDER_PRODUCTS = 1_000;
const BUYERS = 200;

interface Point {
  size: number;
  service: Distribution;
  sql?: Distribution;
}

/** A small text chart: one line per size, a bar per series scaled to the largest p50. */
function chart(title: string, sizes: readonly number[], series: Record<string, Point[]>): string[] {
  const names = Object.keys(series);
  const largest = Math.max(...names.flatMap((name) => series[name].map((point) => point.service.p50)));
  const lines = [`${title} — p50 ms (p99 ms), one request at a time`];
  lines.push(`${'rows'.padStart(8)}  ${names.map((name) => name.padEnd(24)).join('')}`.trimEnd());
  for (const size of sizes) {
    const cells = names.map((name) => {
      const point = series[name].find((candidate) => candidate.size === size);
      return point ? `${point.service.p50} (${point.service.p99})`.padEnd(24) : ''.padEnd(24);
    });
    lines.push(`${thousands(size).padStart(8)}  ${cells.join('')}`.trimEnd());
  }
  lines.push('');
  for (const name of names) {
    for (const point of series[name]) {
      const width = Math.max(1, Math.round((40 * point.service.p50) / largest));
      lines.push(
        `${name.padEnd(20)} ${thousands(point.size).padStart(8)} ${'█'.repeat(width)} ${point.service.p50} ms`,
      );
    }
  }
  return lines;
}

/** Calls each target in turn, `requests` rounds after `warmup` unmeasured ones: the same moments for all. */
async function interleaved(
  targets: readonly (() => Promise<void>)[],
  requests: number,
  warmup: number,
): Promise<number[][]> {
  const latencies = targets.map(() => [] as number[]);
  for (let round = 0; round < warmup + requests; round += 1) {
    for (const [index, target] of targets.entries()) {
      const started = performance.now();
      await target();
      if (round >= warmup) latencies[index].push(performance.now() - started);
    }
  }
  return latencies;
}

export async function run(): Promise<BenchResult> {
  const result = newResult('growth', 'Growth (latency as data grows)');
  const productSizes = byMode([1_000, 10_000], [1_000, 10_000, 100_000]);
  const orderSizes = byMode([1_000, 10_000], [1_000, 100_000]);
  const requests = Math.round(numberFlag('requests', byMode(40, 150)));
  const warmup = Math.max(5, Math.round(requests / 5));
  const label = uniqueLabel();
  const prefix = `bench-${label}`;
  const databases: BenchDatabase[] = [];
  const services: ServiceProcess[] = [];
  try {
    // One service and database per size, so that every size is measured at the same moments
    // (requests go round the sizes in turn) and a change in the machine's load weighs on all alike.
    const catalogs: { size: number; db: BenchDatabase; service?: ServiceProcess }[] = [];
    for (const size of productSizes) {
      const db = await createDatabase(`hb_bench_growth_${label}_catalog_${size}`);
      databases.push(db);
      catalogs.push({ size, db });
    }
    const orderStores: { size: number; db: BenchDatabase; service?: ServiceProcess }[] = [];
    for (const size of orderSizes) {
      const db = await createDatabase(`hb_bench_growth_${label}_orders_${size}`);
      databases.push(db);
      orderStores.push({ size, db });
    }
    const started = await Promise.all([
      ...catalogs.map((entry) =>
        spawnService('catalog', {
          databaseUrl: entry.db.url,
          prefix,
          label: `${prefix}-catalog-${entry.size}`,
        }),
      ),
      ...orderStores.map((entry) =>
        spawnService('orders', {
          databaseUrl: entry.db.url,
          prefix,
          label: `${prefix}-orders-${entry.size}`,
        }),
      ),
    ]);
    services.push(...started);
    catalogs.forEach((entry, index) => (entry.service = started[index]));
    orderStores.forEach((entry, index) => (entry.service = started[catalogs.length + index]));

    for (const entry of catalogs) {
      const begun = performance.now();
      await seedCatalog(entry.db, 0, entry.size);
      log(`${thousands(entry.size)} products seeded in ${((performance.now() - begun) / 1000).toFixed(1)} s`);
    }
    const buyerOrg = randomUUID();
    const buyer = await tokenFor('buyer', buyerOrg);
    const caller: Principal = { subject: 'bench-buyer', role: 'buyer', organisationId: buyerOrg };

    const search: Record<string, Point[]> = {};
    for (const { name, query } of SEARCHES) {
      const urls = catalogs.map(
        (entry) => `${entry.service?.url}/v1/products?${new URLSearchParams(query).toString()}`,
      );
      const viaService = await interleaved(
        urls.map((url) => async () => {
          const answer = await call('GET', url, { token: buyer });
          if (answer.status !== 200) throw new Error(`GET ${url} answered ${answer.status}: ${answer.text}`);
        }),
        requests,
        warmup,
      );
      const { text, values } = productSearchQuery(caller, query);
      const viaSql = await interleaved(
        catalogs.map((entry) => async () => {
          await entry.db.pool.query(text, values);
        }),
        requests,
        warmup,
      );
      search[name] = catalogs.map((entry, index) => ({
        size: entry.size,
        service: distribution(viaService[index]),
        sql: distribution(viaSql[index]),
      }));
      log(
        `${name}: p50 ${search[name].map((point) => `${point.service.p50} ms at ${thousands(point.size)}`).join(', ')}`,
      );
    }

    const products = listedProducts(ORDER_PRODUCTS).map(productId);
    const buyers = Array.from({ length: BUYERS }, () => randomUUID());
    buyers[0] = buyerOrg;
    for (const entry of orderStores) {
      const begun = performance.now();
      await seedOrdersCatalogView(entry.db, 0, ORDER_PRODUCTS);
      await seedOrders(entry.db, 0, entry.size, { buyers, products: ORDER_PRODUCTS });
      log(`${thousands(entry.size)} orders seeded in ${((performance.now() - begun) / 1000).toFixed(1)} s`);
    }
    const deliveryDate = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const viaOrders = await interleaved(
      orderStores.map((entry) => async () => {
        const first = randomInt(products.length);
        const answer = await call('POST', `${entry.service?.url}/v1/orders`, {
          token: buyer,
          headers: { 'idempotency-key': randomUUID() },
          body: {
            lines: [
              { productId: products[first], quantity: 20 },
              {
                productId: products[(first + 1 + randomInt(products.length - 1)) % products.length],
                quantity: 30,
              },
            ],
            deliveryAddress: 'Mianyang No. 1 Middle School canteen, 12 Changhong Ave',
            requestedDeliveryDate: deliveryDate,
          },
        });
        if (answer.status !== 201)
          throw new Error(`POST /v1/orders answered ${answer.status}: ${answer.text}`);
      }),
      requests,
      warmup,
    );
    const placing: Point[] = orderStores.map((entry, index) => ({
      size: entry.size,
      service: distribution(viaOrders[index]),
    }));
    log(
      `POST /v1/orders: p50 ${placing.map((point) => `${point.service.p50} ms at ${thousands(point.size)}`).join(', ')}`,
    );

    const smallest = productSizes[0];
    const largest = productSizes[productSizes.length - 1];
    for (const { name } of SEARCHES) {
      const first = search[name][0];
      const last = search[name][search[name].length - 1];
      result.rows.push({
        measure: `GET /v1/products ${name}, p50 at ${thousands(largest)} products`,
        figure: `${last.service.p50} ms (SQL alone ${last.sql?.p50} ms)`,
        reference: `same request at ${thousands(smallest)} products: ${first.service.p50} ms`,
        ratio: ratio(last.service.p50, first.service.p50),
      });
    }
    const firstOrders = placing[0];
    const lastOrders = placing[placing.length - 1];
    result.rows.push({
      measure: `POST /v1/orders, p50 with ${thousands(lastOrders.size)} orders stored`,
      figure: `${lastOrders.service.p50} ms`,
      reference: `with ${thousands(firstOrders.size)} orders stored: ${firstOrders.service.p50} ms`,
      ratio: ratio(lastOrders.service.p50, firstOrders.service.p50),
    });
    result.chart = [
      ...chart('Catalog search', productSizes, search),
      '',
      ...chart('Order placement', orderSizes, { 'POST /v1/orders': placing }),
    ];
    result.details = { productSizes, orderSizes, requests, warmup, search, placing };
    for (const { name } of SEARCHES) {
      const last = search[name][search[name].length - 1];
      const growth = ratio(last.service.p50, search[name][0].service.p50);
      if (growth > 2) {
        result.limits.push(
          `${name}: p50 grows ${growth}× from ${thousands(smallest)} to ${thousands(largest)} products; the SQL ` +
            `alone takes ${last.sql?.p50} ms at ${thousands(largest)} (${ratio(last.sql?.p50 ?? 0, search[name][0].sql?.p50 ?? 1)}× its cost at ${thousands(smallest)}).`,
        );
      }
    }
    const profiles: Record<string, string[]> = {};
    await stopServices(services, profiles);
    if (Object.keys(profiles).length > 0) result.profiles = profiles;
    return finished(result);
  } finally {
    for (const service of services) await service.stop().catch(() => undefined);
    for (const db of databases) await db.drop().catch(() => undefined);
    await deleteTopics(prefix);
  }
}

if (require.main === module) runStandalone(run);
