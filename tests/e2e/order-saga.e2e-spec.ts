import { randomUUID } from 'node:crypto';
import { CertificateIssued, ShipmentCreated, ShipmentDelivered, ShipmentPickedUp } from '@hb/contracts';
import { catalogService } from '../../apps/catalog/src';
import { type OrderView, type ReliefSummary, ordersService } from '../../apps/orders/src';
import { county, day, producer, product } from '../support/catalog-factories';
import { EventPublisherForTests } from '../support/events';
import { tokenFor } from '../support/http';
import { uniquePrefix } from '../support/kafka';
import { runService, type RunningService } from '../support/service-harness';
import { waitFor } from '../support/wait';

/**
 * Catalog and orders running together on one Kafka namespace: the saga between them is real. The
 * certificate and the shipments are published as certification and logistics would publish them.
 */
describe('order saga across catalog and orders (real Kafka and PostgreSQL)', () => {
  let catalog: RunningService;
  let orders: RunningService;
  let upstream: EventPublisherForTests;
  let admin: string;
  let producerId: string;
  let producerToken: string;
  let buyerId: string;
  let buyer: string;
  let teaId: string;

  const stock = async () =>
    (await catalog.call({ method: 'GET', url: `/v1/products/${teaId}/stock`, token: producerToken }))
      .body as {
      available: number;
      reserved: number;
      lots: { committed: number }[];
    };

  const place = async (quantity: number): Promise<OrderView> => {
    const answer = await orders.call({
      method: 'POST',
      url: '/v1/orders',
      token: buyer,
      headers: { 'idempotency-key': randomUUID() },
      body: {
        lines: [{ productId: teaId, quantity }],
        deliveryAddress: 'Mianyang Municipal Government Canteen, 1 Jiannan Road',
        requestedDeliveryDate: day(5),
      },
    });
    expect(answer.status).toBe(201);
    return answer.body as OrderView;
  };

  const orderOnceItIs = (orderId: string, status: string) =>
    waitFor(
      async () => {
        const order = (await orders.call({ method: 'GET', url: `/v1/orders/${orderId}`, token: buyer }))
          .body as OrderView;
        return order.status === status ? order : undefined;
      },
      { what: `order ${orderId} to become ${status}` },
    );

  beforeAll(async () => {
    const prefix = uniquePrefix('saga');
    catalog = await runService(catalogService, 'e2e-catalog', { prefix });
    orders = await runService(ordersService, 'e2e-orders', { prefix });
    upstream = await EventPublisherForTests.start(prefix);
    admin = await tokenFor('admin', 'harvest-bridge-ops');

    const zhaojue = county({ code: '513431' });
    expect(
      (await catalog.call({ method: 'POST', url: '/v1/counties', token: admin, body: zhaojue })).status,
    ).toBe(201);
    const registered = await catalog.call({
      method: 'POST',
      url: '/v1/producers',
      token: admin,
      body: producer('513431'),
    });
    expect(registered.status).toBe(201);
    producerId = String(registered.body.id);
    producerToken = await tokenFor('producer', producerId);

    const created = await catalog.call({
      method: 'POST',
      url: '/v1/products',
      token: producerToken,
      body: product({
        minOrderQuantity: 10,
        priceTiers: [
          { minQuantity: 10, unitPriceCents: 8800 },
          { minQuantity: 100, unitPriceCents: 7900 },
        ],
      }),
    });
    expect(created.status).toBe(201);
    teaId = String(created.body.id);
    expect(
      (await catalog.call({ method: 'POST', url: `/v1/products/${teaId}/list`, token: producerToken }))
        .status,
    ).toBe(200);
    const lot = await catalog.call({
      method: 'POST',
      url: `/v1/products/${teaId}/lots`,
      token: producerToken,
      body: { quantity: 200, harvestedOn: day(-3), expiresOn: day(300) },
    });
    expect(lot.status).toBe(201);

    const canteen = await orders.call({
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
    buyerId = String(canteen.body.id);
    buyer = await tokenFor('buyer', buyerId);
    await waitFor(
      async () =>
        (await orders.db.query(`SELECT 1 FROM catalog_products WHERE id = $1 AND status = 'listed'`, [teaId]))
          .length === 1,
      { what: 'orders to learn of the listed product' },
    );
  });

  afterAll(async () => {
    await upstream?.stop();
    await orders?.stop();
    await catalog?.stop();
  });

  it('confirms an order once catalog reserves its stock, and releases the stock when the buyer cancels', async () => {
    const order = await place(120);
    await orderOnceItIs(order.id, 'CONFIRMED');
    expect(await stock()).toMatchObject({ available: 80, reserved: 120 });

    await orders.call({ method: 'POST', url: `/v1/orders/${order.id}/cancel`, token: buyer });
    await waitFor(async () => ((await stock()).reserved === 0 ? true : undefined), {
      what: 'the stock to be released',
    });
    expect(await stock()).toMatchObject({ available: 200, reserved: 0 });
  });

  it('rejects an order for more than is available, with the reason', async () => {
    const order = await place(250);
    const rejected = await orderOnceItIs(order.id, 'REJECTED');
    expect(rejected.rejectionReasons).toEqual([
      { productId: teaId, reason: 'insufficient', requested: 250, available: 200 },
    ]);
    expect(await stock()).toMatchObject({ available: 200, reserved: 0 });
  });

  it('counts an accepted order of a certified poverty-alleviation product in the relief ledger and commits its stock', async () => {
    await upstream.publish(CertificateIssued, {
      number: `PAP-2026-${randomUUID().slice(0, 6)}`,
      scheme: 'poverty_alleviation_product',
      holderId: producerId,
      productIds: [teaId],
      issuedOn: day(-1),
      validUntil: day(364),
    });
    await waitFor(
      async () =>
        (await orders.db.query(`SELECT 1 FROM catalog_products WHERE id = $1 AND relief_eligible`, [teaId]))
          .length === 1,
      { what: 'orders to learn the product is relief-eligible' },
    );

    const order = await place(100);
    await orderOnceItIs(order.id, 'CONFIRMED');
    const shipment = { shipmentId: randomUUID(), orderId: order.id, producerId };
    await upstream.publish(ShipmentCreated, shipment);
    await upstream.publish(ShipmentPickedUp, { ...shipment, at: new Date().toISOString() });
    await upstream.publish(ShipmentDelivered, {
      ...shipment,
      at: new Date().toISOString(),
      coldChainVerdict: 'ok',
      figures: {
        minC: 8,
        maxC: 18,
        minutesOutOfRange: 0,
        longestExcursionMinutes: 0,
        mktC: 12.5,
        readings: 96,
      },
    });
    await orderOnceItIs(order.id, 'DELIVERED');

    const accepted = await orders.call({
      method: 'POST',
      url: `/v1/orders/${order.id}/accept`,
      token: buyer,
    });
    expect(accepted.body).toMatchObject({ status: 'COMPLETED' });
    await waitFor(async () => ((await stock()).lots[0]?.committed === 100 ? true : undefined), {
      what: 'catalog to commit the sold stock',
    });
    expect(await stock()).toMatchObject({ available: 100, reserved: 0 });

    const summary = (await orders.call({ method: 'GET', url: '/v1/relief/summary' })).body as ReliefSummary;
    expect(summary.totalCents).toBe(100 * 7900);
    expect(summary.byCounty).toEqual([
      expect.objectContaining({
        countyCode: '513431',
        povertyStatus: 'deep',
        amountCents: 790_000,
        producers: 1,
      }),
    ]);
    const progress = await orders.call({ method: 'GET', url: `/v1/relief/buyers/${buyerId}`, token: buyer });
    expect(progress.body).toMatchObject({
      spentCents: 790_000,
      pledgedCents: 15_000_000,
      remainingCents: 14_210_000,
    });
  });
});
