import { randomUUID } from 'node:crypto';
import { ProductListed } from '@hb/contracts';
import { ordersService } from '../../../apps/orders/src';
import { day } from '../../support/catalog-factories';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import { productSnapshot } from '../../support/orders-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

describe('orders: idempotency under load (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;

  beforeAll(async () => {
    svc = await runService(ordersService, 'idem-load');
    events = await EventPublisherForTests.start(svc.prefix);
  });

  afterAll(async () => {
    await events?.stop();
    await svc?.stop();
  });

  it('gives 1,000 concurrent requests with one Idempotency-Key one order and identical responses', async () => {
    const product = productSnapshot();
    await events.publish(ProductListed, product);
    await waitFor(async () => (await svc.db.query(`SELECT 1 FROM catalog_products`)).length === 1);
    const buyer = await tokenFor('buyer', randomUUID());
    const key = randomUUID();
    const body = {
      lines: [{ productId: product.id, quantity: 150 }],
      deliveryAddress: 'Zhaojue county hospital canteen',
      requestedDeliveryDate: day(4),
    };

    const answers = await Promise.all(
      Array.from({ length: 1000 }, () =>
        svc.call({
          method: 'POST',
          url: '/v1/orders',
          token: buyer,
          body,
          headers: { 'idempotency-key': key },
        }),
      ),
    );

    expect(answers.filter((answer) => answer.status !== 201)).toEqual([]);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    const [{ orders, placed }] = await svc.db.query<{ orders: number; placed: number }>(
      `SELECT (SELECT count(*)::int FROM orders) AS orders,
              (SELECT count(*)::int FROM outbox WHERE type = 'orders.order.placed.v1') AS placed`,
    );
    expect({ orders, placed }).toEqual({ orders: 1, placed: 1 });
  });
});
