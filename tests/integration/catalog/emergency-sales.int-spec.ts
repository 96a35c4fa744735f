import { randomUUID } from 'node:crypto';
import {
  OrderCancelled,
  OrderPlaced,
  Topics,
  type OrderPlacedData,
  type PlacedLine,
  type StockReservationRejectedData,
} from '@hb/contracts';
import { Clock } from '@hb/platform';
import {
  type EmergencySaleView,
  EmergencySalesService,
  type StockView,
  catalogService,
} from '../../../apps/catalog/src';
import { creditCode, day } from '../../support/catalog-factories';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

describe('catalog emergency sales: held stock, buying from a sale, closing (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let orders: EventPublisherForTests;
  let events: TopicReader;
  let producerId: string;
  let producerToken: string;

  const product = async (status = 'listed'): Promise<string> => {
    const id = randomUUID();
    await svc.db.query(
      `INSERT INTO products (id, producer_id, name, category, unit, shelf_life_days, min_order_quantity, price_tiers, status)
       VALUES ($1, $2, 'Zhaojue tartary buckwheat', 'grain_oil', 'kg', 365, 10, $3, $4)`,
      [
        id,
        producerId,
        JSON.stringify([
          { minQuantity: 10, unitPriceCents: 1200 },
          { minQuantity: 100, unitPriceCents: 1000 },
        ]),
        status,
      ],
    );
    return id;
  };

  const addLot = async (productId: string, quantity: number, expiresOn: string) => {
    const answer = await svc.call({
      method: 'POST',
      url: `/v1/products/${productId}/lots`,
      token: producerToken,
      body: { quantity, harvestedOn: day(-10), expiresOn },
    });
    expect(answer.status).toBe(201);
  };

  const stockOf = async (productId: string): Promise<StockView> =>
    (await svc.call({ method: 'GET', url: `/v1/products/${productId}/stock`, token: producerToken }))
      .body as StockView;

  const open = async (productId: string, quantity: number, endsAt = new Date(Date.now() + 86_400_000)) => {
    const answer = await svc.call({
      method: 'POST',
      url: '/v1/emergency-sales',
      token: producerToken,
      body: { productId, quantity, unitPriceCents: 800, reason: 'near_expiry', endsAt: endsAt.toISOString() },
    });
    expect(answer.status).toBe(201);
    return answer.body as EmergencySaleView;
  };

  const saleOf = async (id: string) =>
    (await svc.call({ method: 'GET', url: `/v1/emergency-sales/${id}`, token: producerToken }))
      .body as EmergencySaleView;

  const order = (
    lines: (Pick<PlacedLine, 'productId' | 'quantity'> & { emergencySaleId?: string })[],
  ): OrderPlacedData => ({
    orderId: randomUUID(),
    buyerId: 'canteen-mianyang-01',
    lines: lines.map((line) => ({ ...line, unitPriceCents: 800, lineTotalCents: 800 * line.quantity })),
    totalCents: lines.reduce((sum, line) => sum + 800 * line.quantity, 0),
    placedAt: new Date().toISOString(),
  });

  const decisionFor = (orderId: string) =>
    waitFor(
      () => events.envelopes(svc.topic(Topics.stock.name)).find((envelope) => envelope.subject === orderId),
      {
        what: `the stock decision for order ${orderId}`,
      },
    );

  const closedEvents = (saleId: string) =>
    events
      .envelopes(svc.topic(Topics.emergencySale.name))
      .filter(
        (envelope) => envelope.subject === saleId && envelope.type === 'catalog.emergencySale.closed.v1',
      );

  beforeAll(async () => {
    svc = await runService(catalogService, 'emergency-sales');
    orders = await EventPublisherForTests.start(svc.prefix);
    events = await svc.read(Topics.stock.name, Topics.emergencySale.name);
    await svc.db.query(
      `INSERT INTO counties (code, name, province, prefecture, poverty_status) VALUES ('513431', 'Zhaojue', 'Sichuan', 'Liangshan', 'deep')`,
    );
    producerId = randomUUID();
    await svc.db.query(
      `INSERT INTO producers (id, name, kind, county_code, credit_code, poverty_households)
       VALUES ($1, 'Zhaojue Buckwheat Cooperative', 'cooperative', '513431', $2, 86)`,
      [producerId, creditCode()],
    );
    producerToken = await tokenFor('producer', producerId);
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await orders?.stop();
    await svc?.stop();
  });

  it('refuses a sale of a delisted or draft product, and of one whose lots have all expired (422)', async () => {
    for (const status of ['delisted', 'draft']) {
      const productId = await product(status);
      await addLot(productId, 100, day(30));
      const answer = await svc.call({
        method: 'POST',
        url: '/v1/emergency-sales',
        token: producerToken,
        body: { productId, quantity: 10, unitPriceCents: 800, reason: 'glut', endsAt: day(3) + 'T12:00:00Z' },
      });
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({ productId, productStatus: status });
    }
    const expired = await product();
    await svc.db.query(
      `INSERT INTO lots (id, product_id, quantity, harvested_on, expires_on) VALUES ($1, $2, 100, $3, $4)`,
      [randomUUID(), expired, day(-40), day(-1)],
    );
    const answer = await svc.call({
      method: 'POST',
      url: '/v1/emergency-sales',
      token: producerToken,
      body: {
        productId: expired,
        quantity: 10,
        unitPriceCents: 800,
        reason: 'near_expiry',
        endsAt: day(3) + 'T12:00:00Z',
      },
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ requested: 10, available: 0 });
    expect(await svc.db.query(`SELECT 1 FROM emergency_sales WHERE product_id = $1`, [expired])).toEqual([]);
  });

  it('keeps held units from ordinary orders, and reserves an order with a sale line all or nothing', async () => {
    const productId = await product();
    const other = await product();
    await addLot(productId, 100, day(30));
    await addLot(other, 100, day(30));
    const sale = await open(productId, 60);
    expect(await stockOf(productId)).toMatchObject({ available: 40, heldForEmergencySales: 60 });

    const ordinary = order([{ productId, quantity: 50 }]);
    await orders.publish(OrderPlaced, ordinary);
    expect((await decisionFor(ordinary.orderId)).data).toMatchObject({
      reasons: [{ productId, reason: 'insufficient', requested: 50, available: 40 }],
    });

    const mixed = order([
      { productId: other, quantity: 10 },
      { productId, quantity: 61, emergencySaleId: sale.id },
    ]);
    await orders.publish(OrderPlaced, mixed);
    const rejected = (await decisionFor(mixed.orderId)).data as unknown as StockReservationRejectedData;
    expect(rejected.reasons).toEqual([
      { productId, reason: 'insufficient', requested: 61, available: 60, emergencySaleId: sale.id },
    ]);
    expect(await stockOf(other)).toMatchObject({ available: 100, reserved: 0 });
    expect(await saleOf(sale.id)).toMatchObject({ heldQuantity: 60, soldQuantity: 0 });
  });

  it('serves a sale line from the held units, and gives them back to the open sale when the order is cancelled', async () => {
    const productId = await product();
    await addLot(productId, 100, day(30));
    const sale = await open(productId, 60);
    const placed = order([{ productId, quantity: 5, emergencySaleId: sale.id }]);
    await orders.publish(OrderPlaced, placed);
    expect((await decisionFor(placed.orderId)).type).toBe('catalog.stock.reserved.v1');
    expect(await saleOf(sale.id)).toMatchObject({ heldQuantity: 55, soldQuantity: 5, status: 'open' });
    expect(await stockOf(productId)).toMatchObject({ available: 40, reserved: 5, heldForEmergencySales: 55 });

    await orders.publish(OrderCancelled, { orderId: placed.orderId, reason: 'cancelled by the buyer' });
    await waitFor(async () => ((await saleOf(sale.id)).heldQuantity === 60 ? true : undefined), {
      what: 'the units to go back to the sale',
    });
    expect(await saleOf(sale.id)).toMatchObject({ soldQuantity: 0 });
    expect(await stockOf(productId)).toMatchObject({ available: 40, reserved: 0, heldForEmergencySales: 60 });
  });

  it('takes a recalled lot out of the sales that held it: the sale sells no more of it, and a released order’s units stay blocked', async () => {
    const productId = await product();
    await addLot(productId, 100, day(20));
    await addLot(productId, 50, day(40));
    const sale = await open(productId, 60);
    const placed = order([{ productId, quantity: 5, emergencySaleId: sale.id }]);
    await orders.publish(OrderPlaced, placed);
    expect((await decisionFor(placed.orderId)).type).toBe('catalog.stock.reserved.v1');
    const recalledLot = (await stockOf(productId)).lots.find((lot) => lot.expiresOn === day(20))!;

    const recall = await svc.call({
      method: 'POST',
      url: `/v1/lots/${recalledLot.id}/recall`,
      token: producerToken,
      body: { reason: 'Pesticide residue above GB 2763 limits', class: 'II' },
    });
    expect(recall.status).toBe(200);

    expect(await saleOf(sale.id)).toMatchObject({ heldQuantity: 0, soldQuantity: 0, status: 'open' });
    const stock = await stockOf(productId);
    expect(stock).toMatchObject({ available: 50, reserved: 0, heldForEmergencySales: 0 });
    expect(stock.lots.every((lot) => lot.available >= 0)).toBe(true);
    const late = order([{ productId, quantity: 5, emergencySaleId: sale.id }]);
    await orders.publish(OrderPlaced, late);
    expect((await decisionFor(late.orderId)).type).toBe('catalog.stock.reservationRejected.v1');
  });

  it('closes at its end once, across two sweeps at the same time, returning what is unsold; later lines are refused as sale_closed', async () => {
    const productId = await product();
    await addLot(productId, 100, day(30));
    const endsAt = new Date(Date.now() + 3_600_000);
    const sale = await open(productId, 70, endsAt);
    const placed = order([{ productId, quantity: 20, emergencySaleId: sale.id }]);
    await orders.publish(OrderPlaced, placed);
    await decisionFor(placed.orderId);

    jest.spyOn(svc.app.get(Clock), 'now').mockReturnValue(new Date(endsAt.getTime() + 60_000));
    const sweeps = svc.app.get(EmergencySalesService);
    const closed = await Promise.all([sweeps.closeEnded(), sweeps.closeEnded()]);
    expect(closed[0] + closed[1]).toBe(1);
    expect(await saleOf(sale.id)).toMatchObject({
      status: 'closed',
      closedBy: 'ended',
      soldQuantity: 20,
      unsoldQuantity: 50,
      heldQuantity: 0,
    });
    expect(await stockOf(productId)).toMatchObject({ available: 80, reserved: 20, heldForEmergencySales: 0 });
    await waitFor(() => closedEvents(sale.id).length === 1, { what: 'the closed event' });
    expect(closedEvents(sale.id)[0].data).toMatchObject({
      soldQuantity: 20,
      unsoldQuantity: 50,
      closedBy: 'ended',
    });

    const late = order([{ productId, quantity: 5, emergencySaleId: sale.id }]);
    await orders.publish(OrderPlaced, late);
    expect((await decisionFor(late.orderId)).data).toMatchObject({
      reasons: [{ productId, reason: 'sale_closed', requested: 5, emergencySaleId: sale.id }],
    });
    const again = await svc.call({
      method: 'POST',
      url: `/v1/emergency-sales/${sale.id}/close`,
      token: producerToken,
    });
    expect(again.status).toBe(409);
    expect(closedEvents(sale.id)).toHaveLength(1);
  });

  it('never oversells a sale of 150 units when 200 orders race for it, and closes it sold out', async () => {
    const productId = await product();
    await addLot(productId, 120, day(10));
    await addLot(productId, 120, day(40));
    const sale = await open(productId, 150);
    const racing = Array.from({ length: 200 }, () =>
      order([{ productId, quantity: 1, emergencySaleId: sale.id }]),
    );
    const ids = new Set(racing.map((placed) => placed.orderId));
    await Promise.all(racing.map((placed) => orders.publish(OrderPlaced, placed)));
    // Every decision serialises on the product's lots: on a loaded machine 200 of them take a while.
    const decisions = await waitFor(
      () => {
        const decided = events
          .envelopes(svc.topic(Topics.stock.name))
          .filter((envelope) => ids.has(envelope.subject));
        return decided.length === racing.length ? decided : undefined;
      },
      { timeoutMs: 240_000, what: 'a decision on each of the 200 orders' },
    );
    expect(decisions.filter((decision) => decision.type === 'catalog.stock.reserved.v1')).toHaveLength(150);
    const reasons = decisions
      .filter((decision) => decision.type === 'catalog.stock.reservationRejected.v1')
      .map((decision) => (decision.data as unknown as StockReservationRejectedData).reasons[0].reason);
    expect(reasons).toHaveLength(50);
    expect(new Set(reasons)).toEqual(new Set(['sale_closed']));

    expect(await saleOf(sale.id)).toMatchObject({
      status: 'closed',
      closedBy: 'sold_out',
      soldQuantity: 150,
      unsoldQuantity: 0,
    });
    const [{ reserved, held, oversold }] = await svc.db.query<{
      reserved: number;
      held: number;
      oversold: number;
    }>(
      `SELECT sum(reserved)::int AS reserved, sum(held)::int AS held,
              count(*) FILTER (WHERE reserved + committed + held > quantity)::int AS oversold
         FROM lots WHERE product_id = $1`,
      [productId],
    );
    expect({ reserved, held, oversold }).toEqual({ reserved: 150, held: 0, oversold: 0 });
    expect(await stockOf(productId)).toMatchObject({ available: 90, heldForEmergencySales: 0 });
    await waitFor(() => closedEvents(sale.id).length === 1, { what: 'the sold-out event' });
  });
});
