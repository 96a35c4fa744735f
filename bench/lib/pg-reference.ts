/**
 * The fair reference of the catalog read: node:http and a `pg` Pool (the catalog's size, 10, on the
 * same database) doing per request what `GET /v1/products/{id}` must do, and nothing else:
 *
 * 1. the bearer token checked by the platform's own TokenVerifier (jose, HS256 with the development
 *    secret, the same claims and age checks) with its verified-token cache off, so every request
 *    pays the HMAC, as the catalog did before it remembered tokens;
 * 2. the id taken from the path (`/v1/products/<uuid>`), 400 unless it is a UUID;
 * 3. the catalog's own statement (`productByIdQuery`, apps/catalog) through `pool.query`;
 * 4. the catalog's visibility rule (`canSeeProduct`) and its view (`toProductView`), serialised with
 *    JSON.stringify, `content-type: application/json; charset=utf-8`.
 *
 * No framework, guard chain, rate limit, metrics, trace context or logging. Run by the benchmark as a
 * child process (PORT, DATABASE_URL, HB_DEV_AUTH=1):
 *
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/lib/pg-reference.ts
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { authConfigFromEnv, TokenVerifier } from '@hb/platform';
import { canSeeProduct, productByIdQuery, toProductView, type ProductRow } from '../../apps/catalog/src';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PREFIX = '/v1/products/';

const verifier = new TokenVerifier({ ...authConfigFromEnv(), verifiedTokenCacheSize: 0 });
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const answer = (response: import('node:http').ServerResponse, status: number, body: string) => {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
};

createServer((request, response) => {
  request.resume();
  void (async () => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) return answer(response, 401, '{"status":401}');
    let caller;
    try {
      caller = await verifier.verify(match[1]);
    } catch {
      return answer(response, 401, '{"status":401}');
    }
    const id = (request.url ?? '').startsWith(PREFIX) ? (request.url ?? '').slice(PREFIX.length) : '';
    if (!UUID.test(id)) return answer(response, 400, '{"status":400}');
    const { text, values } = productByIdQuery(id);
    const { rows } = await pool.query<ProductRow>(text, values);
    const product = rows[0];
    if (!product || !canSeeProduct(caller, product)) return answer(response, 404, '{"status":404}');
    answer(response, 200, JSON.stringify(toProductView(product, product.countyCode)));
  })().catch((error: unknown) => answer(response, 500, JSON.stringify({ error: String(error) })));
}).listen(Number(process.env.PORT), '127.0.0.1');
