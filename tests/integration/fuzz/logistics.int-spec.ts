import {
  LotRecalled,
  OrderCancelled,
  OrderConfirmed,
  OrderRejected,
  ProducerRegistered,
  TelemetryReadingsRecorded,
} from '@hb/contracts';
import { type ShipmentPage, logisticsService } from '../../../apps/logistics/src';
import { gtin13 } from '../../support/catalog-factories';
import { fuzzService } from '../../support/fuzz-suite';
import { tokenFor } from '../../support/http';
import {
  confirmedLine,
  custodyMove,
  hoursAgo,
  MINUTE_MS,
  orderConfirmed,
  readingsFrom,
  steady,
} from '../../support/logistics-fixtures';
import { randomUUID } from 'node:crypto';

fuzzService('logistics', logisticsService, async (svc, events) => {
  const admin = await tokenFor('admin', 'harvest-ops');
  const operator = await tokenFor('operator', 'fuzz-coldlink');
  const shipmentsOf = async (orderId: string): Promise<string[]> => {
    await svc.caughtUp('orders.order.v1');
    const answer = await svc.call({ method: 'GET', url: `/v1/shipments?orderId=${orderId}`, token: admin });
    return (answer.body as ShipmentPage).items.map((shipment) => shipment.id);
  };
  const confirm = async () => {
    const order = orderConfirmed([confirmedLine(randomUUID(), 'chilled_meat')]);
    await events.publish(OrderConfirmed, order);
    return (await shipmentsOf(order.orderId))[0];
  };
  // One shipment held by the fuzzing operator (moves, readings), one waiting to be claimed.
  const held = await confirm();
  const unclaimed = await confirm();
  expect(
    (await svc.call({ method: 'POST', url: `/v1/shipments/${held}/claim`, token: operator })).status,
  ).toBe(200);

  /** Readings at a random past hour, so that a known-good batch is new each time. */
  const pastReadings = () =>
    readingsFrom(
      hoursAgo(2 + Math.floor(Math.random() * 24 * 30)) + Math.floor(Math.random() * 60) * MINUTE_MS,
      steady(3, 2.5),
    );
  return {
    http: {
      tokens: { operator, admin },
      known: {
        path: { id: [held, unclaimed] },
        requests: {
          'POST /v1/shipments/{id}/readings': () => ({ readings: pastReadings() }),
          'POST /v1/shipments/{id}/events': () => custodyMove('picked_up', Date.now() - MINUTE_MS),
        },
      },
      async stillServes() {
        expect(
          (await svc.call({ method: 'GET', url: `/v1/shipments/${held}`, token: operator })).status,
        ).toBe(200);
        const posted = await svc.call({
          method: 'POST',
          url: `/v1/shipments/${held}/readings`,
          token: operator,
          body: { readings: pastReadings() },
        });
        expect(posted.status).toBe(200);
      },
    },
    events: {
      [OrderConfirmed.type]: () =>
        orderConfirmed([
          confirmedLine(randomUUID(), 'tea', {
            gtin: `0${gtin13()}`,
            lots: [
              { lotId: randomUUID(), quantity: 200, harvestedOn: '2026-11-20', expiresOn: '2027-11-19' },
            ],
          }),
        ]),
      [OrderCancelled.type]: () => ({ orderId: randomUUID(), reason: 'buyer changed its mind' }),
      [OrderRejected.type]: () => ({
        orderId: randomUUID(),
        buyerId: randomUUID(),
        reasons: [{ productId: randomUUID(), reason: 'recalled', requested: 10 }],
      }),
      [LotRecalled.type]: () => ({
        lotId: randomUUID(),
        productId: randomUUID(),
        producerId: randomUUID(),
        countyCode: '513431',
        gtin: `0${gtin13()}`,
        harvestedOn: '2026-11-20',
        expiresOn: '2027-11-19',
        class: 'II',
        reason: 'pesticide residue above the limit',
        blockedQuantity: 40,
        releasedOrders: 0,
        recalledAt: new Date().toISOString(),
      }),
      [TelemetryReadingsRecorded.type]: () => ({ shipmentId: held, readings: pastReadings() }),
      [ProducerRegistered.type]: () => ({
        id: randomUUID(),
        name: 'Zhaojue Buckwheat Cooperative',
        kind: 'cooperative',
        countyCode: '513431',
        countyPovertyStatus: 'deep',
        creditCode: '93513431MA6ABCDE1X',
        povertyHouseholds: 120,
      }),
    },
  };
});
