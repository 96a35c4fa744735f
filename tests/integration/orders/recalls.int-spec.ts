import { randomUUID } from 'node:crypto';
import {
  CountyRegistered,
  LotRecalled,
  ProductListed,
  StockReleased,
  StockReserved,
  type LotRecalledData,
} from '@hb/contracts';
import { type OrderView, ordersService } from '../../../apps/orders/src';
import { day } from '../../support/catalog-factories';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import { countySnapshot, productSnapshot } from '../../support/orders-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

/** Orders alone, fed catalog's stock answers and recalls in either order, as they may arrive. */
describe('orders: lot recalls (real Kafka and PostgreSQL)', () => {
  let orders: RunningService;
  let events: EventPublisherForTests;
  let buyer: string;
  const tea = productSnapshot({ reliefEligible: true, badges: ['poverty_alleviation_product'] });

  const place = async (quantity: number): Promise<string> => {
    const placed = await orders.call({
      method: 'POST',
      url: '/v1/orders',
      token: buyer,
      headers: { 'idempotency-key': randomUUID() },
      body: {
        lines: [{ productId: tea.id, quantity }],
        deliveryAddress: '1 Jiannan Road',
        requestedDeliveryDate: day(5),
      },
    });
    expect(placed.status).toBe(201);
    return String(placed.body.id);
  };
  const view = async (id: string) =>
    (await orders.call({ method: 'GET', url: `/v1/orders/${id}`, token: buyer })).body as OrderView;
  const reserve = (orderId: string, lotId: string, quantity: number) =>
    events.publish(StockReserved, {
      orderId,
      lines: [
        {
          productId: tea.id,
          quantity,
          lots: [{ lotId, quantity, harvestedOn: day(-3), expiresOn: day(60) }],
        },
      ],
    });
  const recalled = (lotId: string): LotRecalledData => ({
    lotId,
    productId: tea.id,
    producerId: tea.producerId,
    countyCode: tea.countyCode,
    harvestedOn: day(-3),
    expiresOn: day(60),
    class: 'I',
    reason: 'listeria in the county inspection',
    blockedQuantity: 0,
    releasedOrders: 0,
    recalledAt: new Date().toISOString(),
  });

  beforeAll(async () => {
    orders = await runService(ordersService, 'orders-recalls');
    events = await EventPublisherForTests.start(orders.prefix);
    await events.publish(CountyRegistered, countySnapshot({ code: tea.countyCode }));
    await events.publish(ProductListed, tea);
    await orders.caughtUp('catalog.county.v1', 'catalog.product.v1');
    const admin = await tokenFor('admin', 'harvest-ops');
    const registered = await orders.call({
      method: 'POST',
      url: '/v1/buyers',
      token: admin,
      body: {
        name: 'Canteen',
        kind: 'budget_unit',
        regionCode: '510703',
        annualFoodBudgetCents: 100_000_000,
        pledgedSharePercent: 15,
      },
    });
    buyer = await tokenFor('buyer', String(registered.body.id));
  });

  afterAll(async () => {
    await events?.stop();
    await orders?.stop();
  });

  it('marks a confirmed order when its lot is recalled after the reservation', async () => {
    const lotId = randomUUID();
    const orderId = await place(20);
    await reserve(orderId, lotId, 20);
    await waitFor(async () => (await view(orderId)).status === 'CONFIRMED', { what: 'confirmation' });
    await events.publish(LotRecalled, recalled(lotId));
    const marked = await waitFor(async () => ((await view(orderId)).recall ? view(orderId) : undefined), {
      what: 'the recall mark',
    });
    expect(marked).toMatchObject({ status: 'CONFIRMED', recall: { lotId, class: 'I' } });
    expect(marked.lines[0]).toMatchObject({
      recalledQuantity: 20,
      lots: [expect.objectContaining({ lotId, quantity: 20 })],
    });
  });

  it('rejects an order whose reservation arrives after its lot was recalled, and marks it', async () => {
    const lotId = randomUUID();
    const orderId = await place(15);
    await events.publish(LotRecalled, recalled(lotId));
    await orders.caughtUp('catalog.lot.v1');
    await reserve(orderId, lotId, 15);
    const rejected = await waitFor(
      async () => ((await view(orderId)).status === 'REJECTED' ? view(orderId) : undefined),
      {
        what: 'the rejection',
      },
    );
    expect(rejected.rejectionReasons).toEqual([{ productId: tea.id, reason: 'recalled', requested: 15 }]);
    expect(rejected.recall).toMatchObject({ lotId });
  });

  it('marks every order whose reservation and lot recall arrive at the same moment, on their two topics', async () => {
    const pairs = await Promise.all(
      Array.from({ length: 24 }, async () => ({ orderId: await place(10), lotId: randomUUID() })),
    );
    await Promise.all(
      pairs.flatMap(({ orderId, lotId }) => [
        reserve(orderId, lotId, 10),
        events.publish(LotRecalled, recalled(lotId)),
      ]),
    );
    await orders.caughtUp('catalog.stock.v1', 'catalog.lot.v1');
    const views = await Promise.all(pairs.map(({ orderId }) => view(orderId)));
    // Whichever came first, each order is marked by its lot's recall: rejected if the recall was
    // there before its reservation, confirmed and marked if after.
    expect(views.filter((order) => !order.recall).map((order) => order.id)).toEqual([]);
    for (const [index, order] of views.entries()) {
      expect(order.recall).toMatchObject({ lotId: pairs[index].lotId });
      expect(['CONFIRMED', 'REJECTED']).toContain(order.status);
    }
  });

  it('rejects a confirmed order whose reservation catalog released to a recall', async () => {
    const lotId = randomUUID();
    const orderId = await place(12);
    await reserve(orderId, lotId, 12);
    await waitFor(async () => (await view(orderId)).status === 'CONFIRMED', { what: 'confirmation' });
    await events.publish(StockReleased, {
      orderId,
      lines: [{ productId: tea.id, quantity: 12 }],
      reason: 'recalled',
      lotId,
    });
    await events.publish(LotRecalled, recalled(lotId));
    const rejected = await waitFor(
      async () => {
        const current = await view(orderId);
        return current.status === 'REJECTED' && current.recall ? current : undefined;
      },
      { what: 'the rejection and mark' },
    );
    expect(rejected.rejectionReasons).toEqual([{ productId: tea.id, reason: 'recalled', requested: 12 }]);
  });
});
