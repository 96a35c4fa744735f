import { encodeCursor } from '@hb/platform';
import { catalogService } from '../../../apps/catalog/src';
import { county, countyCode, day } from '../../support/catalog-factories';
import { tokenFor, type Answer } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

const COUNTY_TOPIC = 'catalog.county.v1';

interface CountyItem {
  code: string;
  povertyStatus: string;
}

/** The fields a 400 problem names, in order. */
const fieldsOf = (answer: Answer) => (answer.body.errors as { field: string }[]).map((error) => error.field);

describe('counties: administrators register counties and change their poverty status', () => {
  let svc: RunningService;
  let reader: TopicReader;
  let admin: string;
  let producerToken: string;
  let buyer: string;

  beforeAll(async () => {
    svc = await runService(catalogService, 'counties');
    reader = await svc.read(COUNTY_TOPIC);
    admin = await tokenFor('admin', 'harvest-bridge-ops');
    producerToken = await tokenFor('producer', 'coop-zhaojue-01');
    buyer = await tokenFor('buyer', 'canteen-mianyang-01');
  });

  afterAll(async () => {
    await svc?.stop();
  });

  const register = (body: Record<string, unknown>, token = admin) =>
    svc.call({ method: 'POST', url: '/v1/counties', token, body });
  const change = (code: string, body: Record<string, unknown>, token = admin) =>
    svc.call({ method: 'PATCH', url: `/v1/counties/${code}`, token, body });
  const list = (query: string, token = buyer) =>
    svc.call({ method: 'GET', url: `/v1/counties${query}`, token });

  /** The county's events as published on its topic, in order, with the record key. */
  const published = (code: string) =>
    reader.records
      .filter((record) => record.topic === svc.topic(COUNTY_TOPIC) && record.key === code)
      .map((record) => ({ key: record.key, headers: record.headers, envelope: JSON.parse(record.value) }));
  const waitForPublished = (code: string, count: number) =>
    waitFor(() => (published(code).length >= count ? published(code) : undefined), {
      what: `${count} event(s) about county ${code}`,
    });
  /** Every event about a county goes through the outbox first: no row there, nothing ever published. */
  const outboxTypes = async (code: string) =>
    (await svc.db.query<{ type: string }>(`SELECT type FROM outbox WHERE key = $1 ORDER BY seq`, [code])).map(
      (row) => row.type,
    );
  const storedCounty = async (code: string) =>
    (await svc.db.query(`SELECT * FROM counties WHERE code = $1`, [code]))[0];

  /**
   * Runs `action` while another connection holds an uncommitted row written by `sql`, and commits that
   * row once the action waits for it: two administrators' registrations colliding.
   */
  async function whileRivalCommits<T>(sql: string, params: unknown[], action: () => Promise<T>): Promise<T> {
    await svc.db.query('BEGIN');
    await svc.db.query(sql, params);
    const pending = action();
    try {
      await waitFor(
        async () =>
          (
            await svc.db.query(
              `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            )
          ).length > 0,
        { what: 'the request to wait for the rival row' },
      );
    } finally {
      await svc.db.query('COMMIT');
    }
    return pending;
  }

  /** Registers a county (as an administrator) and returns its code. */
  const registered = async (overrides: Record<string, unknown> = {}) => {
    const answer = await register(county(overrides));
    expect(answer.status).toBe(201);
    return answer.body.code as string;
  };

  describe('registering', () => {
    it('registers a deep-poverty county and announces CountyRegistered keyed by its code', async () => {
      const body = county({ name: 'Zhaojue', povertyStatus: 'deep', pairedCity: 'Mianyang' });

      const answer = await register(body);

      expect(answer.status).toBe(201);
      const expected = { ...body, liftedOn: null };
      expect(answer.body).toEqual(expected);
      expect(await storedCounty(body.code)).toMatchObject({ name: 'Zhaojue', poverty_status: 'deep' });
      const [record] = await waitForPublished(body.code, 1);
      expect(record.key).toBe(body.code);
      expect(record.headers['content-type']).toContain('application/cloudevents+json');
      expect(record.envelope).toMatchObject({
        type: 'catalog.county.registered.v1',
        source: 'catalog',
        subject: body.code,
        data: expected,
      });
    });

    it('registers a county lifted out of poverty with the day it was lifted, without a paired city', async () => {
      // Left out of the JSON body altogether.
      const body = county({
        name: 'Butuo',
        povertyStatus: 'lifted',
        liftedOn: '2020-11-17',
        pairedCity: undefined,
      });

      const answer = await register(body);

      expect(answer.status).toBe(201);
      expect(answer.body).toEqual({ ...body, pairedCity: null });
      const [record] = await waitForPublished(body.code, 1);
      expect(record.envelope.data).toMatchObject({
        povertyStatus: 'lifted',
        liftedOn: '2020-11-17',
        pairedCity: null,
      });
    });

    it('refuses a lifted county without the day it was lifted, says liftedOn is required, and writes nothing', async () => {
      const body = county({ povertyStatus: 'lifted' });

      const answer = await register(body);

      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.body.errors).toEqual([
        { field: 'liftedOn', messages: [expect.stringContaining('required when povertyStatus is lifted')] },
      ]);
      expect(await storedCounty(body.code)).toBeUndefined();
      expect(await outboxTypes(body.code)).toEqual([]);
    });

    it.each([
      ['a lifted-on day in the future', { povertyStatus: 'lifted', liftedOn: day(1) }, 'liftedOn'],
      [
        'a lifted-on day that does not exist',
        { povertyStatus: 'lifted', liftedOn: '2021-02-29' },
        'liftedOn',
      ],
      ['a lifted-on day for a county still in deep poverty', { liftedOn: '2020-11-17' }, 'liftedOn'],
      ['a code of 5 digits', { code: '51343' }, 'code'],
      ['an unknown poverty status', { povertyStatus: 'poor' }, 'povertyStatus'],
      ['an empty name', { name: '' }, 'name'],
    ])('refuses %s with 400 naming the field, and writes nothing', async (_label, overrides, field) => {
      const body = { ...county(), ...overrides };

      const answer = await register(body);

      expect(answer.status).toBe(400);
      expect(answer.body.type).toBe('/problems/validation');
      expect(fieldsOf(answer)).toEqual([field]);
      expect(await storedCounty(body.code)).toBeUndefined();
      expect(await outboxTypes(body.code)).toEqual([]);
    });

    it('rejects unknown fields (no mass assignment) and writes nothing', async () => {
      const body = { ...county(), createdAt: '2001-01-01T00:00:00Z' };

      const answer = await register(body);

      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([
        { field: 'createdAt', messages: ['property createdAt should not exist'] },
      ]);
      expect(await storedCounty(body.code)).toBeUndefined();
    });

    it('refuses to register the same code twice with 409, keeping the first county and its single event', async () => {
      const code = await registered({ name: 'Zhaojue' });

      const again = await register(county({ code, name: 'Butuo' }));

      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ type: '/problems/conflict', code });
      expect(again.body.detail).toContain(`county ${code} is already registered`);
      expect(await storedCounty(code)).toMatchObject({ name: 'Zhaojue' });
      expect(await outboxTypes(code)).toEqual(['catalog.county.registered.v1']);
    });

    it('answers 409, not 500, when a registration of the same code commits while this one is being written', async () => {
      const body = county({ name: 'Zhaojue' });

      const answer = await whileRivalCommits(
        `INSERT INTO counties (code, name, province, prefecture, poverty_status)
         VALUES ($1, 'Butuo', 'Sichuan', 'Liangshan Yi Autonomous Prefecture', 'key')`,
        [body.code],
        () => register(body),
      );

      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({ type: '/problems/conflict', code: body.code });
      expect(await storedCounty(body.code)).toMatchObject({ name: 'Butuo' });
      expect(await outboxTypes(body.code)).toEqual([]);
    });

    it('lets only administrators register counties: 401 without a token, 403 for a producer', async () => {
      const body = county();

      const anonymous = await svc.call({ method: 'POST', url: '/v1/counties', body });
      const producer = await register(body, producerToken);

      expect(anonymous.status).toBe(401);
      expect(producer.status).toBe(403);
      expect(producer.body.detail).toContain('admin');
      expect(await storedCounty(body.code)).toBeUndefined();
      expect(await outboxTypes(body.code)).toEqual([]);
    });
  });

  describe('reading', () => {
    it('shows a county by its code to any signed-in role', async () => {
      const code = await registered({ name: 'Butuo', povertyStatus: 'key' });

      const answer = await svc.call({ method: 'GET', url: `/v1/counties/${code}`, token: buyer });

      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ code, name: 'Butuo', povertyStatus: 'key', liftedOn: null });
    });

    it('answers 404 for a code nobody registered, 400 for a code that is not 6 digits, 401 without a token', async () => {
      const unknown = await svc.call({ method: 'GET', url: `/v1/counties/${countyCode()}`, token: buyer });
      const malformed = await svc.call({ method: 'GET', url: '/v1/counties/5134310', token: buyer });
      const anonymous = await svc.call({ method: 'GET', url: '/v1/counties' });

      expect(unknown.status).toBe(404);
      expect(unknown.body.type).toBe('/problems/not-found');
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors[0].field).toBe('code');
      expect(anonymous.status).toBe(401);
    });

    it('lists every county in code order, a page at a time, until the last page says there is no next one', async () => {
      const mine = [await registered(), await registered(), await registered()];

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const answer = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(answer.status).toBe(200);
        expect(answer.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...(answer.body.items as CountyItem[]).map((item) => item.code));
        cursor = answer.body.nextCursor;
      } while (cursor);

      expect(seen).toEqual([...seen].sort());
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining(mine));
      const [{ count }] = await svc.db.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM counties`,
      );
      expect(seen).toHaveLength(count);
    });

    it('lists only the counties of the poverty status asked for', async () => {
      const key = await registered({ povertyStatus: 'key' });
      const lifted = await registered({ povertyStatus: 'lifted', liftedOn: '2020-11-17' });

      const answer = await list('?povertyStatus=key&limit=100');

      expect(answer.status).toBe(200);
      const codes = (answer.body.items as CountyItem[]).map((item) => item.code);
      expect(codes).toContain(key);
      expect(codes).not.toContain(lifted);
      expect((answer.body.items as CountyItem[]).every((item) => item.povertyStatus === 'key')).toBe(true);
    });

    it.each([
      ['a page size over 100', '?limit=101', 'limit'],
      ['an unknown poverty status', '?povertyStatus=poor', 'povertyStatus'],
      ['a cursor the API did not give out', '?cursor=not-a-cursor', 'cursor'],
      ['a cursor of the wrong shape', `?cursor=${encodeCursor([513431])}`, 'cursor'],
    ])('refuses %s with 400', async (_label, query, field) => {
      const answer = await list(query);

      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].field).toBe(field);
    });
  });

  describe('changing', () => {
    it('lifts a county out of poverty and announces CountyUpdated with the status it had before', async () => {
      const code = await registered({ povertyStatus: 'deep' });

      const answer = await change(code, { povertyStatus: 'lifted', liftedOn: '2020-11-17' });

      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ code, povertyStatus: 'lifted', liftedOn: '2020-11-17' });
      expect(await storedCounty(code)).toMatchObject({ poverty_status: 'lifted', lifted_on: '2020-11-17' });
      const [registration, update] = await waitForPublished(code, 2);
      expect(registration.envelope.type).toBe('catalog.county.registered.v1');
      expect(update.key).toBe(code);
      expect(update.envelope).toMatchObject({
        type: 'catalog.county.updated.v1',
        subject: code,
        data: { ...answer.body, previousPovertyStatus: 'deep' },
      });
    });

    it('clears the lifted-on day when a lifted county goes back to key, and says it was lifted', async () => {
      const code = await registered({ povertyStatus: 'lifted', liftedOn: '2020-11-17' });

      const answer = await change(code, { povertyStatus: 'key' });

      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ povertyStatus: 'key', liftedOn: null });
      const [, update] = await waitForPublished(code, 2);
      expect(update.envelope.data).toMatchObject({
        povertyStatus: 'key',
        liftedOn: null,
        previousPovertyStatus: 'lifted',
      });
    });

    it.each([
      ['lifting a county without the day it was lifted', { povertyStatus: 'lifted' }, 'required'],
      ['giving a lifted-on day to a county that stays deep', { liftedOn: '2020-11-17' }, 'would be deep'],
    ])('refuses %s with 422, and changes and announces nothing', async (_label, body, message) => {
      const code = await registered({ povertyStatus: 'deep' });

      const answer = await change(code, body);

      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({ type: '/problems/unprocessable', code });
      expect(answer.body.detail).toContain(message);
      expect(await storedCounty(code)).toMatchObject({ poverty_status: 'deep', lifted_on: null });
      expect(await outboxTypes(code)).toEqual(['catalog.county.registered.v1']);
    });

    it('renames a county and ends its pairing, announcing the change with its unchanged status', async () => {
      const code = await registered({ name: 'Zhaojue', povertyStatus: 'key', pairedCity: 'Mianyang' });

      const answer = await change(code, { name: 'Zhaojue County', pairedCity: null });

      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ name: 'Zhaojue County', pairedCity: null, povertyStatus: 'key' });
      const [, update] = await waitForPublished(code, 2);
      expect(update.envelope.data).toMatchObject({
        name: 'Zhaojue County',
        pairedCity: null,
        povertyStatus: 'key',
        previousPovertyStatus: 'key',
      });
    });

    it('announces nothing when a change changes nothing', async () => {
      const code = await registered({ name: 'Butuo', povertyStatus: 'deep' });

      const answer = await change(code, { name: 'Butuo', povertyStatus: 'deep' });

      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ code, name: 'Butuo' });
      expect(await outboxTypes(code)).toEqual(['catalog.county.registered.v1']);
    });

    it('refuses changes from non-administrators (403), to unknown counties (404), and to the code or a required field set to null (400)', async () => {
      const code = await registered({ name: 'Butuo' });

      const byBuyer = await change(code, { name: 'Meigu' }, buyer);
      const unknown = await change(countyCode(), { name: 'Meigu' });
      const renamedCode = await change(code, { code: '513429' });
      const erasedName = await change(code, { name: null });

      expect(byBuyer.status).toBe(403);
      expect(unknown.status).toBe(404);
      expect(renamedCode.status).toBe(400);
      expect(renamedCode.body.errors[0].field).toBe('code');
      expect(erasedName.status).toBe(400);
      expect(erasedName.body.errors[0].field).toBe('name');
      expect(await storedCounty(code)).toMatchObject({ name: 'Butuo' });
      expect(await outboxTypes(code)).toEqual(['catalog.county.registered.v1']);
    });
  });

  it('documents the county routes with bearer security in the OpenAPI document', async () => {
    const docs = await svc.call({ method: 'GET', url: '/docs/openapi.json' });

    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/v1/counties', '/v1/counties/{code}']),
    );
    expect(docs.body.paths['/v1/counties'].post.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(docs.body.paths['/v1/counties/{code}'].patch.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '422']),
    );
  });
});
