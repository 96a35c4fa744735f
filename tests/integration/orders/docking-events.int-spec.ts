import { randomUUID } from 'node:crypto';
import {
  CountyRegistered,
  ProductListed,
  ShipmentCreated,
  ShipmentDelivered,
  ShipmentPickedUp,
  StockReserved,
  type ProductSnapshot,
} from '@hb/contracts';
import {
  type DockingEventReport,
  type DockingEventView,
  type ExhibitorView,
  type IntentView,
  type OrderView,
  ordersService,
} from '../../../apps/orders/src';
import { day } from '../../support/catalog-factories';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import { countySnapshot, productSnapshot } from '../../support/orders-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

const CANTEEN_ADDRESS = 'Mianyang No. 1 Middle School canteen, 12 Changhong Ave, Fucheng District';

describe('production–marketing docking fairs (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  let admin: string;
  let canteen: string;
  let otherCanteen: string;
  /** Buckwheat tea from deep-poverty Zhaojue, silver tea from key Leishan, mango from lifted Wangmo. */
  let zhaojue: ProductSnapshot;
  let leishan: ProductSnapshot;
  let wangmo: ProductSnapshot;
  /** A producer of Zhaojue that does not exhibit. */
  let stayedHome: ProductSnapshot;
  const producer = (product: ProductSnapshot) => tokenFor('producer', product.producerId);

  const organise = async (overrides: Record<string, unknown> = {}): Promise<DockingEventView> => {
    const answer = await svc.call({
      method: 'POST',
      url: '/v1/docking-events',
      token: admin,
      body: {
        name: 'Mianyang–Liangshan production–marketing docking fair',
        city: 'Mianyang',
        startsOn: day(10),
        endsOn: day(12),
        boothFeeCents: 300_000,
        ...overrides,
      },
    });
    expect(answer.status).toBe(201);
    return answer.body as DockingEventView;
  };
  const register = async (eventId: string, product: ProductSnapshot) =>
    svc.call({
      method: 'POST',
      url: `/v1/docking-events/${eventId}/exhibitors`,
      token: await producer(product),
      body: {},
    });
  const intend = (eventId: string, product: ProductSnapshot, quantity = 200, token = canteen) =>
    svc.call({
      method: 'POST',
      url: `/v1/docking-events/${eventId}/intents`,
      token,
      body: {
        productId: product.id,
        quantity,
        note: 'Weekly for the spring term',
        deliveryAddress: CANTEEN_ADDRESS,
      },
    });
  const orderFrom = (intentId: string, token = canteen, body: unknown = {}) =>
    svc.call({ method: 'POST', url: `/v1/intents/${intentId}/order`, token, body });
  const report = async (eventId: string, token = admin) => {
    const answer = await svc.call({ method: 'GET', url: `/v1/docking-events/${eventId}/report`, token });
    expect(answer.status).toBe(200);
    return answer.body as DockingEventReport;
  };
  const getOrder = async (id: string): Promise<OrderView> =>
    (await svc.call({ method: 'GET', url: `/v1/orders/${id}`, token: admin })).body as OrderView;
  const statusBecomes = (id: string, status: string) =>
    waitFor(async () => ((await getOrder(id)).status === status ? true : undefined), {
      what: `order ${id} to become ${status}`,
    });

  /** Catalog reserves the stock, logistics delivers with a clean cold chain, the buyer accepts. */
  const deliverAndAccept = async (orderId: string, product: ProductSnapshot, quantity: number) => {
    await events.publish(StockReserved, {
      orderId,
      lines: [
        {
          productId: product.id,
          quantity,
          lots: [{ lotId: randomUUID(), quantity, expiresOn: day(300) }],
        },
      ],
    });
    await statusBecomes(orderId, 'CONFIRMED');
    const ref = { shipmentId: randomUUID(), orderId, producerId: product.producerId };
    await events.publish(ShipmentCreated, ref);
    await events.publish(ShipmentPickedUp, { ...ref, at: new Date().toISOString() });
    await events.publish(ShipmentDelivered, {
      ...ref,
      at: new Date().toISOString(),
      coldChainVerdict: 'ok',
      figures: {
        minC: 1,
        maxC: 4,
        minutesOutOfRange: 0,
        longestExcursionMinutes: 0,
        mktC: 3.2,
        readings: 200,
      },
    });
    await statusBecomes(orderId, 'DELIVERED');
    const accepted = await svc.call({
      method: 'POST',
      url: `/v1/orders/${orderId}/accept`,
      token: canteen,
      body: {},
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('COMPLETED');
  };

  beforeAll(async () => {
    svc = await runService(ordersService, 'docking_events');
    events = await EventPublisherForTests.start(svc.prefix);
    admin = await tokenFor('admin', 'harvest-bridge-ops');
    const buyer = async (name: string) => {
      const answer = await svc.call({
        method: 'POST',
        url: '/v1/buyers',
        token: admin,
        body: {
          name,
          kind: 'budget_unit',
          regionCode: '510703',
          annualFoodBudgetCents: 1e8,
          pledgedSharePercent: 15,
        },
      });
      return tokenFor('buyer', String(answer.body.id));
    };
    canteen = await buyer('Mianyang No. 1 Middle School canteen');
    otherCanteen = await buyer('Jiangyou People’s Hospital canteen');

    zhaojue = productSnapshot({ countyCode: '513431' });
    leishan = productSnapshot({ countyCode: '522634', name: 'Leishan silver ball green tea' });
    wangmo = productSnapshot({ countyCode: '522326', name: 'Wangmo mango', category: 'tropical_fruit' });
    stayedHome = productSnapshot({ countyCode: '513431', name: 'Zhaojue highland apples' });
    await events.publish(CountyRegistered, countySnapshot());
    await events.publish(
      CountyRegistered,
      countySnapshot({ code: '522634', name: 'Leishan', province: 'Guizhou', povertyStatus: 'key' }),
    );
    await events.publish(
      CountyRegistered,
      countySnapshot({
        code: '522326',
        name: 'Wangmo',
        province: 'Guizhou',
        povertyStatus: 'lifted',
        liftedOn: '2020-11-23',
      }),
    );
    for (const product of [zhaojue, leishan, wangmo, stayedHome])
      await events.publish(ProductListed, product);
    await waitFor(
      async () =>
        (await svc.db.query(`SELECT 1 FROM catalog_products`)).length === 4 &&
        (await svc.db.query(`SELECT 1 FROM catalog_counties`)).length === 3,
      { what: 'the catalog read model' },
    );
  });

  afterAll(async () => {
    await events?.stop();
    await svc?.stop();
  });

  it('reduces the booth fee as certification fees are: waived for a deep county, halved for a key one, full otherwise', async () => {
    const fair = await organise();
    const deep = await register(fair.id, zhaojue);
    const key = await register(fair.id, leishan);
    const lifted = await register(fair.id, wangmo);
    expect([deep.status, key.status, lifted.status]).toEqual([201, 201, 201]);
    expect(deep.body).toMatchObject({
      producerId: zhaojue.producerId,
      countyCode: '513431',
      povertyStatus: 'deep',
      fullBoothFeeCents: 300_000,
      reductionPercent: 100,
      reductionCents: 300_000,
      boothFeeCents: 0,
      reductionReason: 'Zhaojue, a deep-poverty county: the booth fee is waived',
    });
    expect(key.body).toMatchObject({ povertyStatus: 'key', reductionPercent: 50, boothFeeCents: 150_000 });
    expect(key.body.reductionReason).toBe('Leishan, a key county: 50 % off the booth fee');
    expect(lifted.body).toMatchObject({ povertyStatus: 'lifted', reductionCents: 0, boothFeeCents: 300_000 });

    const listed = await svc.call({
      method: 'GET',
      url: `/v1/docking-events/${fair.id}/exhibitors`,
      token: canteen,
    });
    expect((listed.body.items as ExhibitorView[]).map((exhibitor) => exhibitor.boothFeeCents)).toEqual([
      0, 150_000, 300_000,
    ]);
  });

  it('refuses a second booth for the same producer (409), and a producer the catalog never listed (422)', async () => {
    const fair = await organise();
    expect((await register(fair.id, zhaojue)).status).toBe(201);
    const again = await register(fair.id, zhaojue);
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.body).toMatchObject({ eventId: fair.id, producerId: zhaojue.producerId });
    const onBehalf = await svc.call({
      method: 'POST',
      url: `/v1/docking-events/${fair.id}/exhibitors`,
      token: admin,
      body: { producerId: zhaojue.producerId },
    });
    expect(onBehalf.status).toBe(409);

    const unknown = randomUUID();
    const stranger = await svc.call({
      method: 'POST',
      url: `/v1/docking-events/${fair.id}/exhibitors`,
      token: admin,
      body: { producerId: unknown },
    });
    expect(stranger.status).toBe(422);
    expect(stranger.body).toMatchObject({ producerId: unknown });
    const forAnother = await svc.call({
      method: 'POST',
      url: `/v1/docking-events/${fair.id}/exhibitors`,
      token: await producer(leishan),
      body: { producerId: zhaojue.producerId },
    });
    expect(forAnother.status).toBe(400);
    expect((await register(randomUUID(), leishan)).status).toBe(404);
  });

  it('refuses an intent for a product of a producer that does not exhibit (422)', async () => {
    const fair = await organise();
    await register(fair.id, zhaojue);
    const refused = await intend(fair.id, stayedHome);
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ eventId: fair.id, productId: stayedHome.id });
    expect((await intend(fair.id, productSnapshot())).status).toBe(422);
    expect((await intend(fair.id, zhaojue, 2)).status).toBe(422);
    const recorded = await intend(fair.id, zhaojue, 150);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      quantity: 150,
      unitPriceCents: 7900,
      valueCents: 150 * 7900,
      orderId: null,
    });
  });

  it('turns an intent into one order however often it is asked, and only for the buyer who recorded it', async () => {
    const fair = await organise();
    await register(fair.id, zhaojue);
    const intent = (await intend(fair.id, zhaojue, 120)).body as IntentView;

    expect((await orderFrom(intent.id, otherCanteen)).status).toBe(404);
    expect((await orderFrom(intent.id, await producer(zhaojue))).status).toBe(403);

    const first = await orderFrom(intent.id);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: 'PLACED',
      deliveryAddress: CANTEEN_ADDRESS,
      requestedDeliveryDate: day(7),
      lines: [expect.objectContaining({ productId: zhaojue.id, quantity: 120, unitPriceCents: 7900 })],
    });
    const second = await orderFrom(intent.id, canteen, { deliveryAddress: 'Somewhere else entirely' });
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    const [{ count }] = await svc.db.query<{ count: string }>(
      `SELECT count(*) FROM order_lines WHERE product_id = $1 AND quantity = 120`,
      [zhaojue.id],
    );
    expect(Number(count)).toBe(1);

    const mine = await svc.call({
      method: 'GET',
      url: `/v1/docking-events/${fair.id}/intents`,
      token: canteen,
    });
    expect(mine.body.items).toEqual([expect.objectContaining({ id: intent.id, orderId: first.body.id })]);
    const theirs = await svc.call({
      method: 'GET',
      url: `/v1/docking-events/${fair.id}/intents`,
      token: otherCanteen,
    });
    expect(theirs.body.items).toEqual([]);
    const exhibitor = await svc.call({
      method: 'GET',
      url: `/v1/docking-events/${fair.id}/intents`,
      token: await producer(zhaojue),
    });
    expect(exhibitor.body.items).toEqual([expect.objectContaining({ id: intent.id })]);
    const otherExhibitor = await svc.call({
      method: 'GET',
      url: `/v1/docking-events/${fair.id}/intents`,
      token: await producer(leishan),
    });
    expect(otherExhibitor.body.items).toEqual([]);
  });

  it('places one order when the buyer asks twice at once', async () => {
    const fair = await organise();
    await register(fair.id, zhaojue);
    const intent = (await intend(fair.id, zhaojue, 130)).body as IntentView;
    const answers = await Promise.all([orderFrom(intent.id), orderFrom(intent.id)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 201]);
    expect(answers[0].body.id).toBe(answers[1].body.id);
  });

  it('reports a fair by county: intents, their orders and the relief accepted from them; an official sees its county', async () => {
    const fair = await organise({ startsOn: day(-40), endsOn: day(-38), name: 'Last month’s fair' });
    for (const product of [zhaojue, leishan, wangmo]) await register(fair.id, product);
    const teaIntent = (await intend(fair.id, zhaojue, 200)).body as IntentView;
    await intend(fair.id, zhaojue, 50, otherCanteen);
    await intend(fair.id, leishan, 10);
    const order = await orderFrom(teaIntent.id);
    expect(order.status).toBe(201);
    await deliverAndAccept(String(order.body.id), zhaojue, 200);

    const whole = await report(fair.id);
    expect(whole.event).toMatchObject({ id: fair.id, endsOn: day(-38) });
    const zhaojueRow = whole.counties.find((row) => row.countyCode === '513431');
    expect(zhaojueRow).toEqual({
      countyCode: '513431',
      countyName: 'Zhaojue',
      povertyStatus: 'deep',
      exhibitors: 1,
      intents: { count: 2, quantity: 250, cents: 200 * 7900 + 50 * 8800 },
      orders: { count: 1, quantity: 200, cents: 200 * 7900 },
      acceptedRelief: { quantity: 200, cents: 200 * 7900 },
    });
    expect(whole.counties.find((row) => row.countyCode === '522634')).toMatchObject({
      exhibitors: 1,
      intents: { count: 1, quantity: 10, cents: 10 * 8800 },
      orders: { count: 0, quantity: 0, cents: 0 },
      acceptedRelief: { quantity: 0, cents: 0 },
    });
    expect(whole.counties.map((row) => row.countyCode)).toEqual(['513431', '522326', '522634']);
    expect(whole.totals).toMatchObject({
      exhibitors: 3,
      intents: { count: 3 },
      acceptedRelief: { cents: 200 * 7900 },
    });

    const official = await report(fair.id, await tokenFor('county_official', '522634'));
    expect(official.counties.map((row) => row.countyCode)).toEqual(['522634']);
    expect(official.totals).toMatchObject({
      exhibitors: 1,
      intents: { count: 1 },
      acceptedRelief: { cents: 0 },
    });
    const officialIntents = await svc.call({
      method: 'GET',
      url: `/v1/docking-events/${fair.id}/intents`,
      token: await tokenFor('county_official', '522634'),
    });
    expect((officialIntents.body.items as IntentView[]).map((intent) => intent.countyCode)).toEqual([
      '522634',
    ]);
    const asBuyer = await svc.call({
      method: 'GET',
      url: `/v1/docking-events/${fair.id}/report`,
      token: canteen,
    });
    expect(asBuyer.status).toBe(403);

    const past = await svc.call({
      method: 'GET',
      url: '/v1/docking-events?when=past&limit=100',
      token: canteen,
    });
    expect((past.body.items as DockingEventView[]).map((event) => event.id)).toContain(fair.id);
    const upcoming = await svc.call({
      method: 'GET',
      url: '/v1/docking-events?when=upcoming&limit=100',
      token: await producer(wangmo),
    });
    expect((upcoming.body.items as DockingEventView[]).map((event) => event.id)).not.toContain(fair.id);
  });

  it('pages through upcoming fairs soonest first, and refuses a cursor it did not give out (400)', async () => {
    const later = await organise({ startsOn: day(300), endsOn: day(301) });
    const sooner = await organise({ startsOn: day(200), endsOn: day(201) });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: DockingEventView[]; nextCursor: string | null } } =
        await svc.call({
          method: 'GET',
          url: `/v1/docking-events?when=upcoming&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          token: await tokenFor('certifier', 'green-food-center-sichuan'),
        });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((event) => event.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.indexOf(sooner.id)).toBeLessThan(seen.indexOf(later.id));
    expect(seen.slice(-2)).toEqual([sooner.id, later.id]);
    for (const forged of [
      ['2026-02-30', randomUUID()],
      ['2026-02-01', 'x'],
      [1, 2],
    ]) {
      const answer = await svc.call({
        method: 'GET',
        url: `/v1/docking-events?cursor=${Buffer.from(JSON.stringify(forged)).toString('base64url')}`,
        token: canteen,
      });
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    }
  });

  it.each([
    ['an end before its start', { startsOn: '2027-03-14', endsOn: '2027-03-12' }],
    ['a day that does not exist', { startsOn: '2027-02-30' }],
    ['a negative booth fee', { boothFeeCents: -1 }],
    ['no name', { name: undefined }],
  ])('refuses a fair with %s (400 problem)', async (_, overrides) => {
    const answer = await svc.call({
      method: 'POST',
      url: '/v1/docking-events',
      token: admin,
      body: {
        name: 'A fair',
        city: 'Mianyang',
        startsOn: '2027-03-12',
        endsOn: '2027-03-14',
        boothFeeCents: 1,
        ...overrides,
      },
    });
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toContain('application/problem+json');
  });

  it('lets only administrators organise fairs', async () => {
    const answer = await svc.call({
      method: 'POST',
      url: '/v1/docking-events',
      token: canteen,
      body: {
        name: 'A fair',
        city: 'Mianyang',
        startsOn: '2027-03-12',
        endsOn: '2027-03-14',
        boothFeeCents: 1,
      },
    });
    expect(answer.status).toBe(403);
  });
});
