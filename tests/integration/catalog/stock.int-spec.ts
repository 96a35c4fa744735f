import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  OrderCancelled,
  OrderCompleted,
  OrderPlaced,
  type OrderPlacedData,
  type StockReservationRejectedData,
  type StockReservedData,
} from '@hb/contracts';
import { type StockView, StockReservationsService, catalogService } from '../../../apps/catalog/src';
import { creditCode, day } from '../../support/catalog-factories';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import { runService, type RunningService } from '../../support/service-harness';
import { statementCounter } from '../../support/statement-counter';
import { waitFor } from '../../support/wait';

describe('catalog stock: harvest lots and reservation for orders (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let orders: EventPublisherForTests;
  let stockEvents: TopicReader;
  let producerId: string;
  let producerToken: string;

  /** A listed product of the test producer, straight into the table (products have their own tests). */
  const listedProduct = async (minOrderQuantity = 1, status = 'listed'): Promise<string> => {
    const id = randomUUID();
    await svc.db.query(
      `INSERT INTO products (id, producer_id, name, category, unit, shelf_life_days, min_order_quantity, price_tiers, status)
       VALUES ($1, $2, 'Zhaojue tartary buckwheat', 'grain_oil', 'kg', 365, $3, $4, $5)`,
      [id, producerId, minOrderQuantity, JSON.stringify([{ minQuantity: 1, unitPriceCents: 1200 }]), status],
    );
    return id;
  };

  const addLot = async (productId: string, quantity: number, expiresOn: string, harvestedOn = day(-10)) => {
    const answer = await svc.call({
      method: 'POST',
      url: `/v1/products/${productId}/lots`,
      token: producerToken,
      body: { quantity, harvestedOn, expiresOn },
    });
    expect(answer.status).toBe(201);
    return String(answer.body.id);
  };

  const stockOf = async (productId: string): Promise<StockView> =>
    (await svc.call({ method: 'GET', url: `/v1/products/${productId}/stock`, token: producerToken }))
      .body as StockView;

  const order = (lines: { productId: string; quantity: number }[]): OrderPlacedData => ({
    orderId: randomUUID(),
    buyerId: 'canteen-mianyang-01',
    lines: lines.map((line) => ({ ...line, unitPriceCents: 1200, lineTotalCents: 1200 * line.quantity })),
    totalCents: lines.reduce((sum, line) => sum + 1200 * line.quantity, 0),
    placedAt: new Date().toISOString(),
  });

  const decisionFor = (orderId: string) =>
    waitFor(() => stockEvents.envelopes().find((envelope) => envelope.subject === orderId), {
      what: `the stock decision for order ${orderId}`,
    });

  beforeAll(async () => {
    svc = await runService(catalogService, 'stock');
    orders = await EventPublisherForTests.start(svc.prefix);
    stockEvents = await svc.read('catalog.stock.v1');
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

  afterAll(async () => {
    await orders?.stop();
    await svc?.stop();
  });

  describe('harvest lots', () => {
    it('adds a lot and shows it in the stock, soonest expiry first', async () => {
      const productId = await listedProduct();
      await addLot(productId, 300, day(90));
      await addLot(productId, 200, day(30));

      const stock = await stockOf(productId);
      expect(stock).toMatchObject({ productId, available: 500, reserved: 0, soonestExpiry: day(30) });
      expect(stock.lots.map((lot) => lot.expiresOn)).toEqual([day(30), day(90)]);
    });

    it('refuses a lot that has already expired or expires before its harvest, writing nothing', async () => {
      const productId = await listedProduct();
      for (const body of [
        { quantity: 10, harvestedOn: day(-20), expiresOn: day(-1) },
        { quantity: 10, harvestedOn: day(-5), expiresOn: day(-6) },
        { quantity: 10, harvestedOn: day(3), expiresOn: day(30) },
      ]) {
        const answer = await svc.call({
          method: 'POST',
          url: `/v1/products/${productId}/lots`,
          token: producerToken,
          body,
        });
        expect(answer.status).toBe(422);
        expect(answer.headers['content-type']).toContain('application/problem+json');
      }
      const negative = await svc.call({
        method: 'POST',
        url: `/v1/products/${productId}/lots`,
        token: producerToken,
        body: { quantity: -5, harvestedOn: day(-1), expiresOn: day(10), reserved: 0 },
      });
      expect(negative.status).toBe(400);
      expect((negative.body.errors as { field: string }[]).map((error) => error.field).sort()).toEqual([
        'quantity',
        'reserved',
      ]);
      expect((await stockOf(productId)).lots).toHaveLength(0);
    });

    it("does not let a producer add lots to another producer's product", async () => {
      const productId = await listedProduct();
      const stranger = await tokenFor('producer', randomUUID());
      const answer = await svc.call({
        method: 'POST',
        url: `/v1/products/${productId}/lots`,
        token: stranger,
        body: { quantity: 10, harvestedOn: day(-1), expiresOn: day(10) },
      });
      expect(answer.status).toBe(403);
    });

    it("hides a draft product's stock from a buyer", async () => {
      const productId = await listedProduct(1, 'draft');
      const buyer = await tokenFor('buyer', 'canteen-1');
      const answer = await svc.call({ method: 'GET', url: `/v1/products/${productId}/stock`, token: buyer });
      expect(answer.status).toBe(404);
    });
  });

  describe('reservation for orders', () => {
    it('reserves every line first-expiry-first-out and says which lots it used', async () => {
      const tea = await listedProduct();
      const soon = await addLot(tea, 30, day(20));
      const later = await addLot(tea, 100, day(200));
      const rice = await listedProduct();
      await addLot(rice, 50, day(100));

      const placed = order([
        { productId: tea, quantity: 50 },
        { productId: rice, quantity: 10 },
      ]);
      await orders.publish(OrderPlaced, placed);

      const decision = await decisionFor(placed.orderId);
      expect(decision.type).toBe('catalog.stock.reserved.v1');
      const data = decision.data as unknown as StockReservedData;
      const teaLine = data.lines.find((line) => line.productId === tea)!;
      expect(teaLine.lots).toEqual([
        { lotId: soon, quantity: 30, harvestedOn: day(-10), expiresOn: day(20) },
        { lotId: later, quantity: 20, harvestedOn: day(-10), expiresOn: day(200) },
      ]);
      expect(await stockOf(tea)).toMatchObject({ available: 80, reserved: 50 });
      expect(await stockOf(rice)).toMatchObject({ available: 40, reserved: 10 });
    });

    it('reserves nothing when one line cannot be served, giving a reason for each failing line', async () => {
      const plenty = await listedProduct();
      await addLot(plenty, 100, day(60));
      const scarce = await listedProduct();
      await addLot(scarce, 5, day(60));
      const bulkOnly = await listedProduct(50);
      await addLot(bulkOnly, 500, day(60));
      const withdrawn = await listedProduct(1, 'delisted');
      const unknown = randomUUID();

      const placed = order([
        { productId: plenty, quantity: 10 },
        { productId: scarce, quantity: 6 },
        { productId: bulkOnly, quantity: 20 },
        { productId: withdrawn, quantity: 1 },
        { productId: unknown, quantity: 1 },
      ]);
      await orders.publish(OrderPlaced, placed);

      const decision = await decisionFor(placed.orderId);
      expect(decision.type).toBe('catalog.stock.reservationRejected.v1');
      const { reasons } = decision.data as unknown as StockReservationRejectedData;
      expect(reasons).toEqual(
        expect.arrayContaining([
          { productId: scarce, reason: 'insufficient', requested: 6, available: 5 },
          { productId: bulkOnly, reason: 'below_minimum', requested: 20, minimum: 50 },
          { productId: withdrawn, reason: 'delisted', requested: 1 },
          { productId: unknown, reason: 'unknown', requested: 1 },
        ]),
      );
      expect(reasons).toHaveLength(4);
      expect(await stockOf(plenty)).toMatchObject({ available: 100, reserved: 0 });
    });

    it('rejects an order when the last lot expired yesterday', async () => {
      const productId = await listedProduct();
      await svc.db.query(
        `INSERT INTO lots (id, product_id, quantity, harvested_on, expires_on) VALUES ($1, $2, 100, $3, $4)`,
        [randomUUID(), productId, day(-30), day(-1)],
      );
      const placed = order([{ productId, quantity: 1 }]);
      await orders.publish(OrderPlaced, placed);

      const decision = await decisionFor(placed.orderId);
      expect(decision.type).toBe('catalog.stock.reservationRejected.v1');
      expect((decision.data as unknown as StockReservationRejectedData).reasons).toEqual([
        { productId, reason: 'insufficient', requested: 1, available: 0 },
      ]);
    });

    it('releases the stock of a cancelled order and commits the stock of a completed one', async () => {
      const productId = await listedProduct();
      await addLot(productId, 100, day(60));
      const cancelled = order([{ productId, quantity: 40 }]);
      const completed = order([{ productId, quantity: 25 }]);
      await orders.publish(OrderPlaced, cancelled);
      await orders.publish(OrderPlaced, completed);
      await decisionFor(cancelled.orderId);
      await decisionFor(completed.orderId);
      expect(await stockOf(productId)).toMatchObject({ available: 35, reserved: 65 });

      await orders.publish(OrderCancelled, { orderId: cancelled.orderId, reason: 'buyer cancelled' });
      await orders.publish(OrderCompleted, { orderId: completed.orderId });
      await waitFor(() =>
        ['catalog.stock.released.v1', 'catalog.stock.committed.v1'].every((type) =>
          stockEvents
            .envelopes()
            .some(
              (envelope) =>
                envelope.type === type && [cancelled.orderId, completed.orderId].includes(envelope.subject),
            ),
        ),
      );
      const stock = await stockOf(productId);
      expect(stock).toMatchObject({ available: 75, reserved: 0 });
      expect(stock.lots[0].committed).toBe(25);
    });

    it('reserves nothing twice when the same order arrives again, redelivered or re-sent', async () => {
      const productId = await listedProduct();
      await addLot(productId, 100, day(60));
      const placed = order([{ productId, quantity: 30 }]);
      const first = await orders.publish(OrderPlaced, placed);
      await orders.publishEnvelope(OrderPlaced, first);
      await orders.publish(OrderPlaced, placed);
      await svc.caughtUp('orders.order.v1');

      expect(await stockOf(productId)).toMatchObject({ reserved: 30, available: 70 });
      expect(stockEvents.envelopes().filter((envelope) => envelope.subject === placed.orderId)).toHaveLength(
        1,
      );
    });

    it('reserves an order of several products in three statements, its stock announced with it', async () => {
      const products = [await listedProduct(), await listedProduct(), await listedProduct()];
      for (const productId of products) {
        await addLot(productId, 40, day(30));
        await addLot(productId, 60, day(90));
      }
      const placed = order(products.map((productId) => ({ productId, quantity: 50 })));
      const dataSource = svc.app.get(DataSource);
      const count = statementCounter(dataSource);

      const { result, statements } = await count(() =>
        dataSource.transaction((tx) => svc.app.get(StockReservationsService).reserve(tx, placed)),
      );

      expect(result).toBe('reserved');
      // Besides BEGIN and COMMIT: decision, products and their lots; the reservation and the levels it
      // leaves; the events.
      expect(statements.filter((sql) => !/^(START TRANSACTION|COMMIT)$/.test(sql))).toHaveLength(3);
      for (const productId of products)
        expect(await stockOf(productId)).toMatchObject({ available: 50, reserved: 50 });
      const [{ announced }] = await svc.db.query<{ announced: number }>(
        `SELECT count(*)::int AS announced FROM outbox
          WHERE type = 'catalog.inventory.levelChanged.v1' AND envelope->'data'->>'productId' = ANY($1::text[])
            AND (envelope->'data'->>'reserved')::int = 50 AND (envelope->'data'->>'available')::int = 50`,
        [products],
      );
      expect(announced).toBe(3);
    });

    it('never reserves more than the stock when many orders race for the last units', async () => {
      const productId = await listedProduct();
      await addLot(productId, 60, day(30));
      await addLot(productId, 40, day(90));
      const reservations = svc.app.get(StockReservationsService);
      const dataSource = svc.app.get(DataSource);

      const competing = Array.from({ length: 16 }, () => order([{ productId, quantity: 15 }]));
      const outcomes = await Promise.all(
        competing.map((placed) => dataSource.transaction((tx) => reservations.reserve(tx, placed))),
      );

      expect(outcomes.filter((outcome) => outcome === 'reserved')).toHaveLength(6);
      expect(outcomes.filter((outcome) => outcome === 'rejected')).toHaveLength(10);
      const [{ reserved, oversold }] = await svc.db.query<{ reserved: number; oversold: number }>(
        `SELECT sum(reserved)::int AS reserved, count(*) FILTER (WHERE reserved + committed > quantity)::int AS oversold
           FROM lots WHERE product_id = $1`,
        [productId],
      );
      expect(reserved).toBe(90);
      expect(oversold).toBe(0);
    });
  });
});
