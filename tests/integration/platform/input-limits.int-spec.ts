import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { Client } from 'pg';
import { DataSource, type DataSourceOptions, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseOptions, MAX_JSON_DEPTH, openMigratedDataSource } from '@hb/platform';
import { catalogService } from '../../../apps/catalog/src';
import { county } from '../../support/catalog-factories';
import { createTestDatabase } from '../../support/database';
import { tokenFor } from '../../support/http';
import { runService, type RunningService } from '../../support/service-harness';

/** Shorter than the defaults (30 s, 15 s), so that the timeouts can be watched firing. */
const LIMITS_ENV = { HTTP_REQUEST_TIMEOUT_MS: '1000', DB_STATEMENT_TIMEOUT_MS: '500' };

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds from the first byte sent to the answer. */
  after: number;
}

/** Sends bytes on a plain TCP connection (optionally stalling) and reads the answer until the server closes. */
function rawExchange(port: number, bytes: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, body = ''] = received.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body, after: Date.now() - started });
    });
    socket.setTimeout(10_000, () => socket.destroy(new Error('the server never closed the connection')));
  });
}

const expectProblem = (
  answer: { status: number; headers: Record<string, unknown>; body: unknown },
  status: number,
) => {
  expect(answer.status).toBe(status);
  expect(String(answer.headers['content-type'])).toContain('application/problem+json');
  const body =
    typeof answer.body === 'string' ? (JSON.parse(answer.body) as Record<string, unknown>) : answer.body;
  expect(body).toMatchObject({
    status,
    title: expect.any(String),
    type: expect.stringMatching(/^\/problems\//),
  });
  return body as Record<string, any>;
};

describe('input limits every service has (libs/platform): body, URL, headers, nesting, text, time', () => {
  let svc: RunningService;
  let port: number;
  let admin: string;
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    for (const [name, value] of Object.entries(LIMITS_ENV)) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
    svc = await runService(catalogService, 'limits');
    await svc.app.listen(0, '127.0.0.1');
    port = Number(new URL(await svc.app.getUrl()).port);
    admin = await tokenFor('admin', 'harvest-ops');
  });

  afterAll(async () => {
    await svc?.stop();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const post = (url: string, rawBody: string, headers: Record<string, string> = {}) =>
    svc.call({ method: 'POST', url, token: admin, rawBody, headers });

  it('refuses a body over 1 MiB with 413 problem+json, and reads one just under it', async () => {
    const over = await post('/v1/counties', JSON.stringify({ name: 'x'.repeat(1024 * 1024) }));
    expect(expectProblem(over, 413).type).toBe('/problems/payload-too-large');

    const under = await post('/v1/counties', JSON.stringify({ name: 'x'.repeat(1024 * 1024 - 100) }));
    expectProblem(under, 400); // read, then refused by validation (name over 100 characters)
    expect(under.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'name' })]));
  });

  it('refuses a URL over 4096 characters with 414, a path parameter over 100 with 414, a malformed one with 400', async () => {
    const longUrl = await svc.call({
      method: 'GET',
      url: `/v1/products?q=${'x'.repeat(4_100)}`,
      token: admin,
    });
    expect(expectProblem(longUrl, 414).type).toBe('/problems/uri-too-long');

    const longParameter = await svc.call({
      method: 'GET',
      url: `/v1/products/${'x'.repeat(101)}`,
      token: admin,
    });
    expectProblem(longParameter, 414);

    const malformed = await svc.call({ method: 'GET', url: '/v1/products/%ZZ', token: admin });
    expectProblem(malformed, 400);
  });

  it('refuses request headers over 16 KiB with 431 problem+json on the socket', async () => {
    const answer = await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
      (resolve, reject) => {
        const request = httpRequest(
          { port, host: '127.0.0.1', path: '/health/live', headers: { 'x-padding': 'a'.repeat(17 * 1024) } },
          (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
            response.on('end', () =>
              resolve({ status: response.statusCode!, headers: response.headers, body }),
            );
          },
        );
        request.on('error', reject);
        request.end();
      },
    );
    expect(expectProblem(answer, 431).type).toBe('/problems/headers-too-large');
  });

  it('answers 408 problem+json and closes a connection whose request does not arrive within the request timeout', async () => {
    // Headers, then less body than announced, then nothing: a slow (or malicious) client.
    const answer = await rawExchange(
      port,
      'POST /v1/counties HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"code":',
    );
    expect(expectProblem(answer, 408).type).toBe('/problems/request-timeout');
    expect(answer.after).toBeGreaterThanOrEqual(900);
    expect(answer.after).toBeLessThan(5_000);

    // Headers that never end are cut off the same way.
    const slowHeaders = await rawExchange(port, 'GET /health/live HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    expectProblem(slowHeaders, 408);
  });

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels with 400 before validation, and reads ${MAX_JSON_DEPTH}`, async () => {
    /** A body whose objects and arrays nest `depth` levels deep (the body itself is the first). */
    const nestedBody = (depth: number) => `{"name":${'['.repeat(depth - 1)}1${']'.repeat(depth - 1)}}`;
    const tooDeep = await post('/v1/counties', nestedBody(MAX_JSON_DEPTH + 1));
    expect(expectProblem(tooDeep, 400).detail).toContain(`nested deeper than ${MAX_JSON_DEPTH}`);

    const deepEnough = await post('/v1/counties', nestedBody(MAX_JSON_DEPTH));
    expect(expectProblem(deepEnough, 400).type).toBe('/problems/validation');

    // Far deeper than any recursion in the validation pipe could follow.
    const abyss = await post('/v1/counties', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`);
    expectProblem(abyss, 400);
  });

  it('refuses text the database cannot store (NUL, unpaired surrogates) in a body, a query or a path, naming the field', async () => {
    // class-validator accepts such text; PostgreSQL refuses it in the INSERT of the outbox row.
    const body = await post(
      '/v1/counties',
      JSON.stringify(county({ name: 'Zhao\u0000jue', pairedCity: 'lone \udfff' })),
    );
    expect(
      expectProblem(body, 400)
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['name', 'pairedCity']);
    const query = await svc.call({ method: 'GET', url: '/v1/products?q=tea%00', token: admin });
    expect(expectProblem(query, 400).errors).toEqual([expect.objectContaining({ field: 'query.q' })]);
    const path = await svc.call({ method: 'GET', url: '/v1/producers/%00', token: admin });
    expect(expectProblem(path, 400).errors).toEqual([expect.objectContaining({ field: 'params.id' })]);
    expect(await svc.db.query(`SELECT 1 FROM counties WHERE name LIKE 'Zhao%'`)).toHaveLength(0);
  });

  // class-validator validates the elements of an array given where an object belongs, so `[[]]`
  // would pass for a list of objects.
  it('refuses an array where a nested object belongs, naming the field', async () => {
    const producerToken = await tokenFor('producer', '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b');
    const answer = await svc.call({
      method: 'POST',
      url: '/v1/products',
      token: producerToken,
      body: {
        name: 'Tea',
        category: 'tea',
        unit: 'kg',
        shelfLifeDays: 365,
        minOrderQuantity: 10,
        priceTiers: [[]],
      },
    });
    expect(expectProblem(answer, 400).errors).toEqual([
      { field: 'priceTiers.0', messages: ['priceTiers.0 must be an object'] },
    ]);
  });

  it('cancels a statement that runs past DB_STATEMENT_TIMEOUT_MS: a request stuck behind a lock gets 503 problem+json', async () => {
    const connection = await svc.app
      .get(DataSource)
      .query<{ statement_timeout: string }[]>(`SHOW statement_timeout`);
    expect(connection[0].statement_timeout).toBe('500ms');
    // …and without JIT compilation (see database.options.ts).
    expect(await svc.app.get(DataSource).query(`SHOW jit`)).toEqual([{ jit: 'off' }]);

    const registered = await post('/v1/counties', JSON.stringify(county()));
    expect(registered.status).toBe(201);
    const code = String(registered.body.code);
    const blocker = new Client({ connectionString: svc.db.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM counties WHERE code = $1 FOR UPDATE`, [code]);
      const started = Date.now();
      const stuck = await svc.call({
        method: 'PATCH',
        url: `/v1/counties/${code}`,
        token: admin,
        body: { name: 'Butuo' },
      });
      expect(expectProblem(stuck, 503).detail).toContain('statement timeout');
      expect(stuck.headers['retry-after']).toBe('1');
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    const free = await svc.call({
      method: 'PATCH',
      url: `/v1/counties/${code}`,
      token: admin,
      body: { name: 'Butuo' },
    });
    expect(free.status).toBe(200);
  });

  it('runs migrations without the statement timeout, and keeps it on the service connections', async () => {
    class SlowMigration1700000000001 implements MigrationInterface {
      async up(db: QueryRunner): Promise<void> {
        await db.query(`SELECT pg_sleep(0.8)`);
      }
      async down(): Promise<void> {}
    }
    const db = await createTestDatabase('limits-migrations');
    let dataSource: DataSource | undefined;
    try {
      const options = databaseOptions('probe', [SlowMigration1700000000001], {
        DATABASE_URL: db.url,
        DB_STATEMENT_TIMEOUT_MS: '300',
      }) as DataSourceOptions;
      dataSource = await openMigratedDataSource(options);
      await expect(dataSource.query(`SELECT pg_sleep(0.8)`)).rejects.toThrow(/statement timeout/);
    } finally {
      await dataSource?.destroy();
      await db.drop();
    }
  });
});
