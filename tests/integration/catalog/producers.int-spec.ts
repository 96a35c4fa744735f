import { randomUUID } from 'node:crypto';
import { encodeCursor } from '@hb/platform';
import { catalogService } from '../../../apps/catalog/src';
import { county, countyCode, creditCode, producer } from '../../support/catalog-factories';
import { tokenFor, type Answer } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

const PRODUCER_TOPIC = 'catalog.producer.v1';

/** The fields a 400 problem names, in order. */
const fieldsOf = (answer: Answer) => (answer.body.errors as { field: string }[]).map((error) => error.field);
const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** The same code with another (so a wrong) check character. */
function withWrongCheckDigit(code: string): string {
  const check = CREDIT_CODE_ALPHABET.indexOf(code[17]);
  return code.slice(0, 17) + CREDIT_CODE_ALPHABET[(check + 1) % CREDIT_CODE_ALPHABET.length];
}

describe('producers: administrators onboard producers in registered counties', () => {
  let svc: RunningService;
  let reader: TopicReader;
  let admin: string;
  let buyer: string;
  let zhaojue: string;

  beforeAll(async () => {
    svc = await runService(catalogService, 'producers');
    reader = await svc.read(PRODUCER_TOPIC);
    admin = await tokenFor('admin', 'harvest-bridge-ops');
    buyer = await tokenFor('buyer', 'canteen-mianyang-01');
    zhaojue = await registeredCounty({ name: 'Zhaojue', povertyStatus: 'deep' });
  });

  afterAll(async () => {
    await svc?.stop();
  });

  const onboard = (body: Record<string, unknown>, token = admin) =>
    svc.call({ method: 'POST', url: '/v1/producers', token, body });
  const list = (query: string, token = admin) =>
    svc.call({ method: 'GET', url: `/v1/producers${query}`, token });

  async function registeredCounty(overrides: Record<string, unknown> = {}): Promise<string> {
    const answer = await svc.call({
      method: 'POST',
      url: '/v1/counties',
      token: admin,
      body: county(overrides),
    });
    expect(answer.status).toBe(201);
    return answer.body.code as string;
  }

  /** Onboards a producer (as an administrator) and returns what the API answered. */
  async function onboarded(countyCodeValue: string, overrides: Record<string, unknown> = {}) {
    const answer = await onboard(producer(countyCodeValue, overrides));
    expect(answer.status).toBe(201);
    return answer.body as { id: string; creditCode: string };
  }

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

  const publishedAbout = (id: string) =>
    waitFor(
      () => {
        const record = reader.records.find(
          (candidate) => candidate.topic === svc.topic(PRODUCER_TOPIC) && candidate.key === id,
        );
        return record && { key: record.key, envelope: JSON.parse(record.value) };
      },
      { what: `the event about producer ${id}` },
    );
  const producersWithCreditCode = async (code: string) =>
    svc.db.query<{ id: string; name: string }>(`SELECT id, name FROM producers WHERE credit_code = $1`, [
      code,
    ]);
  const outboxAboutCreditCode = async (code: string) =>
    svc.db.query(`SELECT 1 FROM outbox WHERE envelope->'data'->>'creditCode' = $1`, [code]);

  describe('onboarding', () => {
    it("onboards a producer and announces ProducerRegistered keyed by its id, with the county's poverty status", async () => {
      const body = producer(zhaojue, {
        name: 'Zhaojue Tartary Buckwheat Cooperative',
        povertyHouseholds: 120,
      });

      const answer = await onboard(body);

      expect(answer.status).toBe(201);
      expect(answer.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), ...body });
      const { id } = answer.body;
      expect(await producersWithCreditCode(body.creditCode)).toEqual([{ id, name: body.name }]);
      const { key, envelope } = await publishedAbout(id);
      expect(key).toBe(id);
      expect(envelope).toMatchObject({
        type: 'catalog.producer.registered.v1',
        source: 'catalog',
        subject: id,
        data: { ...answer.body, countyPovertyStatus: 'deep' },
      });
    });

    it('announces the poverty status the county has when the producer is onboarded', async () => {
      const butuo = await registeredCounty({ name: 'Butuo', povertyStatus: 'deep' });
      await svc.call({
        method: 'PATCH',
        url: `/v1/counties/${butuo}`,
        token: admin,
        body: { povertyStatus: 'lifted', liftedOn: '2020-11-17' },
      });

      const { id } = await onboarded(butuo, { kind: 'relief_workshop', name: 'Butuo Embroidery Workshop' });

      const { envelope } = await publishedAbout(id);
      expect(envelope.data).toMatchObject({
        countyCode: butuo,
        kind: 'relief_workshop',
        countyPovertyStatus: 'lifted',
      });
    });

    it('refuses a credit code with a wrong check digit with 400 saying so, and writes nothing', async () => {
      const body = producer(zhaojue, { creditCode: withWrongCheckDigit(creditCode()) });

      const answer = await onboard(body);

      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.body.errors).toEqual([
        { field: 'creditCode', messages: [expect.stringContaining('creditCode has a wrong check digit')] },
      ]);
      expect(await producersWithCreditCode(body.creditCode)).toEqual([]);
      expect(await outboxAboutCreditCode(body.creditCode)).toEqual([]);
    });

    it('refuses a producer in a county nobody registered with 422 naming the county, and writes nothing', async () => {
      const unknownCounty = countyCode();
      const body = producer(unknownCounty);

      const answer = await onboard(body);

      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({ type: '/problems/unprocessable', countyCode: unknownCounty });
      expect(answer.body.detail).toContain(`county ${unknownCounty} is not registered`);
      expect(await producersWithCreditCode(body.creditCode)).toEqual([]);
      expect(await outboxAboutCreditCode(body.creditCode)).toEqual([]);
    });

    it('refuses a second producer with a credit code already onboarded with 409, keeping the first', async () => {
      const first = await onboarded(zhaojue, { name: 'Zhaojue Potato Cooperative' });

      const again = await onboard(producer(zhaojue, { name: 'Another Name', creditCode: first.creditCode }));

      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ type: '/problems/conflict', creditCode: first.creditCode });
      expect(await producersWithCreditCode(first.creditCode)).toEqual([
        { id: first.id, name: 'Zhaojue Potato Cooperative' },
      ]);
      expect(await outboxAboutCreditCode(first.creditCode)).toHaveLength(1);
    });

    it('answers 409, not 500, when a registration of the same credit code commits while this one is being written', async () => {
      const body = producer(zhaojue);
      const rivalId = randomUUID();
      const answer = await whileRivalCommits(
        `INSERT INTO producers (id, name, kind, county_code, credit_code, poverty_households)
         VALUES ($1, 'Zhaojue Buckwheat Co-op', 'cooperative', $2, $3, 80)`,
        [rivalId, zhaojue, body.creditCode],
        () => onboard(body),
      );

      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({ type: '/problems/conflict', creditCode: body.creditCode });
      expect(await producersWithCreditCode(body.creditCode)).toEqual([
        { id: rivalId, name: 'Zhaojue Buckwheat Co-op' },
      ]);
      expect(await outboxAboutCreditCode(body.creditCode)).toEqual([]);
    });

    it.each([
      ['an unknown kind', { kind: 'state_farm' }, 'kind'],
      ['a negative number of poor households', { povertyHouseholds: -1 }, 'povertyHouseholds'],
      ['a fractional number of poor households', { povertyHouseholds: 12.5 }, 'povertyHouseholds'],
      ['a credit code of 17 characters', { creditCode: '93513431MA62H4L2X' }, 'creditCode'],
      ['a county code of 5 digits', { countyCode: '51343' }, 'countyCode'],
      ['an unknown field (no mass assignment)', { id: randomUUID() }, 'id'],
    ])('refuses %s with 400 naming the field, and writes nothing', async (_label, overrides, field) => {
      const body = { ...producer(zhaojue), ...overrides };

      const answer = await onboard(body);

      expect(answer.status).toBe(400);
      expect(answer.body.type).toBe('/problems/validation');
      expect(fieldsOf(answer)).toEqual([field]);
      expect(await outboxAboutCreditCode(String(body.creditCode))).toEqual([]);
    });

    it('lets only administrators onboard producers: 401 without a token, 403 for a producer or a buyer', async () => {
      const body = producer(zhaojue);
      const producerToken = await tokenFor('producer', randomUUID());

      const anonymous = await svc.call({ method: 'POST', url: '/v1/producers', body });
      const byProducer = await onboard(body, producerToken);
      const byBuyer = await onboard(body, buyer);

      expect(anonymous.status).toBe(401);
      expect(byProducer.status).toBe(403);
      expect(byBuyer.status).toBe(403);
      expect(await producersWithCreditCode(body.creditCode)).toEqual([]);
      expect(await outboxAboutCreditCode(body.creditCode)).toEqual([]);
    });
  });

  describe('reading', () => {
    it("shows a producer by its id to any signed-in role, including the producer's own users", async () => {
      const created = await onboarded(zhaojue);
      const ownUser = await tokenFor('producer', created.id);

      for (const token of [buyer, ownUser, admin]) {
        const answer = await svc.call({ method: 'GET', url: `/v1/producers/${created.id}`, token });
        expect(answer).toMatchObject({ status: 200, body: created });
      }
    });

    it('answers 404 for an id nobody onboarded, 400 for one that is not a UUID, 401 without a token', async () => {
      const unknown = await svc.call({ method: 'GET', url: `/v1/producers/${randomUUID()}`, token: buyer });
      const malformed = await svc.call({ method: 'GET', url: '/v1/producers/coop-zhaojue-01', token: buyer });
      const anonymous = await svc.call({ method: 'GET', url: `/v1/producers/${randomUUID()}` });

      expect(unknown.status).toBe(404);
      expect(unknown.body.type).toBe('/problems/not-found');
      expect(malformed.status).toBe(400);
      expect(anonymous.status).toBe(401);
    });

    it("lists a county's producers oldest first, a page at a time", async () => {
      const meigu = await registeredCounty({ name: 'Meigu', povertyStatus: 'key' });
      const onboardedInOrder: string[] = [];
      for (let index = 0; index < 3; index += 1) onboardedInOrder.push((await onboarded(meigu)).id);
      await onboarded(zhaojue);

      const first = await list(`?countyCode=${meigu}&limit=2`);
      const second = await list(`?countyCode=${meigu}&limit=2&cursor=${first.body.nextCursor}`);

      expect(first.status).toBe(200);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      expect(second.status).toBe(200);
      expect(second.body.nextCursor).toBeNull();
      const listed = [...first.body.items, ...second.body.items];
      expect(listed.map((item: { id: string }) => item.id)).toEqual(onboardedInOrder);
      expect(listed.every((item: { countyCode: string }) => item.countyCode === meigu)).toBe(true);
    });

    it('lists every producer once across pages when several were onboarded in the same instant', async () => {
      const ids = (await svc.db.query<{ id: string }>(`SELECT id FROM producers`)).map((row) => row.id);
      // Same created_at, down to the microsecond: only the id tells them apart.
      await svc.db.query(`UPDATE producers SET created_at = '2025-11-28T08:30:00.123456Z'`);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const answer = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(answer.status).toBe(200);
        seen.push(...(answer.body.items as { id: string }[]).map((item) => item.id));
        cursor = answer.body.nextCursor;
      } while (cursor);

      expect(seen).toEqual([...ids].sort());
    });

    it('lists producers to administrators only', async () => {
      const answer = await list('', buyer);

      expect(answer.status).toBe(403);
    });

    it.each([
      ['a cursor the API did not give out', '?cursor=not-a-cursor'],
      ['a cursor of the wrong shape', `?cursor=${encodeCursor(['yesterday', 'coop-zhaojue-01'])}`],
      ['a county code of 5 digits', '?countyCode=51343'],
      ['a page size of 0', '?limit=0'],
    ])('refuses %s with 400', async (_label, query) => {
      const answer = await list(query);

      expect(answer.status).toBe(400);
      expect(answer.body.type).toBe('/problems/validation');
    });
  });

  it('documents the producer routes with their problems in the OpenAPI document', async () => {
    const docs = await svc.call({ method: 'GET', url: '/docs/openapi.json' });

    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/v1/producers', '/v1/producers/{id}']),
    );
    expect(Object.keys(docs.body.paths['/v1/producers'].post.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '409', '422']),
    );
    expect(docs.body.paths['/v1/producers'].post.security).toEqual([{ bearer: [] }]);
  });
});
