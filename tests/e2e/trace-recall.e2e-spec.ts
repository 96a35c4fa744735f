import { randomUUID } from 'node:crypto';
import type { Consumer } from 'kafkajs';
import { CertificateIssued, RecallNotified, Topics } from '@hb/contracts';
import { catalogService } from '../../apps/catalog/src';
import { logisticsService } from '../../apps/logistics/src';
import { type OrderView, ordersService } from '../../apps/orders/src';
import { county, day, gtin13, producer, product } from '../support/catalog-factories';
import { epcisValidator } from '../support/epcis-schema';
import { EventPublisherForTests } from '../support/events';
import { tokenFor } from '../support/http';
import { uniquePrefix, type TopicReader } from '../support/kafka';
import { runService, type RunningService } from '../support/service-harness';
import { waitFor } from '../support/wait';

const MINUTE = 60_000;
/** 10 to 99 units of the product are priced at this tier (the next starts at 100). */
const UNIT_PRICE = 8800;

/** The orders service's Kafka consumer, to hold back what it reads as a lagging consumer would. */
function consumerOf(service: RunningService): Consumer {
  const [microservice] = service.app.getMicroservices() as unknown as {
    serverInstance: { consumer: Consumer };
  }[];
  return microservice.serverInstance.consumer;
}

/**
 * Two harvest lots of one product reach four orders of four buyers and their shipments; the first
 * lot is recalled. Catalog, orders and logistics run together on one Kafka namespace and are driven
 * only through their HTTP APIs, as producers, buyers, an operator and officials would.
 */
describe('trace and recall of a harvest lot across catalog, orders and logistics (real Kafka and PostgreSQL)', () => {
  let catalog: RunningService;
  let orders: RunningService;
  let logistics: RunningService;
  let upstream: EventPublisherForTests;
  let orderEvents: TopicReader;
  let admin: string;
  let operator: string;
  const validateEpcis = epcisValidator();

  const countyCode = { ours: '', other: '' };
  let producerId: string;
  let producerToken: string;
  let otherProducerToken: string;
  let officialOurs: string;
  let officialOther: string;
  let productId: string;
  /** The recalled lot's product has a GTIN (written as a GTIN-13); the other producer's product has none. */
  const gtin = gtin13();
  const digitalLink = (lotId: string) => `https://id.gs1.org/01/0${gtin}/10/${lotId}`;
  let otherProductId: string;
  let recalledLot: string;
  let keptLot: string;
  let otherLot: string;
  const buyers: { id: string; token: string }[] = [];
  const placed: Record<'delivered' | 'moving' | 'unconfirmed' | 'otherLot' | 'noGtin', OrderView> =
    {} as never;
  const shipmentOf: Record<string, string> = {};

  const place = async (buyer: number, quantity: number, ordered = productId): Promise<OrderView> => {
    const answer = await orders.call({
      method: 'POST',
      url: '/v1/orders',
      token: buyers[buyer].token,
      headers: { 'idempotency-key': randomUUID() },
      body: {
        lines: [{ productId: ordered, quantity }],
        deliveryAddress: `Canteen ${buyer + 1}, Mianyang`,
        requestedDeliveryDate: day(3),
      },
    });
    expect(answer.status).toBe(201);
    return answer.body as OrderView;
  };

  const orderOf = async (order: OrderView, buyer: number): Promise<OrderView> =>
    (await orders.call({ method: 'GET', url: `/v1/orders/${order.id}`, token: buyers[buyer].token }))
      .body as OrderView;

  const orderOnce = (order: OrderView, buyer: number, holds: (view: OrderView) => boolean, what: string) =>
    waitFor(
      async () => {
        const view = await orderOf(order, buyer);
        return holds(view) ? view : undefined;
      },
      { what: `order ${order.id} ${what}` },
    );

  const shipmentFor = (order: OrderView) =>
    waitFor(
      async () => {
        const page = await logistics.call({
          method: 'GET',
          url: `/v1/shipments?orderId=${order.id}`,
          token: admin,
        });
        return (page.body.items as { id: string }[])[0]?.id;
      },
      { what: `the shipment of order ${order.id}` },
    );

  const move = async (shipmentId: string, type: string, at: number) =>
    logistics.call({
      method: 'POST',
      url: `/v1/shipments/${shipmentId}/events`,
      token: operator,
      body: {
        type,
        at: new Date(at).toISOString(),
        location: type === 'delivered' ? 'Mianyang canteen gate' : 'G5 expressway, Xichang service area',
        handedOverBy: 'cooperative warehouse keeper',
        receivedBy: 'Liangshan Cold Chain driver',
      },
    });

  const drive = async (shipmentId: string, start: number, steps: [string, number][]) => {
    for (const [type, minute] of steps)
      expect((await move(shipmentId, type, start + minute * MINUTE)).status).toBe(201);
  };

  const recordReadings = async (shipmentId: string, start: number, minutes: number[]) => {
    const readings = minutes.map((minute) => ({
      deviceId: `LOGGER-${shipmentId.slice(0, 6)}`,
      recordedAt: new Date(start + minute * MINUTE).toISOString(),
      temperatureC: 14 + (minute % 3),
    }));
    const answer = await logistics.call({
      method: 'POST',
      url: `/v1/shipments/${shipmentId}/readings`,
      token: operator,
      body: { readings },
    });
    expect(answer.status).toBeLessThan(300);
  };

  const reliefTotal = async () =>
    (await orders.call({ method: 'GET', url: '/v1/relief/summary' })).body as {
      totalCents: number;
      reversedCents: number;
    };

  beforeAll(async () => {
    const prefix = uniquePrefix('trace');
    catalog = await runService(catalogService, 'e2e-trace-catalog', { prefix });
    orders = await runService(ordersService, 'e2e-trace-orders', { prefix });
    logistics = await runService(logisticsService, 'e2e-trace-logistics', { prefix });
    upstream = await EventPublisherForTests.start(prefix);
    orderEvents = await orders.read(Topics.order.name);
    admin = await tokenFor('admin', 'harvest-bridge-ops');
    operator = await tokenFor('operator', 'liangshan-cold-chain');

    for (const side of ['ours', 'other'] as const) {
      const registered = county();
      countyCode[side] = registered.code;
      expect(
        (await catalog.call({ method: 'POST', url: '/v1/counties', token: admin, body: registered })).status,
      ).toBe(201);
    }
    officialOurs = await tokenFor('county_official', countyCode.ours);
    officialOther = await tokenFor('county_official', countyCode.other);
    const onboard = async (code: string) => {
      const answer = await catalog.call({
        method: 'POST',
        url: '/v1/producers',
        token: admin,
        body: producer(code),
      });
      expect(answer.status).toBe(201);
      return String(answer.body.id);
    };
    producerId = await onboard(countyCode.ours);
    producerToken = await tokenFor('producer', producerId);
    const otherProducerId = await onboard(countyCode.other);
    otherProducerToken = await tokenFor('producer', otherProducerId);

    const listedProduct = async (token: string, overrides: Record<string, unknown> = {}) => {
      const created = await catalog.call({
        method: 'POST',
        url: '/v1/products',
        token,
        body: product(overrides),
      });
      expect(created.status).toBe(201);
      const id = String(created.body.id);
      expect((await catalog.call({ method: 'POST', url: `/v1/products/${id}/list`, token })).status).toBe(
        200,
      );
      return id;
    };
    const addLot = async (token: string, id: string, quantity: number, expiresIn: number) => {
      const lot = await catalog.call({
        method: 'POST',
        url: `/v1/products/${id}/lots`,
        token,
        body: { quantity, harvestedOn: day(-4), expiresOn: day(expiresIn) },
      });
      expect(lot.status).toBe(201);
      return String(lot.body.id);
    };
    productId = await listedProduct(producerToken, { gtin });
    // First expiry first out: the recalled lot is used up before the kept one is touched.
    recalledLot = await addLot(producerToken, productId, 100, 100);
    keptLot = await addLot(producerToken, productId, 500, 200);
    otherProductId = await listedProduct(otherProducerToken);
    otherLot = await addLot(otherProducerToken, otherProductId, 50, 100);

    await upstream.publish(CertificateIssued, {
      number: `PAP-2026-${randomUUID().slice(0, 6)}`,
      scheme: 'poverty_alleviation_product',
      holderId: producerId,
      productIds: [productId],
      issuedOn: day(-1),
      validUntil: day(364),
    });
    for (let index = 0; index < 4; index += 1) {
      const registered = await orders.call({
        method: 'POST',
        url: '/v1/buyers',
        token: admin,
        body: {
          name: `Canteen ${index + 1}`,
          kind: 'budget_unit',
          regionCode: '510703',
          annualFoodBudgetCents: 100_000_000,
          pledgedSharePercent: 15,
        },
      });
      expect(registered.status).toBe(201);
      const id = String(registered.body.id);
      buyers.push({ id, token: await tokenFor('buyer', id) });
    }
    await waitFor(
      async () =>
        (
          await orders.db.query(
            `SELECT 1 FROM catalog_products WHERE id = $1 AND status = 'listed' AND relief_eligible`,
            [productId],
          )
        ).length === 1,
      { what: 'orders to learn of the listed, relief-eligible product' },
    );
    await waitFor(
      async () =>
        (
          await orders.db.query(`SELECT 1 FROM catalog_products WHERE id = $1 AND status = 'listed'`, [
            otherProductId,
          ])
        ).length === 1,
      { what: 'orders to learn of the other listed product' },
    );

    // Buyer 1: 60 units, all from the first lot, delivered and accepted (counted as relief).
    placed.delivered = await place(0, 60);
    await orderOnce(placed.delivered, 0, (view) => view.status === 'CONFIRMED', 'to be confirmed');
    shipmentOf.delivered = await shipmentFor(placed.delivered);
    expect(
      (
        await logistics.call({
          method: 'POST',
          url: `/v1/shipments/${shipmentOf.delivered}/claim`,
          token: operator,
        })
      ).status,
    ).toBe(200);
    const firstTrip = Date.now() - 6 * 60 * MINUTE;
    await drive(shipmentOf.delivered, firstTrip, [
      ['picked_up', 0],
      ['in_transit', 10],
    ]);
    await recordReadings(shipmentOf.delivered, firstTrip, [20, 50, 80, 110, 140]);
    await drive(shipmentOf.delivered, firstTrip, [
      ['out_for_delivery', 150],
      ['delivered', 170],
    ]);
    await orderOnce(placed.delivered, 0, (view) => view.status === 'DELIVERED', 'to be delivered');
    const accepted = await orders.call({
      method: 'POST',
      url: `/v1/orders/${placed.delivered.id}/accept`,
      token: buyers[0].token,
    });
    expect(accepted.body).toMatchObject({ status: 'COMPLETED' });

    // Buyer 2: 35 units of the first lot, on the road.
    placed.moving = await place(1, 35);
    await orderOnce(placed.moving, 1, (view) => view.status === 'CONFIRMED', 'to be confirmed');
    shipmentOf.moving = await shipmentFor(placed.moving);
    expect(
      (
        await logistics.call({
          method: 'POST',
          url: `/v1/shipments/${shipmentOf.moving}/claim`,
          token: operator,
        })
      ).status,
    ).toBe(200);
    await drive(shipmentOf.moving, Date.now() - 60 * MINUTE, [
      ['picked_up', 0],
      ['in_transit', 10],
    ]);

    // Buyer 4 also takes 10 units of the other producer's product, which has no GTIN.
    placed.noGtin = await place(3, 10, otherProductId);
    await orderOnce(placed.noGtin, 3, (view) => view.status === 'CONFIRMED', 'to be confirmed');

    // Orders falls behind on catalog's stock answers: buyer 3's order takes the first lot's last 5
    // units and 15 of the second, buyer 4's order 40 of the second lot, neither confirmed when the recall comes.
    const ordersConsumer = consumerOf(orders);
    ordersConsumer.pause([{ topic: orders.topic(Topics.stock.name) }]);
    placed.unconfirmed = await place(2, 20);
    placed.otherLot = await place(3, 40);
    await waitFor(
      async () => {
        const trace = await catalog.call({
          method: 'GET',
          url: `/v1/lots/${keptLot}/trace`,
          token: producerToken,
        });
        return (trace.body.reservations as { orderId: string }[]).some(
          (r) => r.orderId === placed.otherLot.id,
        );
      },
      { what: 'catalog to reserve both late orders' },
    );
    await waitFor(
      async () => {
        const trace = await catalog.call({
          method: 'GET',
          url: `/v1/lots/${recalledLot}/trace`,
          token: producerToken,
        });
        const statuses = Object.fromEntries(
          (trace.body.reservations as { orderId: string; status: string }[]).map((r) => [
            r.orderId,
            r.status,
          ]),
        );
        return statuses[placed.delivered.id] === 'committed' && statuses[placed.moving.id] === 'confirmed';
      },
      { what: 'catalog to see the first order completed and the second confirmed' },
    );
    expect((await orderOf(placed.unconfirmed, 2)).status).toBe('PLACED');
  }, 180_000);

  afterAll(async () => {
    await upstream?.stop();
    await logistics?.stop();
    await orders?.stop();
    await catalog?.stop();
  });

  it('traces the lots into order lines, shipments and the catalog’s reservations, for the lot’s parties only', async () => {
    const moving = await orderOf(placed.moving, 1);
    expect(moving.lines[0].lots).toEqual([
      { lotId: recalledLot, quantity: 35, harvestedOn: day(-4), expiresOn: day(100) },
    ]);
    const shipment = await logistics.call({
      method: 'GET',
      url: `/v1/shipments/${shipmentOf.moving}`,
      token: buyers[1].token,
    });
    expect(shipment.body.lots).toEqual([
      {
        lotId: recalledLot,
        productId,
        quantity: 35,
        harvestedOn: day(-4),
        expiresOn: day(100),
        gtin: `0${gtin}`,
      },
    ]);
    const byLot = await logistics.call({
      method: 'GET',
      url: `/v1/shipments?lotId=${recalledLot}`,
      token: producerToken,
    });
    expect((byLot.body.items as { id: string }[]).map((s) => s.id)).toEqual([
      shipmentOf.delivered,
      shipmentOf.moving,
    ]);
    const ordersByLot = await orders.call({
      method: 'GET',
      url: `/v1/orders?lotId=${recalledLot}`,
      token: buyers[0].token,
    });
    expect((ordersByLot.body.items as OrderView[]).map((o) => o.id)).toEqual([placed.delivered.id]);

    const trace = await catalog.call({
      method: 'GET',
      url: `/v1/lots/${recalledLot}/trace`,
      token: officialOurs,
    });
    expect(trace.status).toBe(200);
    expect(trace.body.reservations).toEqual([
      { orderId: placed.delivered.id, buyerId: buyers[0].id, quantity: 60, status: 'committed' },
      { orderId: placed.moving.id, buyerId: buyers[1].id, quantity: 35, status: 'confirmed' },
      { orderId: placed.unconfirmed.id, buyerId: buyers[2].id, quantity: 5, status: 'reserved' },
    ]);
    // Another county's official, another producer: as if the lot did not exist; a buyer: not its role.
    expect(
      (await catalog.call({ method: 'GET', url: `/v1/lots/${recalledLot}/trace`, token: officialOther }))
        .status,
    ).toBe(404);
    expect(
      (await catalog.call({ method: 'GET', url: `/v1/lots/${recalledLot}/trace`, token: otherProducerToken }))
        .status,
    ).toBe(404);
    expect(
      (await catalog.call({ method: 'GET', url: `/v1/lots/${otherLot}/trace`, token: producerToken })).status,
    ).toBe(404);
    expect(
      (await catalog.call({ method: 'GET', url: `/v1/lots/${recalledLot}/trace`, token: buyers[0].token }))
        .status,
    ).toBe(403);
    const otherBuyersShipments = await logistics.call({
      method: 'GET',
      url: `/v1/shipments?lotId=${recalledLot}`,
      token: otherProducerToken,
    });
    expect(otherBuyersShipments.body.items).toEqual([]);
  });

  it('validates the EPCIS document of a delivered shipment against GS1’s schema, for who may read the shipment', async () => {
    const answer = await logistics.call({
      method: 'GET',
      url: `/v1/shipments/${shipmentOf.delivered}/epcis`,
      token: buyers[0].token,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(validateEpcis(answer.body)).toEqual([]);
    const events = answer.body.epcisBody.eventList as Record<string, any>[];
    expect(events.map((e) => e.bizStep)).toEqual(['shipping', 'departing', 'departing', 'receiving']);
    // The product has a GTIN: its lot is named by a GS1 Digital Link URI, the GTIN in its 14-digit form.
    for (const event of events) {
      expect(event.quantityList).toEqual([{ epcClass: digitalLink(recalledLot), quantity: 60 }]);
    }
    expect(events[0].bizTransactionList).toEqual([
      { type: 'po', bizTransaction: `urn:harvestbridge:order:${placed.delivered.id}` },
    ]);
    expect(events[2].sensorElementList.length).toBeGreaterThan(0);
    expect(events[2].sensorElementList[0].sensorReport[0]).toMatchObject({
      type: 'gs1:Temperature',
      uom: 'CEL',
    });
    expect(
      (
        await logistics.call({
          method: 'GET',
          url: `/v1/shipments/${shipmentOf.delivered}/epcis`,
          token: buyers[1].token,
        })
      ).status,
    ).toBe(404);
  });

  it('recalls the first lot: rejects the unconfirmed order, marks and refunds the others, notifies only their buyers, leaves the other lot’s order alone', async () => {
    const before = await reliefTotal();
    expect(before.totalCents).toBe(60 * UNIT_PRICE);

    expect(
      (
        await catalog.call({
          method: 'POST',
          url: `/v1/lots/${recalledLot}/recall`,
          token: otherProducerToken,
          body: { reason: 'residue', class: 'II' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await catalog.call({
          method: 'POST',
          url: `/v1/lots/${recalledLot}/recall`,
          token: officialOurs,
          body: { reason: 'residue', class: 'II' },
        })
      ).status,
    ).toBe(403);
    const reason = 'Pesticide residue above the GB 2763 limit in the county inspection';
    const recall = await catalog.call({
      method: 'POST',
      url: `/v1/lots/${recalledLot}/recall`,
      token: producerToken,
      body: { reason, class: 'II' },
    });
    expect(recall.status).toBe(200);
    expect(recall.body.releasedOrderIds).toEqual([placed.unconfirmed.id]);
    // 60 sold, 30 held by the confirmed order on the road; the unconfirmed order's 10 are blocked.
    expect(recall.body.lot).toMatchObject({
      committed: 60,
      reserved: 35,
      blocked: 5,
      recall: { class: 'II', reason },
    });
    expect(
      (
        await catalog.call({
          method: 'POST',
          url: `/v1/lots/${recalledLot}/recall`,
          token: producerToken,
          body: { reason, class: 'I' },
        })
      ).status,
    ).toBe(409);

    consumerOf(orders).resume([{ topic: orders.topic(Topics.stock.name) }]);

    const rejected = await orderOnce(
      placed.unconfirmed,
      2,
      (view) => view.status === 'REJECTED' && view.recall !== null,
      'to be rejected by the recall',
    );
    expect(rejected.rejectionReasons).toEqual([{ productId, reason: 'recalled', requested: 20 }]);
    expect(rejected.recall).toMatchObject({ lotId: recalledLot, class: 'II', reason });

    const delivered = await orderOnce(placed.delivered, 0, (view) => view.recall !== null, 'to be marked');
    expect(delivered).toMatchObject({ status: 'COMPLETED', refundCents: 60 * UNIT_PRICE });
    const moving = await orderOnce(placed.moving, 1, (view) => view.recall !== null, 'to be marked');
    expect(moving.status).toBe('IN_TRANSIT');
    expect(moving.lines[0].recalledQuantity).toBe(35);

    // The rejected order's units of the kept lot went back on sale; the recalled lot's stay blocked.
    const keptTrace = await catalog.call({
      method: 'GET',
      url: `/v1/lots/${keptLot}/trace`,
      token: producerToken,
    });
    expect(keptTrace.body.lot).toMatchObject({ reserved: 40, blocked: 0, recall: null });
    expect(keptTrace.body.reservations).toEqual([
      { orderId: placed.unconfirmed.id, buyerId: buyers[2].id, quantity: 15, status: 'released' },
      {
        orderId: placed.otherLot.id,
        buyerId: buyers[3].id,
        quantity: 40,
        status: expect.stringMatching(/reserved|confirmed/),
      },
    ]);

    const untouched = await orderOnce(
      placed.otherLot,
      3,
      (view) => view.status === 'CONFIRMED',
      'to be confirmed',
    );
    expect(untouched.recall).toBeNull();
    expect(untouched.lines[0].lots).toEqual([expect.objectContaining({ lotId: keptLot, quantity: 40 })]);

    const recalledShipment = await waitFor(
      async () => {
        const view = await logistics.call({
          method: 'GET',
          url: `/v1/shipments/${shipmentOf.moving}`,
          token: operator,
        });
        return view.body.recalled === true ? view.body : undefined;
      },
      { what: 'logistics to mark the moving shipment recalled' },
    );
    expect(recalledShipment.status).toBe('in_transit');
    const deliveredShipment = await logistics.call({
      method: 'GET',
      url: `/v1/shipments/${shipmentOf.delivered}`,
      token: operator,
    });
    expect(deliveredShipment.body.recalled).toBe(false);

    const notices = await waitFor(
      () => {
        const found = orderEvents.envelopes().filter((e) => e.type === RecallNotified.type);
        return found.length >= 3 ? found : undefined;
      },
      { what: 'a recall notice for each of the three buyers' },
    );
    await orders.caughtUp(Topics.lot.name, Topics.stock.name);
    const notified = orderEvents.envelopes().filter((e) => e.type === RecallNotified.type);
    expect(notified.map((e) => e.data.buyerId).sort()).toEqual(
      [buyers[0].id, buyers[1].id, buyers[2].id].sort(),
    );
    expect(notices.every((e) => e.data.lotId === recalledLot)).toBe(true);

    const listed = await orders.call({ method: 'GET', url: '/v1/recalls', token: buyers[0].token });
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        orderId: placed.delivered.id,
        lotId: recalledLot,
        class: 'II',
        quantity: 60,
        orderStatusWhenFound: 'COMPLETED',
        refusedQuantity: 60,
        refundCents: 60 * UNIT_PRICE,
        reversedCents: 60 * UNIT_PRICE,
      }),
    ]);
    expect(
      (await orders.call({ method: 'GET', url: '/v1/recalls', token: buyers[3].token })).body.items,
    ).toEqual([]);

    const afterRecall = await reliefTotal();
    expect(afterRecall.totalCents).toBe(before.totalCents - 60 * UNIT_PRICE);
    expect(afterRecall.reversedCents).toBe(before.reversedCents + 60 * UNIT_PRICE);
  });

  it('lets the operator hold the recalled shipment, not another; what the recalled lot brought is refused at settlement', async () => {
    const untouchedShipment = await shipmentFor(placed.otherLot);
    expect(
      (
        await logistics.call({
          method: 'POST',
          url: `/v1/shipments/${untouchedShipment}/claim`,
          token: operator,
        })
      ).status,
    ).toBe(200);
    expect((await move(untouchedShipment, 'picked_up', Date.now() - 30 * MINUTE)).status).toBe(201);
    expect((await move(untouchedShipment, 'held', Date.now() - 20 * MINUTE)).status).toBe(409);

    const start = Date.now() - 50 * MINUTE;
    await drive(shipmentOf.moving, start, [
      ['held', 0],
      ['in_transit', 10],
    ]);
    await recordReadings(shipmentOf.moving, start, [15, 20, 25]);
    await drive(shipmentOf.moving, start, [
      ['out_for_delivery', 30],
      ['delivered', 40],
    ]);
    await orderOnce(placed.moving, 1, (view) => view.status === 'DELIVERED', 'to be delivered');
    const before = await reliefTotal();

    const tooMuch = await orders.call({
      method: 'POST',
      url: `/v1/orders/${placed.moving.id}/accept`,
      token: buyers[1].token,
      body: { lines: [{ productId, acceptedQuantity: 35 }] },
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body).toMatchObject({ acceptableQuantity: 0, recalledQuantity: 35 });

    const settled = await orders.call({
      method: 'POST',
      url: `/v1/orders/${placed.moving.id}/accept`,
      token: buyers[1].token,
    });
    expect(settled.body).toMatchObject({ status: 'DISPUTED', refundCents: 35 * UNIT_PRICE });
    expect(settled.body.lines[0]).toMatchObject({ acceptedQuantity: 0, recalledQuantity: 35 });
    // Without the recall the 35 units would have counted; refused, they never do.
    expect((await reliefTotal()).totalCents).toBe(before.totalCents + 35 * UNIT_PRICE - 35 * UNIT_PRICE);
  });

  it('tells the recalled lot’s whole story as an EPCIS document valid against GS1’s schema, for its parties only', async () => {
    const answer = await logistics.call({
      method: 'GET',
      url: `/v1/lots/${recalledLot}/epcis`,
      token: officialOurs,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(validateEpcis(answer.body)).toEqual([]);
    const events = answer.body.epcisBody.eventList as Record<string, any>[];
    expect(events[0]).toMatchObject({ bizStep: 'commissioning', action: 'ADD' });
    expect(events.filter((e) => e.bizStep === 'holding').map((e) => e.disposition)).toEqual([
      'recalled',
      'recalled',
    ]);
    expect(events.filter((e) => e.bizStep === 'receiving')).toHaveLength(2);
    expect(
      new Set(events.flatMap((e) => (e.quantityList as { epcClass: string }[]).map((q) => q.epcClass))),
    ).toEqual(new Set([digitalLink(recalledLot)]));
    expect(
      (
        await logistics.call({
          method: 'GET',
          url: `/v1/lots/${recalledLot}/epcis`,
          token: otherProducerToken,
        })
      ).status,
    ).toBe(404);
    expect(
      (await logistics.call({ method: 'GET', url: `/v1/lots/${recalledLot}/epcis`, token: officialOther }))
        .status,
    ).toBe(404);
    expect(
      (await logistics.call({ method: 'GET', url: `/v1/lots/${recalledLot}/epcis`, token: producerToken }))
        .status,
    ).toBe(200);
  });

  it('names the lot of a product without a GTIN by the project’s URN, in a document just as valid', async () => {
    const shipment = await logistics.call({
      method: 'GET',
      url: `/v1/shipments/${await shipmentFor(placed.noGtin)}`,
      token: buyers[3].token,
    });
    expect(shipment.body.lots).toEqual([
      expect.objectContaining({ lotId: otherLot, productId: otherProductId, quantity: 10, gtin: null }),
    ]);
    const answer = await logistics.call({
      method: 'GET',
      url: `/v1/lots/${otherLot}/epcis`,
      token: otherProducerToken,
    });
    expect(answer.status).toBe(200);
    expect(validateEpcis(answer.body)).toEqual([]);
    const events = answer.body.epcisBody.eventList as Record<string, any>[];
    expect(events.map((e) => e.bizStep)).toEqual(['commissioning']);
    expect(events[0].quantityList).toEqual([
      { epcClass: `urn:harvestbridge:class:lot:${otherProductId}:${otherLot}` },
    ]);
  });
});
