import { randomUUID } from 'node:crypto';
import {
  CertificateIssued,
  ShipmentCreated,
  ShipmentDelivered,
  ShipmentPickedUp,
  Topics,
} from '@hb/contracts';
import { catalogService, type EmergencySaleView } from '../../apps/catalog/src';
import {
  type OrderView,
  type BuyerReliefProgress,
  type ReliefSummary,
  ordersService,
} from '../../apps/orders/src';
import { county, day, producer, product } from '../support/catalog-factories';
import { EventPublisherForTests } from '../support/events';
import { tokenFor } from '../support/http';
import { uniquePrefix, type TopicReader } from '../support/kafka';
import { runService, type RunningService } from '../support/service-harness';
import { waitFor } from '../support/wait';

/**
 * The emergency sale of issue #19 end to end, catalog and orders on one Kafka namespace: a glut in a
 * deep-poverty county, the canteen furthest behind its pledge ranked first and offered the sale,
 * its order at the sale price, the relief it counts, the sale closing sold out.
 */
describe('emergency sale from glut to relief (catalog and orders, real Kafka and PostgreSQL)', () => {
  let catalog: RunningService;
  let orders: RunningService;
  let upstream: EventPublisherForTests;
  let offers: TopicReader;
  let admin: string;
  let producerId: string;
  let producerToken: string;
  let teaId: string;
  const countyCode = '513431';
  const buyers: Record<'behind' | 'pairedLess' | 'unpaired' | 'noPledge', { id: string; token: string }> =
    {} as never;

  const registerBuyer = async (body: Record<string, unknown>) => {
    const answer = await orders.call({ method: 'POST', url: '/v1/buyers', token: admin, body });
    expect(answer.status).toBe(201);
    const id = String(answer.body.id);
    return { id, token: await tokenFor('buyer', id) };
  };

  const stock = async () =>
    (await catalog.call({ method: 'GET', url: `/v1/products/${teaId}/stock`, token: producerToken }))
      .body as {
      available: number;
      reserved: number;
      heldForEmergencySales: number;
      lots: { expiresOn: string; held: number; committed: number }[];
    };

  const sale = async (id: string) =>
    (await catalog.call({ method: 'GET', url: `/v1/emergency-sales/${id}`, token: producerToken }))
      .body as EmergencySaleView;

  const orderOnceItIs = (orderId: string, status: string, token: string) =>
    waitFor(
      async () => {
        const order = (await orders.call({ method: 'GET', url: `/v1/orders/${orderId}`, token }))
          .body as OrderView;
        return order.status === status ? order : undefined;
      },
      { what: `order ${orderId} to become ${status}` },
    );

  const openSale = (body: Record<string, unknown>, token = producerToken) =>
    catalog.call({
      method: 'POST',
      url: '/v1/emergency-sales',
      token,
      body: {
        productId: teaId,
        quantity: 150,
        unitPriceCents: 6500,
        reason: 'glut',
        endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        note: 'Bumper harvest; the county cold store is full.',
        ...body,
      },
    });

  beforeAll(async () => {
    const prefix = uniquePrefix('emergency');
    catalog = await runService(catalogService, 'e2e-emergency-catalog', { prefix });
    orders = await runService(ordersService, 'e2e-emergency-orders', { prefix });
    upstream = await EventPublisherForTests.start(prefix);
    offers = await orders.read(Topics.emergencyOffer.name);
    admin = await tokenFor('admin', 'harvest-bridge-ops');

    expect(
      (
        await catalog.call({
          method: 'POST',
          url: '/v1/counties',
          token: admin,
          body: county({ code: countyCode }),
        })
      ).status,
    ).toBe(201);
    const registered = await catalog.call({
      method: 'POST',
      url: '/v1/producers',
      token: admin,
      body: producer(countyCode),
    });
    producerId = String(registered.body.id);
    producerToken = await tokenFor('producer', producerId);
    const created = await catalog.call({
      method: 'POST',
      url: '/v1/products',
      token: producerToken,
      body: product(),
    });
    teaId = String(created.body.id);
    await catalog.call({ method: 'POST', url: `/v1/products/${teaId}/list`, token: producerToken });
    for (const lot of [
      { quantity: 500, harvestedOn: day(-3), expiresOn: day(300) },
      { quantity: 100, harvestedOn: day(-10), expiresOn: day(20) },
    ]) {
      expect(
        (
          await catalog.call({
            method: 'POST',
            url: `/v1/products/${teaId}/lots`,
            token: producerToken,
            body: lot,
          })
        ).status,
      ).toBe(201);
    }
    expect(
      (
        await catalog.call({
          method: 'POST',
          url: '/v1/pairings',
          token: admin,
          body: {
            assistingRegionCode: '510700',
            assistingRegionName: 'Mianyang',
            assistedCountyCode: countyCode,
            from: '2020-01-01',
          },
        })
      ).status,
    ).toBe(201);
    await upstream.publish(CertificateIssued, {
      number: `PAP-2026-${randomUUID().slice(0, 6)}`,
      scheme: 'poverty_alleviation_product',
      holderId: producerId,
      productIds: [teaId],
      issuedOn: day(-1),
      validUntil: day(364),
    });

    // The canteen with the largest pledge is furthest behind; two equal ones differ by pairing only.
    buyers.behind = await registerBuyer({
      name: 'Fucheng No. 1 Middle School canteen',
      kind: 'budget_unit',
      regionCode: '510703',
      annualFoodBudgetCents: 200_000_000,
      pledgedSharePercent: 15,
    });
    buyers.unpaired = await registerBuyer({
      name: 'Guangzhou Tianhe District Government canteen',
      kind: 'budget_unit',
      regionCode: '440106',
      annualFoodBudgetCents: 100_000_000,
      pledgedSharePercent: 15,
    });
    buyers.pairedLess = await registerBuyer({
      name: 'Jiangyou People’s Hospital canteen',
      kind: 'budget_unit',
      regionCode: '510781',
      annualFoodBudgetCents: 100_000_000,
      pledgedSharePercent: 15,
    });
    buyers.noPledge = await registerBuyer({
      name: 'Mianyang Fresh Market Ltd',
      kind: 'retailer',
      regionCode: '510703',
    });

    await waitFor(
      async () =>
        (
          await orders.db.query(
            `SELECT 1 FROM catalog_products WHERE id = $1 AND status = 'listed' AND relief_eligible`,
            [teaId],
          )
        ).length === 1 && (await orders.db.query(`SELECT 1 FROM catalog_pairings`)).length === 1,
      { what: 'orders to learn of the listed relief product and the pairing' },
    );
  });

  afterAll(async () => {
    await upstream?.stop();
    await orders?.stop();
    await catalog?.stop();
  });

  it('refuses a sale priced above the lowest tier, ending in the past, or opened by someone else', async () => {
    const tooDear = await openSale({ unitPriceCents: 7901 });
    expect(tooDear.status).toBe(422);
    expect(tooDear.body).toMatchObject({ unitPriceCents: 7901, lowestTierPriceCents: 7900 });
    expect((await openSale({ endsAt: '2020-01-01T00:00:00Z' })).status).toBe(422);
    expect((await openSale({ quantity: 601 })).status).toBe(422);
    expect((await openSale({}, await tokenFor('producer', randomUUID()))).status).toBe(403);
    expect((await openSale({}, await tokenFor('county_official', '513432'))).status).toBe(403);
    expect((await openSale({}, buyers.behind.token)).status).toBe(403);
    expect(await stock()).toMatchObject({ available: 600, heldForEmergencySales: 0 });
  });

  it('opens a glut sale, matches the canteen furthest behind first, offers it, sells out at the sale price and counts the relief', async () => {
    const before = (await orders.call({ method: 'GET', url: '/v1/relief/summary' })).body as ReliefSummary;
    const progressBefore = (
      await orders.call({
        method: 'GET',
        url: `/v1/relief/buyers/${buyers.behind.id}`,
        token: buyers.behind.token,
      })
    ).body as BuyerReliefProgress;
    expect(progressBefore.onPace).toBe(false);
    expect(progressBefore.behindPaceCents).toBe(progressBefore.paceCents! - progressBefore.spentCents);

    const opened = await openSale({});
    expect(opened.status).toBe(201);
    const saleId = String(opened.body.id);
    expect(opened.body).toMatchObject({ status: 'open', quantity: 150, heldQuantity: 150, soldQuantity: 0 });
    // Set aside first expiry first: the whole lot that expires in 20 days, then 50 of the other.
    const held = await stock();
    expect(held).toMatchObject({ available: 450, heldForEmergencySales: 150 });
    expect(held.lots.map((lot) => [lot.expiresOn, lot.held])).toEqual([
      [day(20), 100],
      [day(300), 50],
    ]);

    const matches = await waitFor(
      async () => {
        const answer = await catalog.call({
          method: 'GET',
          url: '/v1/emergency-sales',
          token: buyers.behind.token,
        });
        if (!(answer.body.items as EmergencySaleView[]).some((item) => item.id === saleId)) return undefined;
        const listed = await orders.call({
          method: 'GET',
          url: `/v1/emergency-sales/${saleId}/matches`,
          token: producerToken,
        });
        return listed.status === 200 ? listed.body : undefined;
      },
      { what: 'orders to learn of the sale' },
    );
    expect(matches.items.map((match: { buyerId: string }) => match.buyerId)).toEqual([
      buyers.behind.id,
      buyers.pairedLess.id,
      buyers.unpaired.id,
    ]);
    expect(matches.items[0]).toMatchObject({ paired: true, remainingPledgeCents: 30_000_000 });
    expect(matches.items[1]).toMatchObject({ paired: true });
    expect(matches.items[2]).toMatchObject({ paired: false });
    expect(matches.items[1].behindPaceCents).toBe(matches.items[2].behindPaceCents);

    const sent = await offers.waitForCount(3);
    expect(
      offers
        .envelopes()
        .filter((envelope) => envelope.subject === saleId)
        .map((envelope) => [envelope.type, envelope.data.buyerId, envelope.data.rank]),
    ).toEqual([
      ['orders.emergencySale.offered.v1', buyers.behind.id, 1],
      ['orders.emergencySale.offered.v1', buyers.pairedLess.id, 2],
      ['orders.emergencySale.offered.v1', buyers.unpaired.id, 3],
    ]);
    expect(sent).toHaveLength(3);
    const offered = await orders.call({
      method: 'GET',
      url: '/v1/emergency-offers',
      token: buyers.behind.token,
    });
    expect(offered.body.items).toEqual([
      expect.objectContaining({ saleId, productId: teaId, unitPriceCents: 6500, rank: 1, countyCode }),
    ]);
    expect(
      (await orders.call({ method: 'GET', url: '/v1/emergency-offers', token: buyers.noPledge.token })).body
        .items,
    ).toEqual([]);

    const placed = await orders.call({
      method: 'POST',
      url: '/v1/orders',
      token: buyers.behind.token,
      headers: { 'idempotency-key': randomUUID() },
      body: {
        lines: [{ productId: teaId, quantity: 150, emergencySaleId: saleId }],
        deliveryAddress: 'Fucheng No. 1 Middle School canteen, 12 Changhong Ave, Mianyang',
        requestedDeliveryDate: day(5),
      },
    });
    expect(placed.status).toBe(201);
    expect(placed.body.lines).toEqual([
      expect.objectContaining({ unitPriceCents: 6500, lineTotalCents: 975_000, emergencySaleId: saleId }),
    ]);
    const orderId = String(placed.body.id);
    await orderOnceItIs(orderId, 'CONFIRMED', buyers.behind.token);

    expect(await sale(saleId)).toMatchObject({
      status: 'closed',
      closedBy: 'sold_out',
      soldQuantity: 150,
      unsoldQuantity: 0,
      heldQuantity: 0,
    });
    expect(await stock()).toMatchObject({ available: 450, reserved: 150, heldForEmergencySales: 0 });
    await waitFor(
      async () =>
        (
          await orders.db.query(`SELECT 1 FROM catalog_emergency_sales WHERE id = $1 AND status = 'closed'`, [
            saleId,
          ])
        ).length === 1,
      { what: 'orders to learn the sale closed' },
    );
    expect(
      (await orders.call({ method: 'GET', url: '/v1/emergency-offers', token: buyers.behind.token })).body
        .items,
    ).toEqual([]);

    const shipment = { shipmentId: randomUUID(), orderId, producerId };
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
    await orderOnceItIs(orderId, 'DELIVERED', buyers.behind.token);
    const accepted = await orders.call({
      method: 'POST',
      url: `/v1/orders/${orderId}/accept`,
      token: buyers.behind.token,
    });
    expect(accepted.body).toMatchObject({ status: 'COMPLETED' });

    const after = (await orders.call({ method: 'GET', url: '/v1/relief/summary' })).body as ReliefSummary;
    expect(after.totalCents - before.totalCents).toBe(975_000);
    expect(after.emergencySalesCents - before.emergencySalesCents).toBe(975_000);
    const [entry] = await orders.db.query<{ emergency_sale_id: string; amount_cents: number }>(
      `SELECT emergency_sale_id, amount_cents FROM relief_entries WHERE order_id = $1`,
      [orderId],
    );
    expect(entry).toEqual({ emergency_sale_id: saleId, amount_cents: 975_000 });
    const progressAfter = (
      await orders.call({
        method: 'GET',
        url: `/v1/relief/buyers/${buyers.behind.id}`,
        token: buyers.behind.token,
      })
    ).body as BuyerReliefProgress;
    expect(progressAfter.spentCents - progressBefore.spentCents).toBe(975_000);
    expect(progressAfter.remainingCents).toBe(progressBefore.remainingCents! - 975_000);

    const again = await catalog.call({
      method: 'POST',
      url: `/v1/emergency-sales/${saleId}/close`,
      token: producerToken,
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ saleId });
  });

  it('shows matches only to the sale’s producer, its county official and administrators', async () => {
    const opened = await openSale({ quantity: 10 });
    const saleId = String(opened.body.id);
    await waitFor(
      async () =>
        (await orders.db.query(`SELECT 1 FROM catalog_emergency_sales WHERE id = $1`, [saleId])).length === 1,
      { what: 'orders to learn of the sale' },
    );
    const matchesAs = async (token: string) =>
      (await orders.call({ method: 'GET', url: `/v1/emergency-sales/${saleId}/matches`, token })).status;
    expect(await matchesAs(admin)).toBe(200);
    expect(await matchesAs(await tokenFor('county_official', countyCode))).toBe(200);
    expect(await matchesAs(await tokenFor('county_official', '513432'))).toBe(404);
    expect(await matchesAs(await tokenFor('producer', randomUUID()))).toBe(404);
    expect(await matchesAs(buyers.behind.token)).toBe(403);

    const closed = await catalog.call({
      method: 'POST',
      url: `/v1/emergency-sales/${saleId}/close`,
      token: admin,
    });
    expect(closed.body).toMatchObject({
      status: 'closed',
      closedBy: 'hand',
      soldQuantity: 0,
      unsoldQuantity: 10,
    });
    expect(await stock()).toMatchObject({ heldForEmergencySales: 0, available: 450 });
  });
});
