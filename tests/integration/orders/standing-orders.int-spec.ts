import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock, createService, startService } from '@hb/platform';
import {
  CountyRegistered,
  ProductDelisted,
  ProductListed,
  StockReservationRejected,
  type ProductSnapshot,
} from '@hb/contracts';
import { ordersService, type StandingOrderView } from '../../../apps/orders/src';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { EventPublisherForTests } from '../../support/events';
import { call, tokenFor } from '../../support/http';
import { provisionNamespace, TopicReader, uniquePrefix } from '../../support/kafka';
import { countySnapshot, productSnapshot } from '../../support/orders-fixtures';
import { waitFor } from '../../support/wait';

/**
 * Standing orders with the service as it runs: the sweep on its timer (every 200 ms here), the clock
 * injected, and restarts and a second replica on the same database.
 */
describe('standing orders (real PostgreSQL and Kafka)', () => {
  const prefix = uniquePrefix('standing');
  const groupId = `${prefix}.orders`;
  let db: TestDatabase;
  let events: EventPublisherForTests;
  let standingEvents: TopicReader;
  let running: NestFastifyApplication[] = [];
  let now = new Date('2027-03-01T08:00:00.000Z'); // a Monday
  let canteenId: string;
  let canteen: string;
  let tea: ProductSnapshot;
  let goat: ProductSnapshot;

  const start = async (): Promise<NestFastifyApplication> => {
    const app = await createService(ordersService, {
      databaseUrl: db.url,
      messaging: {
        topicPrefix: prefix,
        groupId,
        retry: { attempts: 3, initialBackoffMs: 20, maxBackoffMs: 200 },
      },
    });
    jest.spyOn(app.get(Clock), 'now').mockImplementation(() => now);
    await startService(app);
    running.push(app);
    return app;
  };
  const stopAll = async () => {
    await Promise.all(running.map((app) => app.close()));
    running = [];
  };
  const api = (request: Parameters<typeof call>[1]) => call(running[0], request);

  const body = (overrides: Record<string, unknown> = {}) => ({
    lines: [{ productId: tea.id, quantity: 50 }],
    every: 'week',
    dayOfWeek: 3,
    startsOn: '2027-03-01',
    deliveryAddress: 'Mianyang No. 1 Middle School canteen, 12 Changhong Ave, Fucheng District',
    ...overrides,
  });
  const create = async (overrides: Record<string, unknown> = {}, token = canteen) => {
    const answer = await api({ method: 'POST', url: '/v1/standing-orders', token, body: body(overrides) });
    expect(answer.status).toBe(201);
    return answer.body as StandingOrderView;
  };
  const get = async (id: string) =>
    (await api({ method: 'GET', url: `/v1/standing-orders/${id}`, token: canteen }))
      .body as StandingOrderView;
  const placedOrders = (standingOrderId: string) =>
    db.query<{ occurs_on: string; order_id: string; requested_delivery_date: string; key: string }>(
      `SELECT occ.occurs_on, occ.order_id, o.requested_delivery_date, k.key
         FROM standing_order_occurrences occ
         JOIN orders o ON o.id = occ.order_id
         JOIN idempotency_keys k ON k.order_id = o.id
        WHERE occ.standing_order_id = $1 ORDER BY occ.occurs_on`,
      [standingOrderId],
    );
  const ticks = (count: number) => new Promise((resolve) => setTimeout(resolve, count * 200 + 100));

  beforeAll(async () => {
    process.env.ORDERS_STANDING_ORDER_SWEEP_MS = '200';
    db = await createTestDatabase('standing');
    await provisionNamespace(prefix);
    events = await EventPublisherForTests.start(prefix);
    standingEvents = await TopicReader.start([`${prefix}.orders.standingOrder.v1`]);
    await start();
    const admin = await tokenFor('admin', 'harvest-bridge-ops');
    const registered = await api({
      method: 'POST',
      url: '/v1/buyers',
      token: admin,
      body: {
        name: 'Mianyang No. 1 Middle School canteen',
        kind: 'budget_unit',
        regionCode: '510703',
        annualFoodBudgetCents: 100_000_000,
        pledgedSharePercent: 15,
      },
    });
    canteenId = String(registered.body.id);
    canteen = await tokenFor('buyer', canteenId);
    tea = productSnapshot();
    goat = productSnapshot({ name: 'Butuo black goat', category: 'chilled_meat', countyCode: '513429' });
    await events.publish(CountyRegistered, countySnapshot());
    for (const product of [tea, goat]) await events.publish(ProductListed, product);
    await waitFor(async () => (await db.query(`SELECT 1 FROM catalog_products`)).length === 2, {
      what: 'the catalog read model',
    });
  });

  afterAll(async () => {
    delete process.env.ORDERS_STANDING_ORDER_SWEEP_MS;
    await standingEvents?.stop();
    await events?.stop();
    await stopAll();
    await db?.drop();
  });

  it('places each weekly occurrence exactly once, across a restart and with two replicas sweeping', async () => {
    now = new Date('2027-03-01T08:00:00.000Z');
    const standing = await create();
    expect(standing).toMatchObject({ status: 'active', nextOccurrenceOn: '2027-03-03', every: 'week' });

    // Wednesday 3 March is two days away: within the lead time, so it is placed now.
    await waitFor(async () => (await placedOrders(standing.id)).length === 1, {
      what: 'the first occurrence',
    });
    await ticks(3);
    expect(await placedOrders(standing.id)).toHaveLength(1);

    // The service is down for three weeks; two replicas come back.
    await stopAll();
    now = new Date('2027-03-23T08:00:00.000Z'); // a Tuesday
    await Promise.all([start(), start()]);
    await waitFor(async () => (await placedOrders(standing.id)).length === 4, {
      what: 'the missed occurrences',
    });
    await ticks(5);

    const placed = await placedOrders(standing.id);
    expect(placed.map((row) => row.occurs_on)).toEqual([
      '2027-03-03',
      '2027-03-10',
      '2027-03-17',
      '2027-03-24',
    ]);
    // Missed days are delivered as soon as possible; the coming one on its day.
    expect(placed.map((row) => row.requested_delivery_date)).toEqual([
      '2027-03-03',
      '2027-03-23',
      '2027-03-23',
      '2027-03-24',
    ]);
    expect(placed.map((row) => row.key)).toEqual(
      placed.map((row) => `standing-order:${standing.id}:${row.occurs_on}`),
    );
    const orders = await api({ method: 'GET', url: '/v1/orders?limit=100', token: canteen });
    const ofStanding = (orders.body.items as { id: string }[]).filter((order) =>
      placed.some((row) => row.order_id === order.id),
    );
    expect(ofStanding).toHaveLength(4);
    expect(await get(standing.id)).toMatchObject({
      nextOccurrenceOn: '2027-03-31',
      recentOccurrences: [
        expect.objectContaining({ occursOn: '2027-03-24' }),
        expect.objectContaining({ occursOn: '2027-03-17' }),
        expect.objectContaining({ occursOn: '2027-03-10' }),
        expect.objectContaining({ occursOn: '2027-03-03' }),
      ],
    });
    await api({ method: 'POST', url: `/v1/standing-orders/${standing.id}/cancel`, token: canteen });
  });

  it('pauses after catalog rejects an occurrence, tells the buyer, and resumes from today', async () => {
    now = new Date('2027-04-05T08:00:00.000Z'); // a Monday
    const standing = await create({ startsOn: '2027-04-05', lines: [{ productId: goat.id, quantity: 30 }] });
    const [first] = await waitFor(async () => {
      const rows = await placedOrders(standing.id);
      return rows.length === 1 ? rows : undefined;
    });
    await events.publish(StockReservationRejected, {
      orderId: first.order_id,
      reasons: [{ productId: goat.id, reason: 'insufficient', requested: 30, available: 4 }],
    });

    const paused = await waitFor(async () => {
      const view = await get(standing.id);
      return view.status === 'paused' ? view : undefined;
    });
    expect(paused.pausedReason).toContain(`order ${first.order_id} for 2027-04-07 was rejected`);
    const told = await waitFor(() =>
      standingEvents
        .envelopes()
        .find(
          (envelope) =>
            envelope.subject === standing.id && envelope.type === 'orders.standingOrder.paused.v1',
        ),
    );
    expect(told.data).toMatchObject({
      buyerId: canteenId,
      cause: 'rejection',
      occurrenceOn: '2027-04-07',
      orderId: first.order_id,
    });

    // Paused over two weeks: nothing is placed, and resuming does not place those weeks late.
    now = new Date('2027-04-19T08:00:00.000Z');
    await ticks(3);
    expect(await placedOrders(standing.id)).toHaveLength(1);
    const resumed = await api({
      method: 'POST',
      url: `/v1/standing-orders/${standing.id}/resume`,
      token: canteen,
    });
    expect(resumed.body).toMatchObject({
      status: 'active',
      pausedReason: null,
      nextOccurrenceOn: '2027-04-21',
    });
    await waitFor(async () => (await placedOrders(standing.id)).length === 2, {
      what: 'the next occurrence',
    });
    expect((await placedOrders(standing.id)).map((row) => row.occurs_on)).toEqual([
      '2027-04-07',
      '2027-04-21',
    ]);

    // Resuming twice, or pausing after cancelling, is a state change the table forbids.
    expect(
      (await api({ method: 'POST', url: `/v1/standing-orders/${standing.id}/resume`, token: canteen }))
        .status,
    ).toBe(409);
    await api({ method: 'POST', url: `/v1/standing-orders/${standing.id}/cancel`, token: canteen });
    const refused = await api({
      method: 'POST',
      url: `/v1/standing-orders/${standing.id}/pause`,
      token: canteen,
    });
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
  });

  it('pauses when an occurrence cannot be placed (a product delisted since) and records why', async () => {
    now = new Date('2027-05-03T08:00:00.000Z'); // a Monday
    const delisted = productSnapshot({ name: 'Zhaojue honey', category: 'ambient' });
    await events.publish(ProductListed, delisted);
    await waitFor(
      async () => (await db.query(`SELECT 1 FROM catalog_products WHERE id = $1`, [delisted.id])).length > 0,
    );
    const standing = await create({
      startsOn: '2027-05-10',
      dayOfWeek: 1,
      lines: [{ productId: delisted.id, quantity: 20 }],
    });
    await events.publish(ProductDelisted, { ...delisted, status: 'delisted', version: 2 });
    await waitFor(
      async () =>
        (
          await db.query(`SELECT 1 FROM catalog_products WHERE id = $1 AND status = 'delisted'`, [
            delisted.id,
          ])
        ).length,
    );
    now = new Date('2027-05-08T08:00:00.000Z');
    const paused = await waitFor(async () => {
      const view = await get(standing.id);
      return view.status === 'paused' ? view : undefined;
    });
    expect(paused.recentOccurrences).toEqual([
      expect.objectContaining({
        occursOn: '2027-05-10',
        orderId: null,
        problem: expect.stringContaining('not for sale'),
      }),
    ]);
    expect(paused.nextOccurrenceOn).toBe('2027-05-17');
  });

  it('ends after the last occurrence of its period', async () => {
    now = new Date('2027-06-01T08:00:00.000Z');
    const standing = await create({
      every: 'month',
      dayOfWeek: undefined,
      dayOfMonth: 31,
      startsOn: '2027-06-01',
      endsOn: '2027-06-30',
    });
    expect(standing.nextOccurrenceOn).toBe('2027-06-30');
    now = new Date('2027-06-29T08:00:00.000Z');
    const ended = await waitFor(async () => {
      const view = await get(standing.id);
      return view.status === 'ended' ? view : undefined;
    });
    expect(ended).toMatchObject({
      nextOccurrenceOn: null,
      recentOccurrences: [expect.objectContaining({ occursOn: '2027-06-30' })],
    });
  });

  it("shows and changes a buyer's standing orders to that buyer and administrators only", async () => {
    now = new Date('2027-07-01T08:00:00.000Z');
    const mine = await create({ startsOn: '2027-08-01' });
    const otherId = randomUUID();
    const other = await tokenFor('buyer', otherId);
    const theirs = await create({ startsOn: '2027-08-01' }, other);

    expect((await api({ method: 'GET', url: `/v1/standing-orders/${mine.id}`, token: other })).status).toBe(
      404,
    );
    expect(
      (await api({ method: 'POST', url: `/v1/standing-orders/${mine.id}/pause`, token: other })).status,
    ).toBe(404);
    expect(
      (await api({ method: 'POST', url: `/v1/standing-orders/${mine.id}/cancel`, token: other })).status,
    ).toBe(404);
    expect((await get(mine.id)).status).toBe('active');

    const listed = await api({ method: 'GET', url: '/v1/standing-orders?limit=100', token: other });
    expect((listed.body.items as StandingOrderView[]).map((item) => item.id)).toEqual([theirs.id]);
    const admin = await tokenFor('admin', 'harvest-bridge-ops');
    const all = await api({ method: 'GET', url: '/v1/standing-orders?limit=100', token: admin });
    expect((all.body.items as StandingOrderView[]).map((item) => item.id)).toEqual(
      expect.arrayContaining([mine.id, theirs.id]),
    );
    const producer = await tokenFor('producer', tea.producerId);
    expect((await api({ method: 'GET', url: '/v1/standing-orders', token: producer })).status).toBe(403);
    expect(
      (await api({ method: 'POST', url: '/v1/standing-orders', token: admin, body: body() })).status,
    ).toBe(403);
  });

  it('pages through standing orders with a cursor', async () => {
    const pager = await tokenFor('buyer', randomUUID());
    const ids = [];
    for (let index = 0; index < 3; index += 1) ids.push((await create({ startsOn: '2027-09-01' }, pager)).id);
    const first = await api({ method: 'GET', url: '/v1/standing-orders?limit=2', token: pager });
    const second = await api({
      method: 'GET',
      url: `/v1/standing-orders?limit=2&cursor=${first.body.nextCursor}`,
      token: pager,
    });
    expect([...first.body.items, ...second.body.items].map((item: StandingOrderView) => item.id)).toEqual(
      ids.reverse(),
    );
    expect(second.body.nextCursor).toBeNull();
  });

  it.each([
    ['a weekly order without dayOfWeek', { dayOfWeek: undefined }, 400],
    ['a weekly order with dayOfMonth', { dayOfMonth: 4 }, 400],
    ['a monthly order without dayOfMonth', { every: 'month', dayOfWeek: undefined }, 400],
    ['a day of the week 8', { dayOfWeek: 8 }, 400],
    ['every fortnight', { every: 'fortnight' }, 400],
    ['a start in the past', { startsOn: '2020-01-01' }, 400],
    ['a start more than 366 days ahead', { startsOn: '2028-10-02' }, 400],
    ['a start on the last day ISO 8601 can write', { startsOn: '9999-12-31' }, 400],
    ['an end before the start', { startsOn: '2027-10-10', endsOn: '2027-10-01' }, 400],
    ['a period with no occurrence', { startsOn: '2027-10-07', endsOn: '2027-10-12' }, 422],
    ['an unknown product', { lines: [{ productId: randomUUID(), quantity: 50 }] }, 422],
    ['a quantity under the minimum', { lines: [{ productId: randomUUID(), quantity: 0 }] }, 400],
    ['a date that does not exist', { startsOn: '2027-02-30' }, 400],
  ])('refuses %s with a problem', async (_, overrides, status) => {
    now = new Date('2027-10-01T08:00:00.000Z');
    const answer = await api({
      method: 'POST',
      url: '/v1/standing-orders',
      token: canteen,
      body: body({ startsOn: '2027-10-04', ...overrides }),
    });
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a tea line under its minimum with the line named', async () => {
    now = new Date('2027-10-01T08:00:00.000Z');
    const answer = await api({
      method: 'POST',
      url: '/v1/standing-orders',
      token: canteen,
      body: body({ startsOn: '2027-10-04', lines: [{ productId: tea.id, quantity: 3 }] }),
    });
    expect(answer.status).toBe(422);
    expect(answer.body.lines).toEqual([
      { productId: tea.id, problem: expect.stringContaining('below the minimum') },
    ]);
  });
});
