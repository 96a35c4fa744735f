import { randomBytes, randomUUID } from 'node:crypto';
import type { EventEnvelope, PovertyStatus } from '@hb/contracts';
import { catalogService } from '../../../apps/catalog/src';
import { countyCode, creditCode, gtin13, product } from '../../support/catalog-factories';
import type { TestDatabase } from '../../support/database';
import { tokenFor, type Answer } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

const PRODUCT_TOPIC = 'catalog.product.v1';

interface ProductBody {
  id: string;
  name: string;
  [field: string]: unknown;
}

const fieldsIn = (answer: Answer): string[] =>
  (answer.body.errors as { field: string }[]).map((error) => error.field);
const itemsIn = (answer: Answer): ProductBody[] => answer.body.items as ProductBody[];

/**
 * Counties and producers as their own endpoints would store them, written directly so that these
 * tests depend only on the products API.
 */
async function seedCounty(db: TestDatabase, povertyStatus: PovertyStatus, name = 'Zhaojue'): Promise<string> {
  const code = countyCode();
  await db.query(
    `INSERT INTO counties (code, name, province, prefecture, poverty_status, lifted_on, paired_city)
     VALUES ($1, $2, 'Sichuan', 'Liangshan Yi Autonomous Prefecture', $3, $4, 'Mianyang')`,
    [code, name, povertyStatus, povertyStatus === 'lifted' ? '2020-11-17' : null],
  );
  return code;
}

async function seedProducer(db: TestDatabase, county: string, name: string): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO producers (id, name, kind, county_code, credit_code, poverty_households)
     VALUES ($1, $2, 'cooperative', $3, $4, 120)`,
    [id, name, county, creditCode()],
  );
  return id;
}

describe('products: producers register, change, list and delist them; everyone searches them', () => {
  let svc: RunningService;
  let reader: TopicReader;
  let deepCounty: string;
  let zhaojueCoop: string;
  let butuoFarm: string;
  let owner: string;
  let otherProducer: string;
  let admin: string;
  let buyer: string;

  beforeAll(async () => {
    svc = await runService(catalogService, 'products');
    reader = await svc.read(PRODUCT_TOPIC);
    deepCounty = await seedCounty(svc.db, 'deep');
    zhaojueCoop = await seedProducer(svc.db, deepCounty, 'Zhaojue Buckwheat Cooperative');
    butuoFarm = await seedProducer(svc.db, await seedCounty(svc.db, 'key', 'Butuo'), 'Butuo Black Goat Farm');
    owner = await tokenFor('producer', zhaojueCoop);
    otherProducer = await tokenFor('producer', butuoFarm);
    admin = await tokenFor('admin', 'harvest-bridge-ops');
    buyer = await tokenFor('buyer', 'canteen-mianyang-01');
  });

  afterAll(async () => {
    await svc?.stop();
  });

  const register = (body: Record<string, unknown>, token = owner) =>
    svc.call({ method: 'POST', url: '/v1/products', token, body });
  const read = (id: string, token = owner) => svc.call({ method: 'GET', url: `/v1/products/${id}`, token });
  const change = (id: string, body: Record<string, unknown>, token = owner) =>
    svc.call({ method: 'PATCH', url: `/v1/products/${id}`, token, body });
  const move = (id: string, action: 'list' | 'delist', token = owner) =>
    svc.call({ method: 'POST', url: `/v1/products/${id}/${action}`, token });
  const search = (query: string, token = buyer) =>
    svc.call({ method: 'GET', url: `/v1/products?${query}`, token });

  /** Registers a product as its producer and returns what the API answered. */
  const registered = async (overrides: Record<string, unknown> = {}, token = owner) => {
    const answer = await register(product(overrides), token);
    expect(answer.status).toBe(201);
    return answer.body as ProductBody;
  };
  const listed = async (overrides: Record<string, unknown> = {}, token = owner) => {
    const { id } = await registered(overrides, token);
    const answer = await move(id, 'list', token);
    expect(answer.status).toBe(200);
    return answer.body as ProductBody;
  };

  /** The product's events as published on its topic, in order, with the record key. */
  const published = (id: string) =>
    reader.records
      .filter((record) => record.topic === svc.topic(PRODUCT_TOPIC) && record.key === id)
      .map((record) => ({
        key: record.key,
        envelope: JSON.parse(record.value) as EventEnvelope<Record<string, unknown>>,
      }));
  const waitForPublished = (id: string, count: number) =>
    waitFor(() => (published(id).length >= count ? published(id) : undefined), {
      what: `${count} event(s) about product ${id}`,
    });
  /** Every product event is written to the outbox first, in the transaction of the change. */
  const announced = async (id: string) =>
    (await svc.db.query<{ type: string }>(`SELECT type FROM outbox WHERE key = $1 ORDER BY seq`, [id])).map(
      (row) => row.type,
    );
  const counts = async () =>
    (
      await svc.db.query<{ products: number; events: number }>(
        `SELECT (SELECT count(*)::int FROM products) AS products, (SELECT count(*)::int FROM outbox) AS events`,
      )
    )[0];

  describe('registering', () => {
    it('registers a draft for the calling producer and announces it with a full snapshot at version 1', async () => {
      const body = product({ brand: 'Liangshan Highlands' });

      const answer = await register(body);

      expect(answer.status).toBe(201);
      expect(answer.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        producerId: zhaojueCoop,
        countyCode: deepCounty,
        ...body,
        brandId: null,
        gtin: null,
        status: 'draft',
        badges: [],
        reliefEligible: false,
        priceReview: 'none',
        coldChainProfile: { minC: 0, maxC: 25, maxDwellMinutes: 720 },
      });
      const [record] = await waitForPublished(answer.body.id, 1);
      expect(record.key).toBe(answer.body.id);
      expect(record.envelope).toMatchObject({
        type: 'catalog.product.registered.v1',
        source: 'catalog',
        subject: answer.body.id,
        data: { ...answer.body, version: 1 },
      });
    });

    it('gives a chilled meat product the chilled cold-chain profile', async () => {
      const goat = await registered(
        {
          name: 'Butuo black goat meat, chilled',
          category: 'chilled_meat',
          shelfLifeDays: 7,
          minOrderQuantity: 20,
          priceTiers: [
            { minQuantity: 20, unitPriceCents: 12800 },
            { minQuantity: 200, unitPriceCents: 11900 },
          ],
          brand: undefined,
        },
        otherProducer,
      );
      expect(goat).toMatchObject({
        producerId: butuoFarm,
        brand: null,
        coldChainProfile: { minC: 0, maxC: 4, maxDwellMinutes: 30 },
      });
    });

    it('lets an administrator register a product for the producer it names', async () => {
      const answer = await register(product({ producerId: butuoFarm }), admin);
      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({ producerId: butuoFarm, status: 'draft' });
    });

    it('asks an administrator who names no producer for producerId (400), writing nothing', async () => {
      const before = await counts();
      const answer = await register(product(), admin);
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.body.errors).toEqual([
        { field: 'producerId', messages: [expect.stringContaining('required')] },
      ]);
      expect(await counts()).toEqual(before);
    });

    // null must be refused by validation, not reach the producer lookup.
    it('refuses a producerId of null (400), from an administrator or a producer, writing nothing', async () => {
      const before = await counts();
      for (const token of [admin, undefined]) {
        const answer = await register({ ...product(), producerId: null }, token);
        expect(answer.status).toBe(400);
        expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'producerId' })]);
      }
      expect(await counts()).toEqual(before);
    });

    it("refuses a producer registering a product under another producer's id (403), writing nothing", async () => {
      const before = await counts();
      const answer = await register(product({ producerId: butuoFarm }));
      expect(answer.status).toBe(403);
      expect(answer.body.type).toBe('/problems/forbidden');
      expect(await counts()).toEqual(before);
    });

    it('refuses buyers and platforms (403)', async () => {
      for (const token of [buyer, await tokenFor('platform', 'jd-poverty-relief-mall')]) {
        expect((await register(product(), token)).status).toBe(403);
      }
    });

    it('refuses a product of an unknown producer with 422, writing nothing', async () => {
      const before = await counts();
      const unknownId = randomUUID();

      const byAdmin = await register(product({ producerId: unknownId }), admin);
      const byUnregistered = await register(product(), await tokenFor('producer', randomUUID()));
      const byNonUuidOrg = await register(product(), await tokenFor('producer', 'coop-zhaojue-01'));

      for (const answer of [byAdmin, byUnregistered, byNonUuidOrg]) {
        expect(answer.status).toBe(422);
        expect(answer.body).toMatchObject({ type: '/problems/unprocessable', status: 422 });
      }
      expect(byAdmin.body.detail).toBe(`producer ${unknownId} is not registered in the catalog`);
      expect(await counts()).toEqual(before);
    });

    it('refuses descending price tiers with 422 saying they must ascend, writing and announcing nothing', async () => {
      const before = await counts();
      const answer = await register(
        product({
          minOrderQuantity: 10,
          priceTiers: [
            { minQuantity: 100, unitPriceCents: 7900 },
            { minQuantity: 10, unitPriceCents: 8800 },
          ],
        }),
      );
      expect(answer.status).toBe(422);
      expect(answer.body.detail).toContain('priceTiers must be strictly ascending by minQuantity');
      expect(answer.body.errors).toEqual([{ field: 'priceTiers', messages: expect.any(Array) }]);
      expect(await counts()).toEqual(before);
    });

    it('refuses a first price tier above the minimum order quantity: the minimum order would have no price', async () => {
      const answer = await register(
        product({ minOrderQuantity: 10, priceTiers: [{ minQuantity: 50, unitPriceCents: 8000 }] }),
      );
      expect(answer.status).toBe(422);
      expect(answer.body.detail).toContain('an order of the minimum quantity would have no price');
    });

    it.each([
      ['a negative minimum order quantity', { minOrderQuantity: -5 }, 'minOrderQuantity'],
      ['a zero shelf life', { shelfLifeDays: 0 }, 'shelfLifeDays'],
      ['a fractional shelf life', { shelfLifeDays: 1.5 }, 'shelfLifeDays'],
      ['an unknown category', { category: 'seafood' }, 'category'],
      ['an empty name', { name: '' }, 'name'],
      ['no price tiers', { priceTiers: [] }, 'priceTiers'],
      [
        'a negative tier quantity',
        { priceTiers: [{ minQuantity: -1, unitPriceCents: 100 }] },
        'priceTiers.0.minQuantity',
      ],
      [
        'a zero price',
        { priceTiers: [{ minQuantity: 1, unitPriceCents: 0 }] },
        'priceTiers.0.unitPriceCents',
      ],
      [
        'a price in yuan',
        { priceTiers: [{ minQuantity: 1, unitPriceCents: 88.5 }] },
        'priceTiers.0.unitPriceCents',
      ],
      [
        'an unknown field in a tier',
        { priceTiers: [{ minQuantity: 1, unitPriceCents: 100, currency: 'CNY' }] },
        'priceTiers.0.currency',
      ],
      ['a producerId that is not a UUID', { producerId: 'coop-1' }, 'producerId'],
    ])('refuses %s with 400 naming the field, writing nothing', async (_label, overrides, field) => {
      const before = await counts();
      const answer = await register({ ...product(), ...overrides });
      expect(answer.status).toBe(400);
      expect(answer.body.type).toBe('/problems/validation');
      expect(fieldsIn(answer)).toContain(field);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['status', 'listed'],
      ['badges', ['organic']],
      ['reliefEligible', true],
      ['version', 7],
      ['id', '9d2e4c1a-7b3f-4e8d-a6c5-1f0e2d3c4b5a'],
    ])('never lets a client set %s (400, nothing written)', async (field, value) => {
      const before = await counts();
      const answer = await register({ ...product(), [field]: value });
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([{ field, messages: [`property ${field} should not exist`] }]);
      expect(await counts()).toEqual(before);
    });
  });

  describe('reading', () => {
    it('hides a draft from buyers (404) and shows it once it is listed', async () => {
      const { id } = await registered();
      expect((await read(id, buyer)).status).toBe(404);
      await move(id, 'list');
      expect(await read(id, buyer)).toMatchObject({ status: 200, body: { id, status: 'listed' } });
    });

    it('shows a draft to its producer and to administrators, not to another producer', async () => {
      const draft = await registered();
      expect(await read(draft.id, owner)).toMatchObject({ status: 200, body: draft });
      expect(await read(draft.id, admin)).toMatchObject({ status: 200, body: draft });
      const hidden = await read(draft.id, otherProducer);
      expect(hidden.status).toBe(404);
      expect(hidden.body.type).toBe('/problems/not-found');
    });

    it('answers 404 for an unknown product and 400 for an id that is not a UUID', async () => {
      expect((await read(randomUUID())).status).toBe(404);
      const malformed = await read('tartary-tea');
      expect(malformed.status).toBe(400);
      expect(malformed.headers['content-type']).toContain('application/problem+json');
    });
  });

  describe('conditional reads (ETag, If-None-Match)', () => {
    const readIf = (id: string, ifNoneMatch: string, token = buyer) =>
      svc.call({
        method: 'GET',
        url: `/v1/products/${id}`,
        token,
        headers: { 'if-none-match': ifNoneMatch },
      });

    it('tags a product with a strong ETag that stays the same across reads and marks it private', async () => {
      const { id } = await listed();
      const first = await read(id, buyer);
      const second = await read(id, owner);
      expect(first.headers.etag).toMatch(/^"[^"]+"$/);
      expect(second.headers.etag).toBe(first.headers.etag);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      expect(first.headers.vary).toBe('Authorization');
    });

    it('answers 304 without a body when If-None-Match names the current tag, 200 with the product otherwise', async () => {
      const product = await listed();
      const { etag } = (await read(product.id, buyer)).headers as { etag: string };

      const notModified = await readIf(product.id, etag);
      expect(notModified.status).toBe(304);
      expect(notModified.body).toBe('');
      expect(notModified.headers.etag).toBe(etag);
      expect(notModified.headers['cache-control']).toBe('private, no-cache');

      const other = await readIf(product.id, '"not-this-one"');
      expect(other).toMatchObject({ status: 200, body: product });
      expect(other.headers.etag).toBe(etag);
    });

    it('compares weakly, accepts a list of tags and *, as RFC 9110 asks of If-None-Match', async () => {
      const { id } = await listed();
      const { etag } = (await read(id, buyer)).headers as { etag: string };
      expect((await readIf(id, `W/${etag}`)).status).toBe(304);
      expect((await readIf(id, `"older", ${etag}, "another"`)).status).toBe(304);
      expect((await readIf(id, '*')).status).toBe(304);
      expect((await readIf(id, '"older", W/"another"')).status).toBe(200);
    });

    it('changes the tag when the product changes, so that the old one gets the new product', async () => {
      const { id } = await listed();
      const { etag } = (await read(id, buyer)).headers as { etag: string };
      const priceTiers = [
        { minQuantity: 10, unitPriceCents: 8500 },
        { minQuantity: 100, unitPriceCents: 7600 },
        { minQuantity: 1000, unitPriceCents: 7000 },
      ];
      expect((await change(id, { priceTiers })).status).toBe(200);

      const after = await readIf(id, etag);
      expect(after).toMatchObject({ status: 200, body: { id, priceTiers } });
      expect(after.headers.etag).not.toBe(etag);
      expect((await readIf(id, after.headers.etag as string)).status).toBe(304);
    });

    it('still answers 404 to a caller who cannot see the product, whatever tag it sends', async () => {
      const draft = await registered();
      const { etag } = (await read(draft.id, owner)).headers as { etag: string };
      expect((await readIf(draft.id, etag, buyer)).status).toBe(404);
      expect((await readIf(draft.id, '*', buyer)).status).toBe(404);
    });

    it('tags a search page by its content: 304 while the page is the same, a new tag once it changes', async () => {
      const marker = randomBytes(6).toString('hex');
      const name = `Conditional honey ${marker}`;
      await listed({ name });
      const first = await search(`q=${marker}&limit=50`);
      expect(first.status).toBe(200);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[^"]+"$/);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      const again = await svc.call({
        method: 'GET',
        url: `/v1/products?q=${marker}&limit=50`,
        token: buyer,
        headers: { 'if-none-match': etag },
      });
      expect(again.status).toBe(304);
      expect(again.body).toBe('');

      await listed({ name });
      const changed = await svc.call({
        method: 'GET',
        url: `/v1/products?q=${marker}&limit=50`,
        token: buyer,
        headers: { 'if-none-match': etag },
      });
      expect(changed.status).toBe(200);
      expect(changed.headers.etag).not.toBe(etag);
      expect(itemsIn(changed).length).toBe(itemsIn(first).length + 1);
    });
  });

  describe('changing', () => {
    it('lets the producer change name and prices, announcing ProductUpdated with a higher version', async () => {
      const { id } = await registered();
      const priceTiers = [
        { minQuantity: 10, unitPriceCents: 8600 },
        { minQuantity: 100, unitPriceCents: 7700 },
        { minQuantity: 1000, unitPriceCents: 7100 },
      ];

      const answer = await change(id, { name: 'Zhaojue Tartary buckwheat tea, roasted', priceTiers });

      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ id, name: 'Zhaojue Tartary buckwheat tea, roasted', priceTiers });
      const [registration, update] = await waitForPublished(id, 2);
      expect(registration.envelope.data.version).toBe(1);
      expect(update.key).toBe(id);
      expect(update.envelope).toMatchObject({
        type: 'catalog.product.updated.v1',
        subject: id,
        data: { ...answer.body, version: 2 },
      });
    });

    it('moves the cold-chain profile with the category', async () => {
      const { id } = await registered();
      const answer = await change(id, { category: 'dairy' });
      expect(answer.body.coldChainProfile).toEqual({ minC: 2, maxC: 6, maxDwellMinutes: 60 });
    });

    it('checks the existing price tiers against a new minimum order quantity (422), changing nothing', async () => {
      const { id } = await registered({
        minOrderQuantity: 10,
        priceTiers: [
          { minQuantity: 10, unitPriceCents: 8800 },
          { minQuantity: 100, unitPriceCents: 7900 },
        ],
      });

      const lowered = await change(id, { minOrderQuantity: 5 });
      expect(lowered.status).toBe(422);
      expect(lowered.body.detail).toContain('minimum order quantity 5');

      const raised = await change(id, { minOrderQuantity: 50 });
      expect(raised).toMatchObject({ status: 200, body: { minOrderQuantity: 50 } });
      expect(await announced(id)).toEqual(['catalog.product.registered.v1', 'catalog.product.updated.v1']);
    });

    it('refuses descending tiers in a change (422)', async () => {
      const { id } = await registered();
      const answer = await change(id, {
        priceTiers: [
          { minQuantity: 10, unitPriceCents: 8800 },
          { minQuantity: 10, unitPriceCents: 7900 },
        ],
      });
      expect(answer.status).toBe(422);
      expect(answer.body.detail).toContain('strictly ascending');
    });

    it('removes the brand when sent null, but refuses null for a required field (400)', async () => {
      const { id } = await registered({ brand: 'Liangshan Highlands' });
      expect(await change(id, { brand: null })).toMatchObject({ status: 200, body: { brand: null } });
      const answer = await change(id, { name: null });
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].field).toBe('name');
    });

    it.each([
      ['status', 'listed'],
      ['badges', ['organic']],
      ['reliefEligible', true],
      ['producerId', '9d2e4c1a-7b3f-4e8d-a6c5-1f0e2d3c4b5a'],
    ])('never lets a client change %s (400)', async (field, value) => {
      const { id } = await registered();
      const answer = await change(id, { [field]: value });
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([{ field, messages: [`property ${field} should not exist`] }]);
      expect(await read(id)).toMatchObject({ body: { status: 'draft', badges: [], reliefEligible: false } });
    });

    it("refuses another producer's change of a listed product (403) and hides a draft from it (404)", async () => {
      const onSale = await listed();
      const draft = await registered();

      expect((await change(onSale.id, { name: 'Counterfeit tea' }, otherProducer)).status).toBe(403);
      expect((await change(draft.id, { name: 'Counterfeit tea' }, otherProducer)).status).toBe(404);
      expect((await change(onSale.id, { name: 'Counterfeit tea' }, buyer)).status).toBe(403);
      expect(await read(onSale.id)).toMatchObject({ body: { name: onSale.name } });
    });

    it('lets an administrator change any product', async () => {
      const { id } = await registered();
      expect(await change(id, { shelfLifeDays: 400 }, admin)).toMatchObject({
        status: 200,
        body: { shelfLifeDays: 400 },
      });
    });

    it('announces nothing for a change that changes nothing', async () => {
      const draft = await registered();
      const answer = await change(draft.id, { name: draft.name, priceTiers: draft.priceTiers });
      expect(answer).toMatchObject({ status: 200, body: draft });
      expect(await announced(draft.id)).toEqual(['catalog.product.registered.v1']);
    });
  });

  describe('GTINs', () => {
    it('keeps a GTIN-8, -12 or -13 in its 14-digit form, announces it, and lets a change replace or remove it', async () => {
      const gtin = gtin13();
      const answer = await register(product({ gtin }));
      expect(answer.status).toBe(201);
      expect(answer.body.gtin).toBe(`0${gtin}`);
      const id = String(answer.body.id);
      expect((await read(id)).body.gtin).toBe(`0${gtin}`);

      // A product without one keeps saying so; the same GTIN written with 14 digits is no change.
      expect((await registered()).gtin).toBeNull();
      expect(await change(id, { gtin: `0${gtin}` })).toMatchObject({
        status: 200,
        body: { gtin: `0${gtin}` },
      });
      expect(await announced(id)).toEqual(['catalog.product.registered.v1']);

      const upc = '036000291452';
      expect(await change(id, { gtin: upc })).toMatchObject({ status: 200, body: { gtin: `00${upc}` } });
      const [registration, update] = await waitForPublished(id, 2);
      expect(registration.envelope.data.gtin).toBe(`0${gtin}`);
      expect(update.envelope.data).toMatchObject({ gtin: `00${upc}`, version: 2 });

      expect(await change(id, { gtin: null })).toMatchObject({ status: 200, body: { gtin: null } });
      // Given up, the GTIN is free for another product.
      expect((await registered({ gtin: upc })).gtin).toBe(`00${upc}`);
    });

    it.each([
      [
        'a wrong check digit',
        '6901234567893',
        'gtin is not a valid GTIN: its check digit is 3, the GS1 check digit of 690123456789 is 2',
      ],
      ['a length GS1 does not issue', '69012345678', 'gtin must be a GS1 GTIN: 8, 12, 13 or 14 digits'],
      ['letters', '69O1234567892', 'gtin must be a GS1 GTIN: 8, 12, 13 or 14 digits'],
      ['a number', 6901234567892, 'gtin must be a GS1 GTIN: 8, 12, 13 or 14 digits'],
    ])('refuses %s (400), registering and changing nothing', async (_what, gtin, message) => {
      const before = await counts();
      const answer = await register({ ...product(), gtin });
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([{ field: 'gtin', messages: [message] }]);
      expect(await counts()).toEqual(before);

      const { id } = await registered();
      const changed = await change(id, { gtin });
      expect(changed.status).toBe(400);
      expect(changed.body.errors).toEqual([{ field: 'gtin', messages: [message] }]);
      expect((await read(id)).body.gtin).toBeNull();
    });

    it('gives a GTIN to one product only (409 GtinTaken), however it is written', async () => {
      const gtin = gtin13();
      const first = await registered({ gtin });

      const again = await register(product({ gtin: `0${gtin}` }), otherProducer);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        type: '/problems/conflict',
        detail: `GTIN 0${gtin} already belongs to another product`,
        gtin: `0${gtin}`,
      });

      const { id } = await registered();
      const taken = await change(id, { gtin });
      expect(taken.status).toBe(409);
      expect((await read(id)).body.gtin).toBeNull();
      expect(await announced(id)).toEqual(['catalog.product.registered.v1']);
      expect((await read(first.id)).body.gtin).toBe(`0${gtin}`);
    });
  });

  describe('listing and delisting', () => {
    it('lists a draft, delists it and lists it again, announcing each move with a higher version', async () => {
      const { id } = await registered();

      const first = await move(id, 'list');
      const withdrawn = await move(id, 'delist');
      const again = await move(id, 'list');

      expect(
        [first, withdrawn, again].map((answer): unknown[] => [answer.status, answer.body.status]),
      ).toEqual([
        [200, 'listed'],
        [200, 'delisted'],
        [200, 'listed'],
      ]);
      const records = await waitForPublished(id, 4);
      expect(records.map((record) => record.key)).toEqual([id, id, id, id]);
      expect(
        records.map(({ envelope }) => [envelope.type, envelope.data.status, envelope.data.version]),
      ).toEqual([
        ['catalog.product.registered.v1', 'draft', 1],
        ['catalog.product.listed.v1', 'listed', 2],
        ['catalog.product.delisted.v1', 'delisted', 3],
        ['catalog.product.listed.v1', 'listed', 4],
      ]);
      expect(records[3].envelope.data).toEqual({ ...again.body, version: 4 });
    });

    it.each([
      ['listing a listed product', ['list'], 'list', 'product cannot go from listed to listed'],
      ['delisting a draft', [], 'delist', 'product cannot go from draft to delisted'],
      [
        'delisting a delisted product',
        ['list', 'delist'],
        'delist',
        'product cannot go from delisted to delisted',
      ],
    ] as const)('refuses %s with 409, announcing nothing', async (_label, before, action, detail) => {
      const { id } = await registered();
      for (const step of before) expect((await move(id, step)).status).toBe(200);
      const eventsBefore = await announced(id);

      const answer = await move(id, action);

      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({ type: '/problems/illegal-transition', detail });
      expect(await announced(id)).toEqual(eventsBefore);
    });

    it("refuses another producer listing or delisting a producer's product (403), and buyers too", async () => {
      const onSale = await listed();
      expect((await move(onSale.id, 'delist', otherProducer)).status).toBe(403);
      expect((await move(onSale.id, 'delist', buyer)).status).toBe(403);
      const draft = await registered();
      expect((await move(draft.id, 'list', otherProducer)).status).toBe(404);
      expect(await read(onSale.id)).toMatchObject({ body: { status: 'listed' } });
    });

    it('lets only one of two simultaneous listings of a draft through; the other gets 409', async () => {
      const { id } = await registered();

      const answers = await Promise.all([move(id, 'list'), move(id, 'list', admin)]);

      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      expect(await announced(id)).toEqual(['catalog.product.registered.v1', 'catalog.product.listed.v1']);
    });
  });

  describe('searching', () => {
    const marker = `Lot${randomBytes(3).toString('hex').toUpperCase()}`;
    const names = {
      tea: `Zhaojue Tartary buckwheat tea ${marker}`,
      goat: `Butuo black goat meat, chilled ${marker}`,
      kiwi: `Guizhou Xiuwen kiwifruit ${marker}`,
      noodles: `Tartary buckwheat noodles ${marker}`,
      vinegar: `Liangshan buckwheat vinegar ${marker}`,
    };
    let keyCounty: string;
    let liftedCounty: string;
    let kiwiGrower: string;
    let ids: Record<keyof typeof names, string>;

    const certify = (id: string, badges: string[], reliefEligible: boolean) =>
      svc.db.query(`UPDATE products SET badges = $2, relief_eligible = $3 WHERE id = $1`, [
        id,
        badges,
        reliefEligible,
      ]);
    /** The names of what a search finds among this block's products, in the order it answers. */
    const found = async (query: string, token = buyer) => {
      const answer = await search(`q=${marker}&${query}`, token);
      expect(answer.status).toBe(200);
      return itemsIn(answer).map((item) => item.name);
    };

    beforeAll(async () => {
      keyCounty = await seedCounty(svc.db, 'key', 'Butuo');
      liftedCounty = await seedCounty(svc.db, 'lifted', 'Xiuwen');
      const goatFarm = await seedProducer(svc.db, keyCounty, 'Butuo Black Goat Cooperative');
      kiwiGrower = await seedProducer(svc.db, liftedCounty, 'Xiuwen Kiwi Growers');
      const goatToken = await tokenFor('producer', goatFarm);
      const kiwiToken = await tokenFor('producer', kiwiGrower);
      ids = {
        tea: (await listed({ name: names.tea })).id,
        goat: (await listed({ name: names.goat, category: 'chilled_meat' }, goatToken)).id,
        kiwi: (await listed({ name: names.kiwi, category: 'temperate_fruit' }, kiwiToken)).id,
        noodles: (await registered({ name: names.noodles, category: 'grain_oil' })).id,
        vinegar: (await listed({ name: names.vinegar, category: 'ambient' }, kiwiToken)).id,
      };
      expect((await move(ids.vinegar, 'delist', kiwiToken)).status).toBe(200);
      await certify(ids.tea, ['poverty_alleviation_product'], true);
      await certify(ids.goat, ['organic'], false);
      await certify(ids.kiwi, ['geographical_indication', 'green_food'], true);
    });

    it('shows buyers listed products only, oldest first', async () => {
      expect(await found('')).toEqual([names.tea, names.goat, names.kiwi]);
    });

    it("shows a producer its own drafts and delisted products too, but not other producers' ones", async () => {
      expect(await found('', owner)).toEqual([names.tea, names.goat, names.kiwi, names.noodles]);
      expect(await found('', await tokenFor('producer', kiwiGrower))).toEqual([
        names.tea,
        names.goat,
        names.kiwi,
        names.vinegar,
      ]);
    });

    it('shows an administrator every product', async () => {
      expect(await found('', admin)).toEqual(Object.values(names));
    });

    it('filters by category', async () => {
      expect(await found('category=temperate_fruit')).toEqual([names.kiwi]);
      expect(await found('category=grain_oil', admin)).toEqual([names.noodles]);
    });

    it("filters by the producer's county and by its poverty status", async () => {
      expect(await found(`countyCode=${keyCounty}`)).toEqual([names.goat]);
      expect(await found('povertyStatus=lifted')).toEqual([names.kiwi]);
      expect(await found('povertyStatus=deep')).toEqual([names.tea]);
      expect(await found('povertyStatus=lifted', admin)).toEqual([names.kiwi, names.vinegar]);
    });

    it('filters by certification scheme, requiring every scheme asked for', async () => {
      expect(await found('scheme=organic')).toEqual([names.goat]);
      expect(await found('scheme=geographical_indication&scheme=green_food')).toEqual([names.kiwi]);
      expect(await found('scheme=geographical_indication&scheme=organic')).toEqual([]);
    });

    it('filters by relief eligibility', async () => {
      expect(await found('reliefEligible=true')).toEqual([names.tea, names.kiwi]);
      expect(await found('reliefEligible=false')).toEqual([names.goat]);
    });

    it('finds names containing the search text whatever its case, and treats % and _ literally', async () => {
      const answer = await search(`q=${encodeURIComponent(`KIWIFRUIT ${marker.toLowerCase()}`)}`);
      expect(itemsIn(answer).map((item) => item.id)).toEqual([ids.kiwi]);
      expect((await search(`q=${encodeURIComponent('%')}`, admin)).body.items).toEqual([]);
      expect((await search('q=_', admin)).body.items).toEqual([]);
    });

    it('answers items in the product shape', async () => {
      const answer = await search(`q=${marker}&category=temperate_fruit`);
      expect(answer.body).toEqual({ items: [(await read(ids.kiwi, buyer)).body], nextCursor: null });
      expect(answer.body.items[0]).toMatchObject({
        countyCode: liftedCounty,
        badges: ['geographical_indication', 'green_food'],
        reliefEligible: true,
      });
    });

    it('pages through results without overlap and gives no cursor on the last page', async () => {
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const query: string = `q=${marker}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const answer = await search(query, admin);
        expect(answer.status).toBe(200);
        pages.push(itemsIn(answer).map((item) => item.name));
        cursor = answer.body.nextCursor;
      } while (cursor && pages.length < 10);

      expect(pages).toEqual([[names.tea, names.goat], [names.kiwi, names.noodles], [names.vinegar]]);
    });

    it('answers 20 products a page unless asked for more, up to 100', async () => {
      for (let index = 0; index < 21; index += 1)
        await registered({ name: `Buckwheat crackers ${marker}-bulk` });
      const first = await search(`q=${marker}-bulk`, owner);
      expect(first.body.items).toHaveLength(20);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const all = await search(`q=${marker}-bulk&limit=100`, owner);
      expect(all.body).toMatchObject({ items: expect.any(Array), nextCursor: null });
      expect(all.body.items).toHaveLength(21);
    });

    it.each([
      ['an unknown category', 'category=seafood', 'category'],
      ['an unknown poverty status', 'povertyStatus=poor', 'povertyStatus'],
      ['an unknown scheme', 'scheme=halal', 'scheme'],
      ['reliefEligible other than true or false', 'reliefEligible=yes', 'reliefEligible'],
      ['a county code that is not 6 digits', 'countyCode=5134', 'countyCode'],
      ['a page size of 0', 'limit=0', 'limit'],
      ['a page size above 100', 'limit=101', 'limit'],
      ['a cursor this API did not give', 'cursor=bm90LWEtY3Vyc29y', 'cursor'],
      ['an unknown parameter', 'colour=red', 'colour'],
    ])('refuses %s with 400 naming the parameter', async (_label, query, field) => {
      const answer = await search(query);
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(fieldsIn(answer)).toContain(field);
    });
  });

  it('documents every product route and search parameter in OpenAPI', async () => {
    const docs = await svc.call({ method: 'GET', url: '/docs/openapi.json' });
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/products',
        '/v1/products/{id}',
        '/v1/products/{id}/list',
        '/v1/products/{id}/delist',
      ]),
    );
    const searchParameters = (docs.body.paths['/v1/products'].get.parameters as { name: string }[]).map(
      (parameter) => parameter.name,
    );
    expect(searchParameters).toEqual(
      expect.arrayContaining([
        'category',
        'countyCode',
        'povertyStatus',
        'scheme',
        'reliefEligible',
        'q',
        'cursor',
        'limit',
      ]),
    );
    expect(docs.body.paths['/v1/products'].post.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(docs.body.paths['/v1/products/{id}/list'].post.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '409']),
    );
  });
});
