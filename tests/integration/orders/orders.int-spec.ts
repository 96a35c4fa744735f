import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  CountyRegistered,
  ProductListed,
  ShipmentCreated,
  ShipmentDelivered,
  ShipmentPickedUp,
  StockReservationRejected,
  StockReserved,
  type ProductSnapshot,
} from '@hb/contracts';
import {
  OrderSagaService,
  type OrderView,
  type ReliefSummary,
  ordersService,
} from '../../../apps/orders/src';
import { day } from '../../support/catalog-factories';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import { countySnapshot, productSnapshot } from '../../support/orders-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { statementCounter, type CountStatements } from '../../support/statement-counter';
import { waitFor } from '../../support/wait';

describe('orders: bulk orders, the saga and the relief ledger (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  let orderEvents: TopicReader;
  let reliefEvents: TopicReader;
  let admin: string;
  let canteenId: string;
  let canteen: string;
  let tea: ProductSnapshot;
  let goat: ProductSnapshot;
  let plainRice: ProductSnapshot;
  let countStatements: CountStatements | undefined;

  const place = (body: unknown, key: string = randomUUID(), token = canteen) =>
    svc.call({ method: 'POST', url: '/v1/orders', token, body, headers: { 'idempotency-key': key } });

  const orderBody = (lines: { productId: string; quantity: number }[]) => ({
    lines,
    deliveryAddress: 'Mianyang Municipal Government Canteen, 1 Jiannan Road, Fucheng District',
    requestedDeliveryDate: day(7),
  });

  const getOrder = async (id: string, token = canteen): Promise<OrderView> =>
    (await svc.call({ method: 'GET', url: `/v1/orders/${id}`, token })).body as OrderView;

  const statusBecomes = (id: string, status: string) =>
    waitFor(async () => ((await getOrder(id)).status === status ? true : undefined), {
      what: `order ${id} to become ${status}`,
    });

  const orderCount = async () =>
    (await svc.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders`))[0].n;

  /** The order's event of that type on orders.order.v1, once it is there. */
  const orderEvent = (orderId: string, type: string) =>
    waitFor(() => orderEvents.envelopes().find((e) => e.subject === orderId && e.type === type), {
      what: `${type} of order ${orderId}`,
    });

  /** A confirmed order of the tea and goat lines, as far as the saga goes before shipping. */
  const confirmedOrder = async (teaQuantity = 120, goatQuantity = 30) => {
    const placed = await place(
      orderBody([
        { productId: tea.id, quantity: teaQuantity },
        { productId: goat.id, quantity: goatQuantity },
      ]),
    );
    expect(placed.status).toBe(201);
    const orderId = String(placed.body.id);
    await events.publish(StockReserved, {
      orderId,
      lines: [
        {
          productId: tea.id,
          quantity: teaQuantity,
          lots: [{ lotId: randomUUID(), quantity: teaQuantity, expiresOn: day(90) }],
        },
        {
          productId: goat.id,
          quantity: goatQuantity,
          lots: [{ lotId: randomUUID(), quantity: goatQuantity, expiresOn: day(9) }],
        },
      ],
    });
    await statusBecomes(orderId, 'CONFIRMED');
    return orderId;
  };

  /** Ships each producer's part and delivers it with the given cold-chain verdicts. */
  const deliver = async (orderId: string, verdicts: Record<string, 'ok' | 'excursion' | 'breached'>) => {
    for (const [producerId, verdict] of Object.entries(verdicts)) {
      const shipmentId = randomUUID();
      const ref = { shipmentId, orderId, producerId };
      await events.publish(ShipmentCreated, ref);
      await events.publish(ShipmentPickedUp, { ...ref, at: new Date().toISOString() });
      await events.publish(ShipmentDelivered, {
        ...ref,
        at: new Date().toISOString(),
        coldChainVerdict: verdict,
        figures: {
          minC: 1,
          maxC: verdict === 'ok' ? 4 : 11,
          minutesOutOfRange: verdict === 'ok' ? 0 : 95,
          longestExcursionMinutes: verdict === 'ok' ? 0 : 95,
          mktC: 3.2,
          readings: 200,
        },
      });
    }
    await statusBecomes(orderId, 'DELIVERED');
  };

  beforeAll(async () => {
    svc = await runService(ordersService, 'orders');
    events = await EventPublisherForTests.start(svc.prefix);
    orderEvents = await svc.read('orders.order.v1');
    reliefEvents = await svc.read('orders.relief.v1');
    admin = await tokenFor('admin', 'harvest-bridge-ops');

    const registered = await svc.call({
      method: 'POST',
      url: '/v1/buyers',
      token: admin,
      body: {
        name: 'Mianyang Municipal Government Canteen',
        kind: 'budget_unit',
        regionCode: '510703',
        annualFoodBudgetCents: 100_000_000,
        pledgedSharePercent: 15,
      },
    });
    expect(registered.status).toBe(201);
    canteenId = String(registered.body.id);
    canteen = await tokenFor('buyer', canteenId);

    tea = productSnapshot();
    goat = productSnapshot({
      name: 'Butuo black goat, chilled',
      countyCode: '513429',
      category: 'chilled_meat',
      minOrderQuantity: 20,
      priceTiers: [{ minQuantity: 20, unitPriceCents: 9800 }],
    });
    plainRice = productSnapshot({
      name: 'Guizhou rice',
      countyCode: '522328',
      reliefEligible: false,
      badges: [],
    });
    await events.publish(CountyRegistered, countySnapshot());
    await events.publish(CountyRegistered, countySnapshot({ code: '513429', name: 'Butuo' }));
    for (const product of [tea, goat, plainRice]) await events.publish(ProductListed, product);
    await waitFor(
      async () =>
        (await svc.db.query(`SELECT 1 FROM catalog_products`)).length === 3 &&
        (await svc.db.query(`SELECT 1 FROM catalog_counties`)).length === 2,
      { what: 'the catalog read model' },
    );
  });

  afterAll(async () => {
    await events?.stop();
    await svc?.stop();
  });

  describe('buyers', () => {
    it('refuses a budget unit pledging less than the national 10%', async () => {
      const answer = await svc.call({
        method: 'POST',
        url: '/v1/buyers',
        token: admin,
        body: {
          name: 'Some bureau canteen',
          kind: 'budget_unit',
          regionCode: '510703',
          annualFoodBudgetCents: 5_000_000,
          pledgedSharePercent: 5,
        },
      });
      expect(answer.status).toBe(422);
    });

    it('lets an administrator find a buyer by name, and nobody else list buyers', async () => {
      const found = await svc.call({
        method: 'GET',
        url: `/v1/buyers?name=${encodeURIComponent('Mianyang Municipal Government Canteen')}`,
        token: admin,
      });
      expect(found.body).toEqual({
        items: [expect.objectContaining({ id: canteenId, pledgedSharePercent: 15 })],
        nextCursor: null,
      });
      expect((await svc.call({ method: 'GET', url: '/v1/buyers', token: canteen })).status).toBe(403);
    });

    it("does not show a buyer another buyer's record", async () => {
      const other = await tokenFor('buyer', randomUUID());
      expect((await svc.call({ method: 'GET', url: `/v1/buyers/${canteenId}`, token: other })).status).toBe(
        404,
      );
      expect((await svc.call({ method: 'GET', url: `/v1/buyers/${canteenId}`, token: canteen })).status).toBe(
        200,
      );
    });
  });

  describe('placing an order', () => {
    it('prices each line from the tier in force for its quantity and announces the order', async () => {
      const answer = await place(
        orderBody([
          { productId: tea.id, quantity: 120 },
          { productId: goat.id, quantity: 20 },
        ]),
      );
      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({
        buyerId: canteenId,
        status: 'PLACED',
        totalCents: 120 * 7900 + 20 * 9800,
        rejectionReasons: null,
      });
      expect(answer.body.lines).toEqual([
        expect.objectContaining({
          productId: tea.id,
          quantity: 120,
          unitPriceCents: 7900,
          lineTotalCents: 948_000,
        }),
        expect.objectContaining({
          productId: goat.id,
          quantity: 20,
          unitPriceCents: 9800,
          lineTotalCents: 196_000,
        }),
      ]);
      const placed = await orderEvent(answer.body.id, 'orders.order.placed.v1');
      expect(placed.data).toMatchObject({ buyerId: canteenId, totalCents: 1_144_000 });
    });

    it('answers a new order as reading it back does, in five statements whatever its lines', async () => {
      countStatements ??= statementCounter(svc.app.get(DataSource));
      const { result: answer, statements } = await countStatements(() =>
        place(
          orderBody([
            { productId: tea.id, quantity: 60 },
            { productId: goat.id, quantity: 25 },
            { productId: plainRice.id, quantity: 100 },
          ]),
        ),
      );

      expect(answer.status).toBe(201);
      expect(await getOrder(String(answer.body.id))).toEqual(answer.body);
      // BEGIN; the key's lock with the products; the key; the order, lines, key and event; COMMIT.
      expect(statements).toHaveLength(5);
    });

    it('answers a retry with the same key and body with the same order, even when the retries race', async () => {
      const key = randomUUID();
      const body = orderBody([{ productId: tea.id, quantity: 50 }]);
      const before = await orderCount();
      const answers = await Promise.all(Array.from({ length: 20 }, () => place(body, key)));

      expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([201]));
      expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
      expect(await orderCount()).toBe(before + 1);
    });

    it('refuses the same key with a different body (422) and a missing or malformed key (400)', async () => {
      const key = randomUUID();
      expect((await place(orderBody([{ productId: tea.id, quantity: 50 }]), key)).status).toBe(201);
      const reused = await place(orderBody([{ productId: tea.id, quantity: 60 }]), key);
      expect(reused.status).toBe(422);
      expect(reused.body.detail).toContain('Idempotency-Key');

      const missing = await svc.call({
        method: 'POST',
        url: '/v1/orders',
        token: canteen,
        body: orderBody([{ productId: tea.id, quantity: 50 }]),
      });
      expect(missing.status).toBe(400);
      expect(missing.body.errors[0].field).toBe('Idempotency-Key');
      expect((await place(orderBody([{ productId: tea.id, quantity: 50 }]), 'has spaces in it')).status).toBe(
        400,
      );
    });

    it.each([
      ['an unknown product', () => [{ productId: randomUUID(), quantity: 50 }], 422],
      ['a quantity under the minimum order', () => [{ productId: goat.id, quantity: 19 }], 422],
      ['a zero quantity', () => [{ productId: tea.id, quantity: 0 }], 400],
      ['a negative quantity', () => [{ productId: tea.id, quantity: -5 }], 400],
      ['a fractional quantity', () => [{ productId: tea.id, quantity: 10.5 }], 400],
      ['a client-set price', () => [{ productId: tea.id, quantity: 50, unitPriceCents: 1 }], 400],
      [
        'the same product twice',
        () => [
          { productId: tea.id, quantity: 50 },
          { productId: tea.id, quantity: 50 },
        ],
        422,
      ],
    ])('refuses %s and writes nothing', async (_label, lines, status) => {
      const before = await orderCount();
      const answer = await place(orderBody(lines()));
      expect(answer.status).toBe(status);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(await orderCount()).toBe(before);
    });

    it("does not let a buyer see, list or cancel another buyer's order", async () => {
      const { body } = await place(orderBody([{ productId: tea.id, quantity: 50 }]));
      const other = await tokenFor('buyer', randomUUID());
      expect((await svc.call({ method: 'GET', url: `/v1/orders/${body.id}`, token: other })).status).toBe(
        404,
      );
      expect(
        (await svc.call({ method: 'POST', url: `/v1/orders/${body.id}/cancel`, token: other })).status,
      ).toBe(404);
      const list = await svc.call({ method: 'GET', url: '/v1/orders', token: other });
      expect(list.body).toEqual({ items: [], nextCursor: null });
    });

    it("lists the buyer's own orders newest first, page by page", async () => {
      const buyer = await tokenFor('buyer', randomUUID());
      const ids: string[] = [];
      for (let index = 0; index < 5; index += 1) {
        ids.push(
          String(
            (await place(orderBody([{ productId: tea.id, quantity: 10 + index }]), randomUUID(), buyer)).body
              .id,
          ),
        );
      }
      const first = await svc.call({ method: 'GET', url: '/v1/orders?limit=3', token: buyer });
      const second = await svc.call({
        method: 'GET',
        url: `/v1/orders?limit=3&cursor=${first.body.nextCursor}`,
        token: buyer,
      });
      const seen = [...first.body.items, ...second.body.items].map((order: { id: string }) => order.id);
      expect(seen).toEqual([...ids].reverse());
      expect(second.body.nextCursor).toBeNull();
    });
  });

  describe('the saga', () => {
    it('confirms an order when catalog reserves its stock, telling logistics where each line comes from', async () => {
      const orderId = await confirmedOrder();
      const confirmed = await orderEvent(orderId, 'orders.order.confirmed.v1');
      expect(confirmed.data.lines).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            productId: goat.id,
            producerId: goat.producerId,
            coldChainProfile: { minC: 0, maxC: 4, maxDwellMinutes: 30 },
          }),
        ]),
      );
    });

    it('confirms a reserved order in four statements whatever its lines, with each product’s cold chain', async () => {
      const quantities = new Map([
        [tea.id, 60],
        [goat.id, 25],
        [plainRice.id, 100],
      ]);
      const placed = await place(
        orderBody([...quantities].map(([productId, quantity]) => ({ productId, quantity }))),
      );
      expect(placed.status).toBe(201);
      const orderId = String(placed.body.id);
      const dataSource = svc.app.get(DataSource);
      countStatements ??= statementCounter(dataSource);

      const { statements } = await countStatements(() =>
        dataSource.transaction((tx) =>
          svc.app.get(OrderSagaService).stockReserved(tx, {
            orderId,
            lines: [...quantities].map(([productId, quantity]) => ({
              productId,
              quantity,
              lots: [{ lotId: randomUUID(), quantity, expiresOn: day(9) }],
            })),
          }),
        ),
      );

      expect((await getOrder(orderId)).status).toBe('CONFIRMED');
      // Besides BEGIN and COMMIT: the lots' locks and the order's; the order, its lines and their
      // products; the line lots (answering those recalled); the order's move with OrderConfirmed.
      expect(statements.filter((sql) => !/^(START TRANSACTION|COMMIT)$/.test(sql))).toHaveLength(4);
      const confirmed = await orderEvent(orderId, 'orders.order.confirmed.v1');
      expect(confirmed.data.lines).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            productId: goat.id,
            coldChainProfile: { minC: 0, maxC: 4, maxDwellMinutes: 30 },
          }),
        ]),
      );
      expect(confirmed.data.lines).toHaveLength(3);
    });

    it('rejects an order catalog could not reserve and shows the buyer why', async () => {
      const { body } = await place(orderBody([{ productId: tea.id, quantity: 5000 }]));
      await events.publish(StockReservationRejected, {
        orderId: body.id,
        reasons: [{ productId: tea.id, reason: 'insufficient', requested: 5000, available: 1200 }],
      });
      await statusBecomes(body.id, 'REJECTED');
      expect((await getOrder(body.id)).rejectionReasons).toEqual([
        { productId: tea.id, reason: 'insufficient', requested: 5000, available: 1200 },
      ]);
    });

    it('cancels before dispatch and announces it; refuses once the goods are on their way (409)', async () => {
      const placed = (await place(orderBody([{ productId: tea.id, quantity: 50 }]))).body;
      const cancelled = await svc.call({
        method: 'POST',
        url: `/v1/orders/${placed.id}/cancel`,
        token: canteen,
      });
      expect(cancelled.body).toMatchObject({ status: 'CANCELLED', cancelReason: 'cancelled by the buyer' });
      await orderEvent(placed.id, 'orders.order.cancelled.v1');

      const orderId = await confirmedOrder();
      await events.publish(ShipmentPickedUp, {
        shipmentId: randomUUID(),
        orderId,
        producerId: tea.producerId,
        at: new Date().toISOString(),
      });
      await statusBecomes(orderId, 'IN_TRANSIT');
      const late = await svc.call({ method: 'POST', url: `/v1/orders/${orderId}/cancel`, token: canteen });
      expect(late.status).toBe(409);
      expect(late.body.type).toBe('/problems/illegal-transition');
      expect(late.body).toMatchObject({
        from: 'IN_TRANSIT',
        to: 'CANCELLED',
        trigger: 'cancel',
        allowed: ['allDelivered'],
      });
    });

    it('is delivered only when every producer’s shipment is, carrying each cold-chain verdict', async () => {
      const orderId = await confirmedOrder();
      await deliver(orderId, { [tea.producerId]: 'ok', [goat.producerId]: 'breached' });
      const delivered = await orderEvent(orderId, 'orders.order.delivered.v1');
      expect(
        (delivered.data.shipments as { coldChainVerdict: string }[]).map((s) => s.coldChainVerdict).sort(),
      ).toEqual(['breached', 'ok']);
    });

    it('refuses to accept an order that has not been delivered (409)', async () => {
      const orderId = await confirmedOrder();
      const answer = await svc.call({
        method: 'POST',
        url: `/v1/orders/${orderId}/accept`,
        token: canteen,
        body: {},
      });
      expect(answer.status).toBe(409);
    });
  });

  describe('acceptance and the relief ledger', () => {
    it('completes an accepted order and counts every relief-eligible line in the ledger', async () => {
      const { body } = await place(
        orderBody([
          { productId: tea.id, quantity: 100 },
          { productId: plainRice.id, quantity: 40 },
        ]),
      );
      await events.publish(StockReserved, {
        orderId: body.id,
        lines: [
          {
            productId: tea.id,
            quantity: 100,
            lots: [{ lotId: randomUUID(), quantity: 100, expiresOn: day(90) }],
          },
          {
            productId: plainRice.id,
            quantity: 40,
            lots: [{ lotId: randomUUID(), quantity: 40, expiresOn: day(90) }],
          },
        ],
      });
      await statusBecomes(body.id, 'CONFIRMED');
      await deliver(body.id, { [tea.producerId]: 'ok', [plainRice.producerId]: 'ok' });

      const accepted = await svc.call({
        method: 'POST',
        url: `/v1/orders/${body.id}/accept`,
        token: canteen,
      });
      expect(accepted.body).toMatchObject({ status: 'COMPLETED', refundCents: 0 });
      const entries = await svc.db.query<{
        product_id: string;
        amount_cents: number;
        county_code: string;
        poverty_status: string;
      }>(
        `SELECT product_id, amount_cents, county_code, poverty_status FROM relief_entries WHERE order_id = $1`,
        [body.id],
      );
      expect(entries).toEqual([
        { product_id: tea.id, amount_cents: 790_000, county_code: '513431', poverty_status: 'deep' },
      ]);
      const recorded = await waitFor(() => reliefEvents.envelopes().find((e) => e.data.orderId === body.id));
      expect(recorded.data).toMatchObject({
        amountCents: 790_000,
        producerId: tea.producerId,
        countyCode: '513431',
      });
    });

    it('refunds the refused part of a spoiled line, disputes the order, and never counts the refused part', async () => {
      const orderId = await confirmedOrder(120, 30);
      await deliver(orderId, { [tea.producerId]: 'ok', [goat.producerId]: 'breached' });

      const answer = await svc.call({
        method: 'POST',
        url: `/v1/orders/${orderId}/accept`,
        token: canteen,
        body: { lines: [{ productId: goat.id, acceptedQuantity: 0 }] },
      });
      expect(answer.body).toMatchObject({ status: 'DISPUTED', refundCents: 30 * 9800 });
      const entries = await svc.db.query<{ product_id: string; amount_cents: number }>(
        `SELECT product_id, amount_cents FROM relief_entries WHERE order_id = $1`,
        [orderId],
      );
      expect(entries).toEqual([{ product_id: tea.id, amount_cents: 120 * 7900 }]);
      await orderEvent(orderId, 'orders.order.disputed.v1');
    });

    it('refuses to accept more than was ordered, or a product that is not in the order (422), changing nothing', async () => {
      const orderId = await confirmedOrder();
      await deliver(orderId, { [tea.producerId]: 'ok', [goat.producerId]: 'ok' });
      for (const lines of [
        [{ productId: tea.id, acceptedQuantity: 121 }],
        [{ productId: plainRice.id, acceptedQuantity: 1 }],
      ]) {
        const answer = await svc.call({
          method: 'POST',
          url: `/v1/orders/${orderId}/accept`,
          token: canteen,
          body: { lines },
        });
        expect(answer.status).toBe(422);
      }
      expect((await getOrder(orderId)).status).toBe('DELIVERED');
      expect(await svc.db.query(`SELECT 1 FROM relief_entries WHERE order_id = $1`, [orderId])).toHaveLength(
        0,
      );
    });

    it('answers 400 problem+json, not 500, for a summary period with a day that is not on the calendar', async () => {
      for (const query of ['from=2026-02-30', 'from=2025-02-29', 'to=2026-04-31', 'from=0000-01-01']) {
        const answer = await svc.call({ method: 'GET', url: `/v1/relief/summary?${query}` });
        expect({ query, status: answer.status, type: answer.headers['content-type'] }).toEqual({
          query,
          status: 400,
          type: expect.stringContaining('application/problem+json'),
        });
      }
      expect((await svc.call({ method: 'GET', url: '/v1/relief/summary?from=2024-02-29' })).status).toBe(200);
    });

    it('publishes totals that add up to the accepted relief-eligible lines, and the canteen’s pledge progress', async () => {
      const [{ total }] = await svc.db.query<{ total: number }>(
        `SELECT coalesce(sum(amount_cents), 0)::bigint AS total FROM relief_entries`,
      );
      const summary = await svc.call({ method: 'GET', url: '/v1/relief/summary' });
      const body = summary.body as ReliefSummary;
      expect(summary.status).toBe(200);
      expect(summary.body.totalCents).toBe(total);
      expect(body.byCounty.reduce((sum, county) => sum + county.amountCents, 0)).toBe(total);
      expect(summary.body.byPovertyStatus).toEqual([{ povertyStatus: 'deep', amountCents: total }]);
      expect(summary.body.byCounty[0]).toMatchObject({ countyCode: '513431', countyName: 'Zhaojue' });
      const thisMonth = new Date().toISOString().slice(0, 7);
      expect(body.byMonth.map((month) => month.month)).toEqual(
        Array.from(
          { length: Number(thisMonth.slice(5)) },
          (_, index) => `${thisMonth.slice(0, 4)}-${String(index + 1).padStart(2, '0')}`,
        ),
      );
      expect(body.byMonth.at(-1)).toEqual({ month: thisMonth, amountCents: total });

      const progress = await svc.call({
        method: 'GET',
        url: `/v1/relief/buyers/${canteenId}`,
        token: canteen,
      });
      expect(progress.body).toMatchObject({
        buyerId: canteenId,
        pledgedCents: 15_000_000,
        spentCents: total,
        remainingCents: 15_000_000 - total,
      });
      expect(progress.body.byMonth.at(-1)).toEqual({ month: thisMonth, amountCents: total });
      const other = await tokenFor('buyer', randomUUID());
      expect(
        (await svc.call({ method: 'GET', url: `/v1/relief/buyers/${canteenId}`, token: other })).status,
      ).toBe(404);
    });
  });
});
