import { randomUUID } from 'node:crypto';
import { CountyRegistered, ProductListed, type ProductSnapshot } from '@hb/contracts';
import { Clock } from '@hb/platform';
import { type OrderView, type QuoteView, type RfqView, ordersService } from '../../../apps/orders/src';
import { day } from '../../support/catalog-factories';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import { countySnapshot, productSnapshot } from '../../support/orders-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

describe('requests for quotation (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  let orderEvents: TopicReader;
  let canteen: string;
  let otherCanteen: string;
  /** Buckwheat flour producers: two in deep-poverty Zhaojue, one in lifted Congjiang; one tea producer. */
  let zhaojueA: ProductSnapshot;
  let zhaojueB: ProductSnapshot;
  let congjiang: ProductSnapshot;
  let teaOnly: ProductSnapshot;
  const producer = (product: ProductSnapshot) => tokenFor('producer', product.producerId);

  const ask = async (overrides: Record<string, unknown> = {}, token = canteen): Promise<RfqView> => {
    const answer = await svc.call({
      method: 'POST',
      url: '/v1/rfqs',
      token,
      body: {
        category: 'grain_oil',
        quantity: 2000,
        needBy: day(20),
        povertyCountiesOnly: true,
        note: 'Buckwheat flour for the winter term, 25 kg sacks.',
        deliveryAddress: 'Mianyang No. 1 Middle School canteen, 12 Changhong Ave, Fucheng District',
        ...overrides,
      },
    });
    expect(answer.status).toBe(201);
    return answer.body as RfqView;
  };
  const quote = (rfqId: string, product: ProductSnapshot, overrides: Record<string, unknown> = {}) =>
    producer(product).then((token) =>
      svc.call({
        method: 'POST',
        url: `/v1/rfqs/${rfqId}/quotes`,
        token,
        body: {
          productId: product.id,
          unitPriceCents: 5200,
          quantity: 2000,
          validUntil: day(5),
          ...overrides,
        },
      }),
    );
  const seenBy = async (token: string): Promise<string[]> => {
    const answer = await svc.call({ method: 'GET', url: '/v1/rfqs?limit=100', token });
    expect(answer.status).toBe(200);
    return (answer.body.items as RfqView[]).map((rfq) => rfq.id);
  };

  beforeAll(async () => {
    svc = await runService(ordersService, 'rfqs');
    events = await EventPublisherForTests.start(svc.prefix);
    orderEvents = await svc.read('orders.order.v1');
    const admin = await tokenFor('admin', 'harvest-bridge-ops');
    const register = async (name: string) => {
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
    canteen = await register('Mianyang No. 1 Middle School canteen');
    otherCanteen = await register('Jiangyou People’s Hospital canteen');

    const flour = { category: 'grain_oil' as const, name: 'Tartary buckwheat flour', minOrderQuantity: 100 };
    zhaojueA = productSnapshot({ ...flour, countyCode: '513431' });
    zhaojueB = productSnapshot({ ...flour, countyCode: '513431' });
    congjiang = productSnapshot({ ...flour, countyCode: '522633' });
    teaOnly = productSnapshot({ countyCode: '513431' });
    await events.publish(CountyRegistered, countySnapshot());
    await events.publish(
      CountyRegistered,
      countySnapshot({
        code: '522633',
        name: 'Congjiang',
        province: 'Guizhou',
        povertyStatus: 'lifted',
        liftedOn: '2020-11-23',
      }),
    );
    for (const product of [zhaojueA, zhaojueB, congjiang, teaOnly])
      await events.publish(ProductListed, product);
    await waitFor(
      async () =>
        (await svc.db.query(`SELECT 1 FROM catalog_products WHERE category IS NOT NULL`)).length === 4 &&
        (await svc.db.query(`SELECT 1 FROM catalog_counties`)).length === 2,
      { what: 'the catalog read model' },
    );
  });

  afterAll(async () => {
    await events?.stop();
    await svc?.stop();
  });

  it('shows a request to producers with a listed product of its category, from a poverty county when asked', async () => {
    const povertyOnly = await ask();
    const anyCounty = await ask({ povertyCountiesOnly: false });
    const tea = await ask({ category: 'tea', povertyCountiesOnly: false });

    expect(await seenBy(await producer(zhaojueA))).toEqual(
      expect.arrayContaining([povertyOnly.id, anyCounty.id]),
    );
    expect(await seenBy(await producer(zhaojueA))).not.toContain(tea.id);
    const lifted = await seenBy(await producer(congjiang));
    expect(lifted).toContain(anyCounty.id);
    expect(lifted).not.toContain(povertyOnly.id);
    expect(await seenBy(await producer(teaOnly))).toEqual([tea.id]);
    expect(
      (await svc.call({ method: 'GET', url: `/v1/rfqs/${povertyOnly.id}`, token: await producer(congjiang) }))
        .status,
    ).toBe(404);
    expect((await quote(povertyOnly.id, congjiang)).status).toBe(404);

    // A buyer sees its own requests only.
    expect(await seenBy(canteen)).toEqual(expect.arrayContaining([povertyOnly.id, anyCounty.id, tea.id]));
    expect(await seenBy(otherCanteen)).toEqual([]);
    expect((await svc.call({ method: 'GET', url: `/v1/rfqs/${tea.id}`, token: otherCanteen })).status).toBe(
      404,
    );
    // A producer token whose organisation is no producer id sees nothing, without an error.
    expect(await seenBy(await tokenFor('producer', 'not-a-producer-id'))).toEqual([]);
  });

  it('shows quotes to the buyer, and to each producer only its own', async () => {
    const rfq = await ask();
    const fromA = await quote(rfq.id, zhaojueA, { unitPriceCents: 5100 });
    const fromB = await quote(rfq.id, zhaojueB, { unitPriceCents: 4900 });
    expect([fromA.status, fromB.status]).toEqual([201, 201]);
    const quotesSeenBy = async (token: string) =>
      ((await svc.call({ method: 'GET', url: `/v1/rfqs/${rfq.id}`, token })).body.quotes as QuoteView[]).map(
        (seen) => seen.id,
      );
    expect(await quotesSeenBy(canteen)).toEqual([fromA.body.id, fromB.body.id]);
    expect(await quotesSeenBy(await producer(zhaojueA))).toEqual([fromA.body.id]);
    expect(await quotesSeenBy(await producer(zhaojueB))).toEqual([fromB.body.id]);
    expect((await svc.call({ method: 'GET', url: `/v1/rfqs/${rfq.id}`, token: otherCanteen })).status).toBe(
      404,
    );
  });

  it('refuses quotes of a product that is not the producer’s, not of the category or under its minimum', async () => {
    const rfq = await ask({ povertyCountiesOnly: false });
    const others = await quote(rfq.id, zhaojueA, { productId: zhaojueB.id });
    expect(others.status).toBe(422);
    expect(others.body).toMatchObject({ productId: zhaojueB.id, problem: 'is not one of your products' });
    const teaRfq = await ask({ category: 'tea' });
    expect((await quote(teaRfq.id, zhaojueA)).status).toBe(404);
    const small = await quote(rfq.id, zhaojueA, { quantity: 20 });
    expect(small.status).toBe(422);
    expect(small.headers['content-type']).toContain('application/problem+json');
    expect((await quote(rfq.id, zhaojueA, { validUntil: day(-1) })).status).toBe(400);
    expect((await quote(rfq.id, zhaojueA, { unitPriceCents: -1 })).status).toBe(400);
    const byBuyer = await svc.call({
      method: 'POST',
      url: `/v1/rfqs/${rfq.id}/quotes`,
      token: canteen,
      body: { productId: zhaojueA.id, unitPriceCents: 1, quantity: 2000, validUntil: day(5) },
    });
    expect(byBuyer.status).toBe(403);
  });

  it('refuses to award an expired quote (409), and places an order at the price of a valid one', async () => {
    const rfq = await ask({ quantity: 1500 });
    const expiring = await quote(rfq.id, zhaojueA, {
      unitPriceCents: 4000,
      validUntil: day(1),
      quantity: 1500,
    });
    const lasting = await quote(rfq.id, zhaojueB, {
      unitPriceCents: 4700,
      validUntil: day(10),
      quantity: 1500,
    });
    const award = (quoteId: string, token = canteen) =>
      svc.call({ method: 'POST', url: `/v1/rfqs/${rfq.id}/award`, token, body: { quoteId } });

    const clock = jest.spyOn(svc.app.get(Clock), 'now').mockReturnValue(new Date(`${day(2)}T09:00:00.000Z`));
    try {
      const expired = await award(expiring.body.id);
      expect(expired.status).toBe(409);
      expect(expired.headers['content-type']).toContain('application/problem+json');
      expect(expired.body).toMatchObject({ quoteId: expiring.body.id, validUntil: day(1) });
      expect(
        (await svc.call({ method: 'GET', url: `/v1/rfqs/${rfq.id}`, token: canteen })).body,
      ).toMatchObject({
        status: 'open',
        orderId: null,
        quotes: [expect.objectContaining({ expired: true }), expect.objectContaining({ expired: false })],
      });

      expect((await award(lasting.body.id, otherCanteen)).status).toBe(404);
      const awarded = await award(lasting.body.id);
      expect(awarded.status).toBe(200);
      expect(awarded.body).toMatchObject({
        status: 'awarded',
        awardedQuoteId: lasting.body.id,
        quotes: [
          expect.objectContaining({ id: expiring.body.id, status: 'not_awarded' }),
          expect.objectContaining({ id: lasting.body.id, status: 'awarded' }),
        ],
      });
      const orderId = String(awarded.body.orderId);
      const order = (await svc.call({ method: 'GET', url: `/v1/orders/${orderId}`, token: canteen }))
        .body as OrderView;
      expect(order).toMatchObject({
        status: 'PLACED',
        totalCents: 1500 * 4700,
        requestedDeliveryDate: rfq.needBy,
        lines: [expect.objectContaining({ productId: zhaojueB.id, quantity: 1500, unitPriceCents: 4700 })],
      });
      const placed = await waitFor(() =>
        orderEvents
          .envelopes()
          .find((envelope) => envelope.subject === orderId && envelope.type === 'orders.order.placed.v1'),
      );
      expect(placed.data).toMatchObject({ lines: [expect.objectContaining({ unitPriceCents: 4700 })] });

      // Awarded once: a second award, or a late quote, is a conflict.
      expect((await award(lasting.body.id)).status).toBe(409);
      expect((await quote(rfq.id, zhaojueA)).status).toBe(409);
    } finally {
      clock.mockRestore();
    }
  });

  it.each([
    ['an unknown category', { category: 'caviar' }],
    ['a quantity of zero', { quantity: 0 }],
    ['a need-by day in the past', { needBy: '2020-01-01' }],
    ['a need-by day that does not exist', { needBy: '2027-02-30' }],
    ['povertyCountiesOnly as a word', { povertyCountiesOnly: 'yes' }],
  ])('refuses a request with %s (400 problem)', async (_, overrides) => {
    const answer = await svc.call({
      method: 'POST',
      url: '/v1/rfqs',
      token: canteen,
      body: { category: 'grain_oil', quantity: 10, needBy: day(9), ...overrides },
    });
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toContain('application/problem+json');
  });

  it('needs a delivery address for the order, on the request or with the award', async () => {
    const rfq = await ask({ deliveryAddress: undefined, povertyCountiesOnly: false });
    const offer = await quote(rfq.id, congjiang);
    const without = await svc.call({
      method: 'POST',
      url: `/v1/rfqs/${rfq.id}/award`,
      token: canteen,
      body: { quoteId: offer.body.id },
    });
    expect(without.status).toBe(422);
    expect(
      (
        await svc.call({
          method: 'POST',
          url: `/v1/rfqs/${rfq.id}/award`,
          token: canteen,
          body: { quoteId: randomUUID() },
        })
      ).status,
    ).toBe(404);
    const withAddress = await svc.call({
      method: 'POST',
      url: `/v1/rfqs/${rfq.id}/award`,
      token: canteen,
      body: {
        quoteId: offer.body.id,
        deliveryAddress: 'Jiangyou People’s Hospital, 2 Taibai Road, Jiangyou',
      },
    });
    expect(withAddress.status).toBe(200);
  });
});
