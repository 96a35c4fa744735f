import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createService, startService } from '@hb/platform';
import { catalogService, PRODUCT_TAGS_APPLICATION_NAME, ProductTags } from '../../../apps/catalog/src';
import { countyCode, creditCode, product } from '../../support/catalog-factories';
import { call, tokenFor, type Answer } from '../../support/http';
import { runService, type RunningService } from '../../support/service-harness';
import { statementCounter, type CountStatements } from '../../support/statement-counter';
import { waitFor } from '../../support/wait';

/**
 * Revalidations of a product read (GET /v1/products/{id} with If-None-Match) are answered from the
 * replica's memory of the product's tag, kept current by PostgreSQL notices; these tests run two
 * replicas of catalog on one database and change products through either, or behind both.
 */
describe('product revalidation from memory, across replicas', () => {
  let first: RunningService;
  let second: NestFastifyApplication;
  let countFirst: CountStatements;
  let producerId: string;
  let owner: string;
  let buyer: string;

  beforeAll(async () => {
    first = await runService(catalogService, 'revalidation');
    second = await createService(catalogService, {
      databaseUrl: first.db.url,
      messaging: { topicPrefix: first.prefix, groupId: first.groupId },
    });
    await startService(second);
    countFirst = statementCounter(first.app.get(DataSource));
    const county = countyCode();
    await first.db.query(
      `INSERT INTO counties (code, name, province, prefecture, poverty_status, paired_city)
       VALUES ($1, 'Zhaojue', 'Sichuan', 'Liangshan', 'deep', 'Mianyang')`,
      [county],
    );
    producerId = randomUUID();
    await first.db.query(
      `INSERT INTO producers (id, name, kind, county_code, credit_code, poverty_households)
       VALUES ($1, 'Zhaojue Buckwheat Cooperative', 'cooperative', $2, $3, 120)`,
      [producerId, county, creditCode()],
    );
    owner = await tokenFor('producer', producerId);
    buyer = await tokenFor('buyer', 'canteen-mianyang-01');
  });

  afterAll(async () => {
    await second?.close();
    await first?.stop();
  });

  type Replica = 'first' | 'second';
  const on = (replica: Replica, request: Parameters<RunningService['call']>[0]): Promise<Answer> =>
    replica === 'first' ? first.call(request) : call(second, request);
  const read = (replica: Replica, id: string, token = buyer, ifNoneMatch?: string) =>
    on(replica, {
      method: 'GET',
      url: `/v1/products/${id}`,
      token,
      headers: ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch },
    });
  const registered = async (): Promise<string> => {
    const answer = await on('first', { method: 'POST', url: '/v1/products', token: owner, body: product() });
    expect(answer.status).toBe(201);
    return (answer.body as { id: string }).id;
  };
  const listed = async (): Promise<string> => {
    const id = await registered();
    expect((await on('first', { method: 'POST', url: `/v1/products/${id}/list`, token: owner })).status).toBe(
      200,
    );
    return id;
  };
  /** Reads the product on both replicas (each then remembers it) and returns its tag. */
  const readOnBoth = async (id: string, token = buyer): Promise<string> => {
    const tags = [
      (await read('first', id, token)).headers.etag,
      (await read('second', id, token)).headers.etag,
    ];
    expect(tags[0]).toMatch(/^"[^"]+"$/);
    expect(tags[1]).toBe(tags[0]);
    return tags[0] as string;
  };
  /** Until each replica has received the notices of every change committed so far. */
  const bothCaughtUp = () =>
    Promise.all([first.app.get(ProductTags).caughtUp(), second.get(ProductTags).caughtUp()]);

  it('answers 304 for an unchanged product from both replicas, the second time without reading PostgreSQL', async () => {
    const id = await listed();
    const etag = await readOnBoth(id);
    for (const replica of ['first', 'second'] as const) {
      const answer = await read(replica, id, buyer, etag);
      expect(answer.status).toBe(304);
      expect(answer.body).toBe('');
      expect(answer.headers).toMatchObject({
        etag,
        'cache-control': 'private, no-cache',
        vary: 'Authorization',
      });
    }
    const { result, statements } = await countFirst(() => read('first', id, buyer, etag));
    expect(result.status).toBe(304);
    expect(statements).toEqual([]);
  });

  it('gives the changed product (200, a new ETag) at one replica after a change through the other', async () => {
    const id = await listed();
    const etag = await readOnBoth(id);
    const priceTiers = [{ minQuantity: 10, unitPriceCents: 9100 }];
    const changed = await on('second', {
      method: 'PATCH',
      url: `/v1/products/${id}`,
      token: owner,
      body: { priceTiers },
    });
    expect(changed.status).toBe(200);
    // The replica that took the write answers its next read with the change at once.
    const here = await read('second', id, buyer, etag);
    expect(here).toMatchObject({ status: 200, body: { id, priceTiers } });
    await bothCaughtUp();
    const there = await read('first', id, buyer, etag);
    expect(there).toMatchObject({ status: 200, body: { id, priceTiers } });
    expect(there.headers.etag).not.toBe(etag);
    expect(there.headers.etag).toBe(here.headers.etag);
    expect((await read('first', id, buyer, there.headers.etag as string)).status).toBe(304);
  });

  it('answers a write only once the replica that took it has caught up with the notices', async () => {
    const id = await listed();
    await readOnBoth(id);
    const tags = second.get(ProductTags);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const checks = jest.spyOn(tags, 'caughtUp').mockImplementation(() => held);
    try {
      let answered = false;
      const change = on('second', {
        method: 'PATCH',
        url: `/v1/products/${id}`,
        token: owner,
        body: { priceTiers: [{ minQuantity: 10, unitPriceCents: 8100 }] },
      }).then((answer) => {
        answered = true;
        return answer;
      });
      // Committed (the first replica hears of it) while the second still holds its answer.
      const committed = async () =>
        ((await read('first', id)).body as { priceTiers: unknown[] }).priceTiers.length === 1;
      await waitFor(committed, { what: 'the change committed' });
      expect(checks).toHaveBeenCalled();
      expect(answered).toBe(false);
      release();
      expect((await change).status).toBe(200);
    } finally {
      checks.mockRestore();
    }
  });

  it('forgets a product changed behind both replicas (a statement on the database, a producer moved to another county)', async () => {
    const id = await listed();
    let etag = await readOnBoth(id);
    await first.db.query(`UPDATE products SET badges = '{organic}', updated_at = now() WHERE id = $1`, [id]);
    await bothCaughtUp();
    for (const replica of ['first', 'second'] as const) {
      expect(await read(replica, id, buyer, etag)).toMatchObject({
        status: 200,
        body: { badges: ['organic'] },
      });
    }

    etag = await readOnBoth(id);
    const otherCounty = countyCode();
    await first.db.query(
      `INSERT INTO counties (code, name, province, prefecture, poverty_status, paired_city)
       VALUES ($1, 'Butuo', 'Sichuan', 'Liangshan', 'key', 'Mianyang')`,
      [otherCounty],
    );
    await first.db.query(`UPDATE producers SET county_code = $2 WHERE id = $1`, [producerId, otherCounty]);
    await bothCaughtUp();
    for (const replica of ['first', 'second'] as const) {
      expect(await read(replica, id, buyer, etag)).toMatchObject({
        status: 200,
        body: { countyCode: otherCounty },
      });
    }
  });

  it('answers a remembered product only to callers who may see it: 404 for a draft to a buyer, 401 without a valid token', async () => {
    const draft = await registered();
    const etag = await readOnBoth(draft, owner);
    expect((await read('first', draft, owner, etag)).status).toBe(304);
    expect((await read('first', draft, buyer, etag)).status).toBe(404);
    expect((await read('second', draft, buyer, '*')).status).toBe(404);
    const anonymous = await on('first', {
      method: 'GET',
      url: `/v1/products/${draft}`,
      headers: { 'if-none-match': etag },
    });
    expect(anonymous.status).toBe(401);
    const forged = await on('first', {
      method: 'GET',
      url: `/v1/products/${draft}`,
      headers: { 'if-none-match': etag, authorization: `Bearer ${owner.slice(0, -4)}AAAA` },
    });
    expect(forged.status).toBe(401);
  });

  it('forgets everything when its listener drops, and answers from PostgreSQL until it is back', async () => {
    const id = await listed();
    const etag = await readOnBoth(id);
    const tags = first.app.get(ProductTags);
    expect(tags.size).toBeGreaterThan(0);
    await first.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = $1`,
      [PRODUCT_TAGS_APPLICATION_NAME],
    );
    // Changed while the first replica may hear nothing.
    await first.db.query(
      `UPDATE products SET name = 'Renamed while unheard', updated_at = now() WHERE id = $1`,
      [id],
    );
    await waitFor(() => (tags.listening ? undefined : true), { what: 'the listener dropped' });
    expect(tags.size).toBe(0);
    await waitFor(() => (tags.listening ? true : undefined), { what: 'the listener back' });
    expect(await read('first', id, buyer, etag)).toMatchObject({
      status: 200,
      body: { name: 'Renamed while unheard' },
    });
  });
});
