import { randomUUID } from 'node:crypto';
import { ProductListed, StockReserved } from '@hb/contracts';
import { type OrderView, ordersService } from '../../../apps/orders/src';
import { day } from '../../support/catalog-factories';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import { productSnapshot } from '../../support/orders-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

describe('orders: a reservation that never answers (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  let orderEvents: TopicReader;

  beforeAll(async () => {
    process.env.ORDER_RESERVATION_TIMEOUT_MS = '1500';
    svc = await runService(ordersService, 'timeout');
    events = await EventPublisherForTests.start(svc.prefix);
    orderEvents = await svc.read('orders.order.v1');
  });

  afterAll(async () => {
    delete process.env.ORDER_RESERVATION_TIMEOUT_MS;
    await events?.stop();
    await svc?.stop();
  });

  it('cancels the order with a reason the buyer sees, tells catalog, and ignores a late reservation', async () => {
    const product = productSnapshot();
    await events.publish(ProductListed, product);
    await waitFor(async () => (await svc.db.query(`SELECT 1 FROM catalog_products`)).length === 1);
    const buyer = await tokenFor('buyer', randomUUID());
    const placed = await svc.call({
      method: 'POST',
      url: '/v1/orders',
      token: buyer,
      headers: { 'idempotency-key': randomUUID() },
      body: {
        lines: [{ productId: product.id, quantity: 20 }],
        deliveryAddress: 'Butuo county school canteen',
        requestedDeliveryDate: day(3),
      },
    });
    expect(placed.status).toBe(201);
    const orderId = String(placed.body.id);

    const cancelled = await waitFor(
      async () => {
        const order = (await svc.call({ method: 'GET', url: `/v1/orders/${orderId}`, token: buyer }))
          .body as OrderView;
        return order.status === 'CANCELLED' ? order : undefined;
      },
      { what: 'the order to time out' },
    );
    expect(cancelled.cancelReason).toMatch(/not confirmed within 2 s.*can be placed again/);
    await waitFor(() =>
      orderEvents.envelopes().find((e) => e.subject === orderId && e.type === 'orders.order.cancelled.v1'),
    );

    await events.publish(StockReserved, {
      orderId,
      lines: [
        {
          productId: product.id,
          quantity: 20,
          lots: [{ lotId: randomUUID(), quantity: 20, expiresOn: day(30) }],
        },
      ],
    });
    await svc.caughtUp('catalog.stock.v1');
    expect(await svc.db.query(`SELECT 1 FROM inbox WHERE type = 'catalog.stock.reserved.v1'`)).toHaveLength(
      1,
    );
    const after = (await svc.call({ method: 'GET', url: `/v1/orders/${orderId}`, token: buyer })).body;
    expect(after.status).toBe('CANCELLED');
    expect(
      orderEvents.envelopes().some((e) => e.subject === orderId && e.type === 'orders.order.confirmed.v1'),
    ).toBe(false);
  });
});
