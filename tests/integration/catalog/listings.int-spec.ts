import { randomUUID } from 'node:crypto';
import { catalogService } from '../../../apps/catalog/src';
import { countyCode, creditCode, product } from '../../support/catalog-factories';
import type { TestDatabase } from '../../support/database';
import { tokenFor, type Answer } from '../../support/http';
import { runService, type RunningService } from '../../support/service-harness';

interface ListingBody {
  id: string;
  productId: string;
  externalSku: string;
}

/** A county and a producer in it, as their own endpoints would store them, written directly. */
async function seedProducer(db: TestDatabase): Promise<string> {
  const county = countyCode();
  await db.query(
    `INSERT INTO counties (code, name, province, prefecture, poverty_status, lifted_on, paired_city)
     VALUES ($1, 'Zhaojue', 'Sichuan', 'Liangshan Yi Autonomous Prefecture', 'deep', NULL, 'Mianyang')`,
    [county],
  );
  const id = randomUUID();
  await db.query(
    `INSERT INTO producers (id, name, kind, county_code, credit_code, poverty_households)
     VALUES ($1, 'Zhaojue Buckwheat Cooperative', 'cooperative', $2, $3, 120)`,
    [id, county, creditCode()],
  );
  return id;
}

const itemsIn = (answer: Answer): ListingBody[] => answer.body.items as ListingBody[];

describe('listings: e-commerce platforms put listed products on their storefronts under their own SKUs', () => {
  let svc: RunningService;
  let producerId: string;
  let producer: string;
  let jd: string;
  let pinduoduo: string;

  beforeAll(async () => {
    svc = await runService(catalogService, 'listings');
    producerId = await seedProducer(svc.db);
    producer = await tokenFor('producer', producerId);
    jd = await tokenFor('platform', 'jd-poverty-relief-mall');
    pinduoduo = await tokenFor('platform', 'pinduoduo-farm-direct');
  });

  afterAll(async () => {
    await svc?.stop();
  });

  const create = (body: Record<string, unknown>, token = jd) =>
    svc.call({ method: 'POST', url: '/v1/listings', token, body });
  const list = (query = '', token = jd) => svc.call({ method: 'GET', url: `/v1/listings${query}`, token });
  const remove = (id: string, token = jd) => svc.call({ method: 'DELETE', url: `/v1/listings/${id}`, token });
  const listingCount = async () =>
    (await svc.db.query<{ count: number }>(`SELECT count(*)::int AS count FROM listings`))[0].count;

  /** A product of the producer in the given status, made through the products API. */
  const productIn = async (status: 'draft' | 'listed' | 'delisted'): Promise<string> => {
    const registered = await svc.call({
      method: 'POST',
      url: '/v1/products',
      token: producer,
      body: product(),
    });
    expect(registered.status).toBe(201);
    const id = registered.body.id as string;
    const moves = { draft: [], listed: ['list'], delisted: ['list', 'delist'] }[status];
    for (const action of moves) {
      const moved = await svc.call({ method: 'POST', url: `/v1/products/${id}/${action}`, token: producer });
      expect(moved.status).toBe(200);
    }
    return id;
  };
  const sku = () => `ZJ-TEA-${randomUUID().slice(0, 8).toUpperCase()}`;
  const listing = async (token = jd): Promise<ListingBody> => {
    const answer = await create({ productId: await productIn('listed'), externalSku: sku() }, token);
    expect(answer.status).toBe(201);
    return answer.body as ListingBody;
  };

  it('puts a listed product on the storefront under the SKU the platform chose', async () => {
    const productId = await productIn('listed');

    const answer = await create({ productId, externalSku: 'ZJ-TARTARY-TEA_500g.v2' });

    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      productId,
      externalSku: 'ZJ-TARTARY-TEA_500g.v2',
    });
    expect(
      await svc.db.query(`SELECT platform_id, product_id FROM listings WHERE id = $1`, [answer.body.id]),
    ).toEqual([{ platform_id: 'jd-poverty-relief-mall', product_id: productId }]);
  });

  it.each(['draft', 'delisted'] as const)(
    'refuses to put a %s product on a storefront (422), writing nothing',
    async (status) => {
      const productId = await productIn(status);
      const before = await listingCount();

      const answer = await create({ productId, externalSku: sku() });

      expect(answer.status).toBe(422);
      expect(answer.body.detail).toBe(
        `product ${productId} does not exist or is not listed; only listed products can go on a storefront`,
      );
      expect(await listingCount()).toBe(before);
    },
  );

  it('refuses a product that does not exist (422)', async () => {
    const answer = await create({ productId: randomUUID(), externalSku: sku() });
    expect(answer.status).toBe(422);
    expect(answer.body.type).toBe('/problems/unprocessable');
  });

  it('refuses the same SKU twice on one storefront (409), saying which product has it', async () => {
    const first = await listing();
    const other = await productIn('listed');

    const answer = await create({ productId: other, externalSku: first.externalSku });

    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      type: '/problems/conflict',
      detail: `your storefront already uses SKU ${first.externalSku} for product ${first.productId}`,
      listingId: first.id,
    });
  });

  it('refuses the same product twice on one storefront (409), even under another SKU', async () => {
    const first = await listing();
    const answer = await create({ productId: first.productId, externalSku: sku() });
    expect(answer.status).toBe(409);
    expect(answer.body.detail).toBe(
      `your storefront already lists product ${first.productId} as SKU ${first.externalSku}`,
    );
  });

  it('lets another platform list the same product under the same SKU', async () => {
    const first = await listing();
    const answer = await create({ productId: first.productId, externalSku: first.externalSku }, pinduoduo);
    expect(answer.status).toBe(201);
    expect(answer.body.id).not.toBe(first.id);
  });

  it.each([
    ['an empty SKU', ''],
    ['a SKU longer than 64 characters', 'A'.repeat(65)],
    ['a SKU with a space', 'ZJ TEA 500G'],
    ['a SKU with a slash', 'ZJ/TEA'],
    ['a SKU in Chinese characters', '苦荞茶500克'],
    ['a SKU that is a number', 500],
  ])('refuses %s with 400, writing nothing', async (_label, externalSku) => {
    const before = await listingCount();
    const answer = await create({ productId: await productIn('listed'), externalSku });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ field: 'externalSku', messages: expect.any(Array) }]);
    expect(await listingCount()).toBe(before);
  });

  it('accepts a SKU of exactly 64 characters', async () => {
    const answer = await create({ productId: await productIn('listed'), externalSku: 'B'.repeat(64) });
    expect(answer.status).toBe(201);
  });

  it('refuses a product id that is not a UUID and unknown fields (400)', async () => {
    expect((await create({ productId: 'tartary-tea', externalSku: sku() })).status).toBe(400);
    const smuggled = await create({
      productId: randomUUID(),
      externalSku: sku(),
      platformId: 'someone-else',
    });
    expect(smuggled.status).toBe(400);
    expect(smuggled.body.errors).toEqual([
      { field: 'platformId', messages: ['property platformId should not exist'] },
    ]);
  });

  it('shows each platform only its own listings, paged without overlap', async () => {
    const tmall = await tokenFor('platform', `tmall-${randomUUID()}`);
    const own = [await listing(tmall), await listing(tmall), await listing(tmall)];
    await listing(pinduoduo);

    const first = await list('?limit=2', tmall);
    const second = await list(`?limit=2&cursor=${first.body.nextCursor}`, tmall);

    expect(first.status).toBe(200);
    expect(itemsIn(first)).toEqual(own.slice(0, 2));
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expect(second.body).toEqual({ items: own.slice(2), nextCursor: null });
  });

  it('refuses a cursor it did not give (400)', async () => {
    const answer = await list('?cursor=not-a-cursor');
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ field: 'cursor', messages: expect.any(Array) }]);
  });

  it("answers 404 to a platform deleting another platform's listing, which stays", async () => {
    const theirs = await listing(pinduoduo);

    const answer = await remove(theirs.id, jd);

    expect(answer.status).toBe(404);
    expect(answer.body.type).toBe('/problems/not-found');
    expect(itemsIn(await list('?limit=100', pinduoduo)).map((item) => item.id)).toContain(theirs.id);
  });

  it('removes its own listing (204), after which the product can be listed again', async () => {
    const mine = await listing();

    const answer = await remove(mine.id);

    expect(answer.status).toBe(204);
    expect(answer.body).toBe('');
    expect((await remove(mine.id)).status).toBe(404);
    expect((await create({ productId: mine.productId, externalSku: mine.externalSku })).status).toBe(201);
  });

  it('answers 400 to a listing id that is not a UUID', async () => {
    expect((await remove('ZJ-TEA-1')).status).toBe(400);
  });

  it('is for platforms only: producers and buyers get 403, no token 401', async () => {
    const buyer = await tokenFor('buyer', 'canteen-mianyang-01');
    for (const token of [producer, buyer]) {
      expect((await list('', token)).status).toBe(403);
      expect((await create({ productId: randomUUID(), externalSku: sku() }, token)).status).toBe(403);
      expect((await remove(randomUUID(), token)).status).toBe(403);
    }
    expect((await svc.call({ method: 'GET', url: '/v1/listings' })).status).toBe(401);
  });

  describe("a producer's view: which platforms sell its products", () => {
    const ofProducer = (id: string, token: string, query = '') =>
      svc.call({ method: 'GET', url: `/v1/producers/${id}/listings${query}`, token });

    it('shows the producer every storefront listing of its products, with the product and platform, paged', async () => {
      const admin = await tokenFor('admin', 'harvest-bridge-ops');
      const registered = await svc.call({
        method: 'POST',
        url: '/v1/platforms',
        token: admin,
        body: { id: 'jd-poverty-relief-mall', name: 'JD Poverty Relief Mall' },
      });
      expect(registered.status).toBe(201);
      const tea = await productIn('listed');
      const atJd = await create({ productId: tea, externalSku: 'ZJ-TEA-JD' });
      const atPinduoduo = await create({ productId: tea, externalSku: 'ZJ-TEA-PDD' }, pinduoduo);
      const everything = itemsIn(await ofProducer(producerId, producer, '?limit=100'));

      expect(everything).toEqual(
        expect.arrayContaining([
          {
            id: atJd.body.id,
            productId: tea,
            productName: expect.any(String),
            platformId: 'jd-poverty-relief-mall',
            platformName: 'JD Poverty Relief Mall',
            externalSku: 'ZJ-TEA-JD',
            listedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
          },
          // Not in the register of platforms: shown by its id alone.
          expect.objectContaining({
            id: atPinduoduo.body.id,
            platformId: 'pinduoduo-farm-direct',
            platformName: null,
          }),
        ]),
      );
      const first = await ofProducer(producerId, producer, '?limit=1');
      const second = await ofProducer(producerId, producer, `?limit=1&cursor=${first.body.nextCursor}`);
      expect(itemsIn(first)).toEqual(everything.slice(0, 1));
      expect(itemsIn(second)).toEqual(everything.slice(1, 2));
    });

    it("answers another producer 404 and shows it nothing; administrators see any producer's", async () => {
      const other = await tokenFor('producer', await seedProducer(svc.db));
      const mine = await listing();

      const refused = await ofProducer(producerId, other);
      const admin = await ofProducer(producerId, await tokenFor('admin', 'harvest-bridge-ops'), '?limit=100');

      expect(refused.status).toBe(404);
      expect(refused.body.type).toBe('/problems/not-found');
      expect(JSON.stringify(refused.body)).not.toContain(mine.externalSku);
      expect(admin.status).toBe(200);
      expect(itemsIn(admin).map((item) => item.id)).toContain(mine.id);
    });

    it('answers 404 for an unknown producer, 400 for an id that is not a UUID, 403 to platforms and buyers', async () => {
      const admin = await tokenFor('admin', 'harvest-bridge-ops');
      expect((await ofProducer(randomUUID(), admin)).status).toBe(404);
      expect((await ofProducer('zhaojue-coop', admin)).status).toBe(400);
      expect((await ofProducer(producerId, jd)).status).toBe(403);
      expect((await ofProducer(producerId, await tokenFor('buyer', 'canteen-mianyang-01'))).status).toBe(403);
    });
  });

  it('keeps a register of platforms that administrators write, each id once', async () => {
    const admin = await tokenFor('admin', 'harvest-bridge-ops');
    const register = (body: unknown, token = admin) =>
      svc.call({ method: 'POST', url: '/v1/platforms', token, body });
    const id = `mall-${randomUUID().slice(0, 8)}`;
    expect((await register({ id, name: 'Liangshan Farm Direct' })).status).toBe(201);
    const again = await register({ id, name: 'Another name' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ platformId: id });
    expect((await register({ id: 'Not An Id', name: 'x' })).status).toBe(400);
    expect((await register({ id: `${id}-2`, name: '  ' })).status).toBe(400);
    expect((await register({ id: `${id}-3`, name: 'Mine' }, jd)).status).toBe(403);
    const all = await svc.call({ method: 'GET', url: '/v1/platforms?limit=100', token: admin });
    expect(all.body.items).toEqual(
      expect.arrayContaining([{ id, name: 'Liangshan Farm Direct', registeredAt: expect.any(String) }]),
    );
    const first = await svc.call({ method: 'GET', url: '/v1/platforms?limit=1', token: admin });
    const next = await svc.call({
      method: 'GET',
      url: `/v1/platforms?limit=1&cursor=${first.body.nextCursor}`,
      token: admin,
    });
    expect(next.body.items[0].id > first.body.items[0].id).toBe(true);
    expect((await svc.call({ method: 'GET', url: '/v1/platforms?cursor=bm9wZQ', token: admin })).status).toBe(
      400,
    );
  });

  it('documents the listing routes in OpenAPI', async () => {
    const docs = await svc.call({ method: 'GET', url: '/docs/openapi.json' });
    expect(docs.body.paths['/v1/listings']).toEqual(
      expect.objectContaining({ get: expect.any(Object), post: expect.any(Object) }),
    );
    expect(Object.keys(docs.body.paths['/v1/listings/{id}'].delete.responses)).toEqual(
      expect.arrayContaining(['204', '400', '401', '403', '404']),
    );
  });
});
