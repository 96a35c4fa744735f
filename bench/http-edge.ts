/**
 * HTTP edge, with autocannon (same connections and duration on both sides, rounds alternating ABBA):
 * - a catalog read, `GET /v1/products/{id}` as a buyer (bearer token verified, rate-limit guard,
 *   UUID pipe, one product with its producer's county from PostgreSQL, JSON out), from the catalog's
 *   `nest build` in a child process, against a bare node:http server in a child process answering
 *   the same JSON bytes. To show where the gap goes, the framework alone (NestJS on Fastify, one route
 *   answering the same JSON) and the platform's stack alone (`GET /health/live`: no token, no
 *   database) are measured too, and for every run the server's CPU time per request;
 * - the same read against a fair reference (the goal): node:http and a pg Pool running the catalog's
 *   statement, token check (TokenVerifier, cache off), visibility rule and view, its bytes asserted
 *   equal to the catalog's (bench/lib/pg-reference.ts);
 * - the 304 path (If-None-Match naming the product's ETag, answered from the replica's memory of the
 *   product's tag) against bare node:http answering 304;
 * - a validated POST, `POST /v1/products` (ValidationPipe: class-transformer, class-validator with
 *   whitelist, nested price tiers), against the same handler with the pipe left out: the bench-only
 *   route of bench/lib/bench-catalog.ts, in the same process, same guards, same service call.
 *
 *   npx ts-node -r tsconfig-paths/register bench/http-edge.ts [--quick] [--duration 8] [--connections 10]
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { createDatabase } from './lib/db';
import { byMode, logger, numberFlag, ROOT, uniqueLabel } from './lib/env';
import {
  call,
  cannon,
  startBareNotModified,
  startBareServer,
  startNestMinimal,
  startPgReference,
  tokenFor,
  type CannonResult,
} from './lib/http';
import { deleteTopics } from './lib/kafka';
import { alternate } from './lib/load';
import { finished, meets, newResult, runStandalone, type BenchResult } from './lib/results';
import { producerId, productId, seedCatalog } from './lib/seed';
import { spawnService, type ServiceProcess } from './lib/services';
import { ratio, round, thousands } from './lib/stats';

const log = logger('http');
const GOAL_READ = 0.65;
const GOAL_NOT_MODIFIED = 0.5;
const GOAL_VALIDATION = 0.5;

/** Totals of some runs: 2xx per second, non-2xx, worst p50/p99, the server's CPU µs per request. */
const sum = (runs: readonly CannonResult[]) => {
  const ok = runs.reduce((total, run) => total + run.ok, 0);
  return {
    rate: ok / runs.reduce((total, run) => total + run.seconds, 0),
    non2xx: runs.reduce((total, run) => total + run.non2xx + run.errors, 0),
    p50: Math.max(...runs.map((run) => run.latencyP50Ms)),
    p99: Math.max(...runs.map((run) => run.latencyP99Ms)),
    cpuUs: round(
      runs.reduce((total, run) => total + (run.serverCpuUsPerRequest ?? 0) * run.ok, 0) / Math.max(ok, 1),
      1,
    ),
  };
};

export async function run(): Promise<BenchResult> {
  const result = newResult('http', 'HTTP edge');
  const duration = numberFlag('duration', byMode(3, 8));
  const connections = Math.round(numberFlag('connections', 10));
  const rounds = byMode(2, 4);
  const label = uniqueLabel();
  const prefix = `bench-${label}`;
  const db = await createDatabase(`hb_bench_http_${label}`);
  const stops: (() => Promise<unknown>)[] = [];
  const profiles: Record<string, string[]> = {};
  try {
    const catalog: ServiceProcess = await spawnService('catalog', { databaseUrl: db.url, prefix });
    stops.push(() => catalog.stop());
    await seedCatalog(db, 0, 1_000);
    const buyer = await tokenFor('buyer', randomUUID());
    const productUrl = `${catalog.url}/v1/products/${productId(2)}`;
    const sample = await call('GET', productUrl, { token: buyer });
    if (sample.status !== 200) throw new Error(`GET ${productUrl} answered ${sample.status}: ${sample.text}`);
    const bare = await startBareServer(`${prefix}-bare-http`, sample.text, sample.contentType);
    stops.push(() => bare.child.stop());
    const fair = await startPgReference(`${prefix}-pg-reference`, db.url);
    stops.push(() => fair.child.stop());
    const fairUrl = `${fair.url}${productId(2)}`;
    const fairSample = await call('GET', fairUrl, { token: buyer });
    if (fairSample.status !== 200 || fairSample.text !== sample.text) {
      throw new Error(
        `the pg reference does not answer the catalog's bytes (${fairSample.status}):\n${fairSample.text}\n${sample.text}`,
      );
    }
    // The catalog's ETag, when this build has one (a build from before conditional requests has none).
    const etag =
      (await fetch(productUrl, { headers: { authorization: `Bearer ${buyer}` } }).then(async (response) => {
        await response.arrayBuffer();
        return response.headers.get('etag');
      })) ?? undefined;
    if (etag) {
      const revalidated = await call('GET', productUrl, { token: buyer, headers: { 'if-none-match': etag } });
      if (revalidated.status !== 304 || revalidated.text !== '') {
        throw new Error(`GET ${productUrl} with If-None-Match ${etag} answered ${revalidated.status}`);
      }
    }
    const bare304 = etag ? await startBareNotModified(`${prefix}-bare-304`, etag) : undefined;
    if (bare304) stops.push(() => bare304.child.stop());
    const nest = await startNestMinimal(`${prefix}-nest-minimal`, sample.text);
    stops.push(() => nest.child.stop());
    log(
      `${rounds} rounds of ${duration} s with ${connections} connections; product JSON ${sample.text.length} bytes`,
    );

    const get = (url: string, pid: number, token?: string, extra: Record<string, string> = {}) =>
      cannon(
        {
          url,
          connections,
          duration,
          headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra },
        },
        pid,
        { notModified: 'if-none-match' in extra },
      );
    const readProduct = () => get(productUrl, catalog.pid, buyer);
    const readBare = () => get(bare.url, bare.child.pid);
    const readFair = () => get(fairUrl, fair.child.pid, buyer);
    await readBare();
    await readProduct();
    await readFair();
    const read = await alternate(rounds, readProduct, readBare, (index, service, reference) =>
      log(
        `round ${index + 1}: catalog GET ${thousands(service.requestsPerSecond)}/s, bare ${thousands(reference.requestsPerSecond)}/s`,
      ),
    );
    const fairRounds = await alternate(rounds, readProduct, readFair, (index, service, reference) =>
      log(
        `round ${index + 1}: catalog GET ${thousands(service.requestsPerSecond)}/s, node:http + pg ${thousands(reference.requestsPerSecond)}/s`,
      ),
    );
    const notModifiedRounds =
      etag && bare304
        ? await alternate(
            rounds,
            () => get(productUrl, catalog.pid, buyer, { 'if-none-match': etag }),
            () => get(bare304.url, bare304.child.pid, buyer, { 'if-none-match': etag }),
            (index, service, reference) =>
              log(
                `round ${index + 1}: catalog 304 ${thousands(service.requestsPerSecond)}/s, bare 304 ${thousands(reference.requestsPerSecond)}/s`,
              ),
          )
        : undefined;
    const nestRun = await get(nest.url, nest.child.pid);
    const liveRun = await get(`${catalog.url}/health/live`, catalog.pid);
    const catalogRead = sum(read.a);
    const bareRead = sum(read.b);
    const catalogAgainstFair = sum(fairRounds.a);
    const fairRead = sum(fairRounds.b);
    const catalog304 = notModifiedRounds && sum(notModifiedRounds.a);
    const bare304Read = notModifiedRounds && sum(notModifiedRounds.b);
    const nestRead = sum([nestRun]);
    const live = sum([liveRun]);
    await nest.child.stop();
    await bare.child.stop();
    await fair.child.stop();
    await bare304?.child.stop();
    const top = await catalog.stopAndProfile();
    if (top) profiles['catalog (GET /v1/products/{id})'] = top;
    stops.length = 0;

    const bench = await spawnService('catalog', {
      databaseUrl: db.url,
      prefix,
      label: `${prefix}-bench-catalog`,
      tsEntry: resolve(ROOT, 'bench', 'lib', 'bench-catalog.ts'),
    });
    stops.push(() => bench.stop());
    const producer = await tokenFor('producer', producerId(1));
    const body = JSON.stringify({
      name: 'Zhaojue Tartary buckwheat tea, 250 g tins',
      category: 'tea',
      unit: 'kg',
      shelfLifeDays: 540,
      minOrderQuantity: 10,
      priceTiers: [
        { minQuantity: 10, unitPriceCents: 8800 },
        { minQuantity: 100, unitPriceCents: 7900 },
        { minQuantity: 1000, unitPriceCents: 7200 },
      ],
      brand: 'Liangshan Highlands',
    });
    const post = (path: string) =>
      cannon(
        {
          url: `${bench.url}${path}`,
          method: 'POST',
          connections,
          duration,
          body,
          headers: { authorization: `Bearer ${producer}`, 'content-type': 'application/json' },
        },
        bench.pid,
      );
    for (const path of ['/v1/products', '/v1/bench/products-unvalidated']) {
      const check = await call('POST', `${bench.url}${path}`, { token: producer, body: JSON.parse(body) });
      if (check.status !== 201) throw new Error(`POST ${path} answered ${check.status}: ${check.text}`);
    }
    await post('/v1/products');
    await post('/v1/bench/products-unvalidated');
    const write = await alternate(
      rounds,
      () => post('/v1/products'),
      () => post('/v1/bench/products-unvalidated'),
      (index, validated, unvalidated) =>
        log(
          `round ${index + 1}: validated POST ${thousands(validated.requestsPerSecond)}/s, ` +
            `without validation ${thousands(unvalidated.requestsPerSecond)}/s`,
        ),
    );
    const validated = sum(write.a);
    const unvalidated = sum(write.b);
    stops.length = 0;
    const benchTop = await bench.stopAndProfile();
    if (benchTop) profiles['catalog (POST /v1/products)'] = benchTop;

    const readRatio = ratio(catalogRead.rate, bareRead.rate);
    const fairRatio = ratio(catalogAgainstFair.rate, fairRead.rate);
    const notModifiedRatio = catalog304 && bare304Read ? ratio(catalog304.rate, bare304Read.rate) : undefined;
    const writeRatio = ratio(validated.rate, unvalidated.rate);
    const cpu = (value: number) => `${thousands(value)} µs CPU/request`;
    result.rows.push(
      {
        measure: `GET /v1/products/{id}, ${connections} connections`,
        figure: `${thousands(catalogRead.rate)} req/s`,
        reference: `bare node:http, same JSON: ${thousands(bareRead.rate)} req/s`,
        ratio: readRatio,
      },
      {
        measure: `GET /v1/products/{id} against the same SQL, token check and JSON, ${connections} connections`,
        figure: `${thousands(catalogAgainstFair.rate)} req/s, ${cpu(catalogAgainstFair.cpuUs)}`,
        reference: `node:http + pg Pool, same statement, HS256 check and bytes: ${thousands(fairRead.rate)} req/s, ${cpu(fairRead.cpuUs)}`,
        ratio: fairRatio,
        goal: `≥ ${GOAL_READ} of node:http + pg`,
        met: meets(fairRatio, '>=', GOAL_READ),
      },
      {
        measure: 'server CPU per request: GET /v1/products/{id}',
        figure: cpu(catalogRead.cpuUs),
        reference: `bare node:http: ${cpu(bareRead.cpuUs)}`,
        ratio: ratio(catalogRead.cpuUs, bareRead.cpuUs),
      },
      ...(catalog304 && bare304Read && notModifiedRatio !== undefined
        ? [
            {
              measure: `GET /v1/products/{id} with a matching If-None-Match (304), ${connections} connections`,
              figure: `${thousands(catalog304.rate)} req/s, ${cpu(catalog304.cpuUs)}`,
              reference: `bare node:http answering 304: ${thousands(bare304Read.rate)} req/s, ${cpu(bare304Read.cpuUs)}`,
              ratio: notModifiedRatio,
              goal: `≥ ${GOAL_NOT_MODIFIED} of bare node:http`,
              met: meets(notModifiedRatio, '>=', GOAL_NOT_MODIFIED),
            },
          ]
        : []),
      {
        measure: 'framework floor: NestJS on Fastify, one route, same JSON',
        figure: `${thousands(nestRead.rate)} req/s, ${cpu(nestRead.cpuUs)}`,
        reference: `bare node:http: ${thousands(bareRead.rate)} req/s`,
        ratio: ratio(nestRead.rate, bareRead.rate),
      },
      {
        measure: 'platform floor: GET /health/live (no token, no database)',
        figure: `${thousands(live.rate)} req/s, ${cpu(live.cpuUs)}`,
        reference: `bare node:http: ${thousands(bareRead.rate)} req/s`,
        ratio: ratio(live.rate, bareRead.rate),
      },
      {
        measure: `POST /v1/products validated, ${connections} connections`,
        figure: `${thousands(validated.rate)} req/s, ${cpu(validated.cpuUs)}`,
        reference: `same route without validation: ${thousands(unvalidated.rate)} req/s, ${cpu(unvalidated.cpuUs)}`,
        ratio: writeRatio,
        goal: `≥ ${GOAL_VALIDATION} of unvalidated`,
        met: meets(writeRatio, '>=', GOAL_VALIDATION),
      },
    );
    result.details = {
      duration,
      connections,
      rounds,
      responseBytes: sample.text.length,
      catalogRead,
      bareRead,
      catalogAgainstFair,
      fairRead,
      notModified: catalog304 ? { catalog: catalog304, bare: bare304Read } : null,
      nestMinimal: nestRead,
      healthLive: live,
      validatedPost: validated,
      unvalidatedPost: unvalidated,
      readRounds: read.a.map((r, index) => ({
        catalog: r.requestsPerSecond,
        bare: read.b[index].requestsPerSecond,
      })),
      fairRounds: fairRounds.a.map((r, index) => ({
        catalog: r.requestsPerSecond,
        pgReference: fairRounds.b[index].requestsPerSecond,
      })),
      writeRounds: write.a.map((r, index) => ({
        validated: r.requestsPerSecond,
        unvalidated: write.b[index].requestsPerSecond,
      })),
    };
    if (Object.keys(profiles).length > 0) result.profiles = profiles;
    const errors =
      catalogRead.non2xx +
      bareRead.non2xx +
      catalogAgainstFair.non2xx +
      fairRead.non2xx +
      (catalog304?.non2xx ?? 0) +
      validated.non2xx +
      unvalidated.non2xx;
    if (errors > 0) {
      result.limits.push(
        `unexpected answers or errors: catalog ${catalogRead.non2xx + catalogAgainstFair.non2xx}, bare ${bareRead.non2xx}, ` +
          `pg reference ${fairRead.non2xx}, catalog 304 ${catalog304?.non2xx ?? 0}, ` +
          `validated ${validated.non2xx}, unvalidated ${unvalidated.non2xx}`,
      );
    }
    if (!meets(fairRatio, '>=', GOAL_READ)) {
      result.limits.push(
        `the product read reached ${fairRatio} of node:http + pg doing the same work ` +
          `(${cpu(catalogAgainstFair.cpuUs)} against ${cpu(fairRead.cpuUs)}): the rest is NestJS, the platform's ` +
          "hooks and guards and TypeORM's query runner.",
      );
    }
    if (notModifiedRatio !== undefined && !meets(notModifiedRatio, '>=', GOAL_NOT_MODIFIED)) {
      result.limits.push(
        `a 304 costs the catalog ${cpu(catalog304?.cpuUs ?? 0)} against ${cpu(bare304Read?.cpuUs ?? 0)} for bare node:http: ` +
          "it is answered from the replica's memory of the product's tag, without PostgreSQL or Nest's pipeline, " +
          "but still through Fastify's routing and hooks, the platform's trace context and request metrics, the " +
          'token check (a cache hit) and the rate limit; when the cores are shared, a server that spends that much ' +
          'more CPU per request gets that much less of the rate.',
      );
    }
    if (readRatio < GOAL_READ) {
      result.limits.push(
        `the product read costs the catalog ${cpu(catalogRead.cpuUs)} against ${cpu(bareRead.cpuUs)} for bare ` +
          `node:http answering the same bytes; NestJS on Fastify with one route and nothing else already costs ` +
          `${cpu(nestRead.cpuUs)} (${ratio(nestRead.rate, bareRead.rate)} of bare's rate), the platform's stack ` +
          `(hooks, guards, metrics; GET /health/live) ${cpu(live.cpuUs)} (${ratio(live.rate, bareRead.rate)}); the ` +
          'rest is the token check (HS256) and the PostgreSQL round trip, whose server side runs on the same two ' +
          'cores. A ratio of 0.65 of bare node:http would need the read answered from memory, without the database.',
      );
    }
    return finished(result);
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await db.drop();
    await deleteTopics(prefix);
  }
}

if (require.main === module) runStandalone(run);
