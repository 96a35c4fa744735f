import { randomUUID } from 'node:crypto';
import {
  CountyRegistered,
  CountyUpdated,
  EmergencySaleClosed,
  EmergencySaleOpened,
  LotRecalled,
  PairingRegistered,
  PairingUpdated,
  ProductDelisted,
  ProductListed,
  ProductRegistered,
  ProductUpdated,
  ShipmentCancelled,
  ShipmentCreated,
  ShipmentDelivered,
  ShipmentPickedUp,
  StockReleased,
  StockReservationRejected,
  StockReserved,
} from '@hb/contracts';
import { ordersService } from '../../../apps/orders/src';
import { day, gtin13 } from '../../support/catalog-factories';
import { fuzzService } from '../../support/fuzz-suite';
import { tokenFor } from '../../support/http';
import { countySnapshot, productSnapshot } from '../../support/orders-fixtures';
import { waitFor } from '../../support/wait';

const countyCode = () => String(100000 + Math.floor(Math.random() * 899999));

fuzzService(
  'orders',
  ordersService,
  async (svc, events) => {
    const admin = await tokenFor('admin', 'harvest-ops');
    const county = countySnapshot();
    const tea = productSnapshot({ countyCode: county.code });
    const goat = productSnapshot({ countyCode: county.code, category: 'chilled_meat', minOrderQuantity: 1 });
    await events.publish(CountyRegistered, county);
    await events.publish(ProductListed, tea);
    await events.publish(ProductListed, goat);
    await svc.caughtUp('catalog.county.v1', 'catalog.product.v1');

    const buyer = await svc.call({
      method: 'POST',
      url: '/v1/buyers',
      token: admin,
      body: {
        name: 'Fuzz Municipal Canteen',
        kind: 'budget_unit',
        regionCode: '510703',
        annualFoodBudgetCents: 100_000_000,
        pledgedSharePercent: 15,
      },
    });
    expect(buyer.status).toBe(201);
    const buyerToken = await tokenFor('buyer', buyer.body.id as string);
    const place = async () => {
      const placed = await svc.call({
        method: 'POST',
        url: '/v1/orders',
        token: buyerToken,
        headers: { 'idempotency-key': randomUUID() },
        body: {
          lines: [{ productId: tea.id, quantity: 120 }],
          deliveryAddress: '1 Jiannan Road, Mianyang',
          requestedDeliveryDate: day(7),
        },
      });
      expect(placed.status).toBe(201);
      return placed.body.id as string;
    };
    const statusOf = async (id: string) =>
      (await svc.call({ method: 'GET', url: `/v1/orders/${id}`, token: buyerToken })).body.status as string;

    const placedOrder = await place();
    // A delivered order, for acceptance.
    const deliveredOrder = await place();
    await events.publish(StockReserved, {
      orderId: deliveredOrder,
      lines: [
        {
          productId: tea.id,
          quantity: 120,
          lots: [{ lotId: randomUUID(), quantity: 120, expiresOn: day(90) }],
        },
      ],
    });
    await waitFor(async () => (await statusOf(deliveredOrder)) === 'CONFIRMED', { what: 'confirmation' });
    const shipment = { shipmentId: randomUUID(), orderId: deliveredOrder, producerId: tea.producerId };
    await events.publish(ShipmentCreated, shipment);
    await events.publish(ShipmentPickedUp, { ...shipment, at: new Date().toISOString() });
    await events.publish(ShipmentDelivered, {
      ...shipment,
      at: new Date().toISOString(),
      coldChainVerdict: 'ok',
      figures: {
        minC: 1,
        maxC: 4,
        minutesOutOfRange: 0,
        longestExcursionMinutes: 0,
        mktC: 3.2,
        readings: 20,
      },
    });
    await waitFor(async () => (await statusOf(deliveredOrder)) === 'DELIVERED', { what: 'delivery' });

    const opened = () => ({
      saleId: randomUUID(),
      productId: tea.id,
      producerId: tea.producerId,
      countyCode: county.code,
      category: 'tea' as const,
      quantity: 100,
      unitPriceCents: 6000,
      reason: 'glut' as const,
      endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      note: null,
      openedAt: new Date().toISOString(),
    });
    const sale = opened();
    await events.publish(EmergencySaleOpened, sale);
    await waitFor(
      async () =>
        (await svc.db.query(`SELECT 1 FROM catalog_emergency_sales WHERE id = $1`, [sale.saleId])).length ===
        1,
      { what: 'orders to learn of the emergency sale' },
    );
    const standingOrder = () => ({
      lines: [{ productId: tea.id, quantity: 120 }],
      every: 'week',
      dayOfWeek: 1,
      startsOn: day(30),
      deliveryAddress: '1 Jiannan Road, Mianyang',
    });
    const standing = await svc.call({
      method: 'POST',
      url: '/v1/standing-orders',
      token: buyerToken,
      body: standingOrder(),
    });
    expect(standing.status).toBe(201);
    const producerToken = await tokenFor('producer', tea.producerId);
    const rfqRequest = () => ({
      category: 'tea',
      quantity: 500,
      needBy: day(20),
      povertyCountiesOnly: false,
      note: 'Tea for the staff canteen',
      deliveryAddress: '1 Jiannan Road, Mianyang',
    });
    const quoteRequest = () => ({
      productId: tea.id,
      unitPriceCents: 7000,
      quantity: 500,
      validUntil: day(10),
    });
    const rfq = await svc.call({ method: 'POST', url: '/v1/rfqs', token: buyerToken, body: rfqRequest() });
    expect(rfq.status).toBe(201);
    const quote = await svc.call({
      method: 'POST',
      url: `/v1/rfqs/${rfq.body.id as string}/quotes`,
      token: producerToken,
      body: quoteRequest(),
    });
    expect(quote.status).toBe(201);
    const fairRequest = () => ({
      name: 'Mianyang–Liangshan production–marketing docking fair',
      city: 'Mianyang',
      startsOn: day(10),
      endsOn: day(12),
      boothFeeCents: 300_000,
    });
    const intentRequest = () => ({
      productId: tea.id,
      quantity: 120,
      note: 'Weekly for the spring term',
      deliveryAddress: '1 Jiannan Road, Mianyang',
    });
    const fair = await svc.call({
      method: 'POST',
      url: '/v1/docking-events',
      token: admin,
      body: fairRequest(),
    });
    expect(fair.status).toBe(201);
    const fairId = fair.body.id as string;
    expect(
      (
        await svc.call({
          method: 'POST',
          url: `/v1/docking-events/${fairId}/exhibitors`,
          token: producerToken,
          body: {},
        })
      ).status,
    ).toBe(201);
    const intent = await svc.call({
      method: 'POST',
      url: `/v1/docking-events/${fairId}/intents`,
      token: buyerToken,
      body: intentRequest(),
    });
    expect(intent.status).toBe(201);

    const ref = () => ({ shipmentId: randomUUID(), orderId: randomUUID(), producerId: randomUUID() });
    const product = () => productSnapshot({ countyCode: county.code, gtin: `0${gtin13()}` });
    const newCounty = () => countySnapshot({ code: countyCode() });
    const pairing = () => ({
      id: randomUUID(),
      assistingRegionCode: '510700',
      assistingRegionName: 'Mianyang',
      assistedCountyCode: county.code,
      from: '2018-01-01',
      to: null,
      version: 1,
    });
    return {
      http: {
        tokens: {
          admin,
          buyer: buyerToken,
          producer: producerToken,
          county_official: await tokenFor('county_official', county.code),
        },
        known: {
          path: {
            id: [
              sale.saleId,
              placedOrder,
              deliveredOrder,
              buyer.body.id as string,
              standing.body.id as string,
              rfq.body.id as string,
              fairId,
              intent.body.id as string,
            ],
          },
          body: {
            productId: [tea.id, goat.id],
            emergencySaleId: [sale.saleId],
            quoteId: [quote.body.id as string],
            producerId: [tea.producerId],
          },
          requests: {
            'POST /v1/orders': () => ({
              lines: [{ productId: tea.id, quantity: 120 }],
              deliveryAddress: '1 Jiannan Road, Mianyang',
              requestedDeliveryDate: day(7),
            }),
            'POST /v1/orders/{id}/accept': () => ({ lines: [{ productId: tea.id, acceptedQuantity: 100 }] }),
            'POST /v1/standing-orders': standingOrder,
            'POST /v1/rfqs': rfqRequest,
            'POST /v1/rfqs/{id}/quotes': quoteRequest,
            'POST /v1/rfqs/{id}/award': () => ({ quoteId: quote.body.id as string }),
            'POST /v1/docking-events': fairRequest,
            'POST /v1/docking-events/{id}/exhibitors': () => ({ producerId: tea.producerId }),
            'POST /v1/docking-events/{id}/intents': intentRequest,
            'POST /v1/intents/{id}/order': () => ({ deliveryAddress: '1 Jiannan Road, Mianyang' }),
          },
        },
        async stillServes() {
          expect(await statusOf(placedOrder)).toMatch(/^(PLACED|CANCELLED)$/);
          await place();
        },
      },
      events: {
        [StockReserved.type]: () => ({ orderId: randomUUID(), lines: [] }),
        [StockReservationRejected.type]: () => ({
          orderId: randomUUID(),
          reasons: [{ productId: tea.id, reason: 'insufficient', requested: 120, available: 10 }],
        }),
        [ShipmentCreated.type]: ref,
        [ShipmentPickedUp.type]: () => ({ ...ref(), at: new Date().toISOString() }),
        [ShipmentDelivered.type]: () => ({
          ...ref(),
          at: new Date().toISOString(),
          coldChainVerdict: 'ok',
          figures: {
            minC: 1,
            maxC: 4,
            minutesOutOfRange: 0,
            longestExcursionMinutes: 0,
            mktC: 3.2,
            readings: 20,
          },
        }),
        [ShipmentCancelled.type]: ref,
        [StockReleased.type]: () => ({
          orderId: randomUUID(),
          lines: [{ productId: tea.id, quantity: 120 }],
          reason: 'recalled',
          lotId: randomUUID(),
        }),
        [LotRecalled.type]: () => ({
          lotId: randomUUID(),
          productId: tea.id,
          producerId: tea.producerId,
          countyCode: county.code,
          gtin: `0${gtin13()}`,
          harvestedOn: day(-10),
          expiresOn: day(90),
          class: 'I',
          reason: 'listeria found in the county inspection',
          blockedQuantity: 10,
          releasedOrders: 0,
          recalledAt: new Date().toISOString(),
        }),
        [ProductRegistered.type]: product,
        [ProductUpdated.type]: product,
        [ProductListed.type]: product,
        [ProductDelisted.type]: product,
        [CountyRegistered.type]: newCounty,
        [CountyUpdated.type]: () => ({ ...newCounty(), previousPovertyStatus: 'key' }),
        [PairingRegistered.type]: pairing,
        [PairingUpdated.type]: () => ({ ...pairing(), to: '2030-12-31', version: 2 }),
        [EmergencySaleOpened.type]: opened,
        [EmergencySaleClosed.type]: () => ({
          saleId: randomUUID(),
          productId: tea.id,
          soldQuantity: 40,
          unsoldQuantity: 60,
          closedBy: 'ended',
          closedAt: new Date().toISOString(),
        }),
      },
    };
  },
  // The fuzzer's placed orders stay placed: no reservation timeout cancels them meanwhile; and the
  // standing orders it creates are not placed behind its back, between two database fingerprints.
  { env: { ORDER_RESERVATION_TIMEOUT_MS: '3600000', ORDERS_STANDING_ORDER_SWEEP_MS: '86400000' } },
);
