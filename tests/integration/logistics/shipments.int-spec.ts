import { randomUUID } from 'node:crypto';
import { OrderCancelled, OrderConfirmed, type ConfirmedLine, type OrderConfirmedData } from '@hb/contracts';
import { type ShipmentPage, type ShipmentView, logisticsService } from '../../../apps/logistics/src';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import {
  confirmedLine,
  custodyMove,
  hoursAgo,
  MINUTE_MS,
  orderConfirmed,
  readingsFrom,
  steady,
} from '../../support/logistics-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

describe('logistics: shipments and the chain of custody (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  let shipmentEvents: TopicReader;
  let admin: string;
  let coldlink: string;
  let otherFleet: string;

  const kiwiCoop = randomUUID(); // Xiuwen kiwifruit cooperative, Guizhou
  const goatCoop = randomUUID(); // Butuo black goat cooperative, Liangshan

  const call = (method: 'GET' | 'POST', url: string, token: string, body?: unknown) =>
    svc.call({ method, url, token, body });

  /** Publishes OrderConfirmed as orders would and returns the order's shipments once they are made. */
  const confirm = async (lines: ConfirmedLine[], overrides: Partial<OrderConfirmedData> = {}) => {
    const order = orderConfirmed(lines, overrides);
    await events.publish(OrderConfirmed, order);
    await svc.caughtUp('orders.order.v1');
    const answer = await call('GET', `/v1/shipments?orderId=${order.orderId}`, admin);
    expect(answer.status).toBe(200);
    return { order, shipments: (answer.body as ShipmentPage).items };
  };

  const listed = async (query: string, token = admin): Promise<ShipmentView[]> =>
    ((await call('GET', `/v1/shipments?${query}`, token)).body as ShipmentPage).items;

  const idsOf = (shipments: ShipmentView[]) => shipments.map((shipment) => shipment.id);

  const shipmentEventsOf = (shipmentId: string) =>
    shipmentEvents.envelopes().filter((envelope) => envelope.subject === shipmentId);

  const waitForEvent = (shipmentId: string, type: string) =>
    waitFor(() => shipmentEventsOf(shipmentId).find((envelope) => envelope.type === type), {
      what: `${type} for ${shipmentId}`,
    });

  /** A goat shipment held by ColdLink, with an hour of chilled readings, ready to be picked up. */
  const claimedGoatShipment = async () => {
    const { shipments } = await confirm([confirmedLine(goatCoop, 'chilled_meat')]);
    const id = shipments[0].id;
    expect((await call('POST', `/v1/shipments/${id}/claim`, coldlink)).status).toBe(200);
    const readings = readingsFrom(hoursAgo(3), steady(12, 2.5));
    expect((await call('POST', `/v1/shipments/${id}/readings`, coldlink, { readings })).status).toBe(200);
    return id;
  };

  beforeAll(async () => {
    svc = await runService(logisticsService, 'logistics-shipments');
    events = await EventPublisherForTests.start(svc.prefix);
    shipmentEvents = await svc.read('logistics.shipment.v1');
    admin = await tokenFor('admin', 'harvest-bridge-ops');
    coldlink = await tokenFor('operator', 'guiyang-coldlink');
    otherFleet = await tokenFor('operator', 'liangshan-express');
  });

  afterAll(async () => {
    await events?.stop();
    await svc?.stop();
  });

  describe('shipments from confirmed orders', () => {
    it('makes one shipment per producer of a confirmed order and announces each with its cold-chain profile', async () => {
      const { order, shipments } = await confirm([
        confirmedLine(kiwiCoop, 'temperate_fruit'), // Xiuwen kiwifruit: 0–4 °C, 120 min
        confirmedLine(goatCoop, 'chilled_meat'), // Butuo black goat, chilled: 0–4 °C, 30 min
        confirmedLine(kiwiCoop, 'leafy_vegetables'), // 0–5 °C, 60 min
      ]);

      expect(shipments).toHaveLength(2);
      const byProducer = new Map(shipments.map((shipment) => [shipment.producerId, shipment]));
      expect(byProducer.get(kiwiCoop)).toMatchObject({
        orderId: order.orderId,
        buyerId: order.buyerId,
        operatorId: null,
        status: 'created',
        coldChainProfile: { minC: 0, maxC: 4, maxDwellMinutes: 60 },
        custody: [],
        coldChainVerdict: null,
        excursions: [],
      });
      expect(byProducer.get(kiwiCoop)!.lines).toHaveLength(2);
      expect(byProducer.get(goatCoop)!.coldChainProfile).toEqual({ minC: 0, maxC: 4, maxDwellMinutes: 30 });

      for (const shipment of shipments) {
        const created = await waitForEvent(shipment.id, 'logistics.shipment.created.v1');
        expect(created.data).toEqual({
          shipmentId: shipment.id,
          orderId: order.orderId,
          producerId: shipment.producerId,
          coldChainProfile: shipment.coldChainProfile,
        });
      }
    });

    it('makes the shipments once when the confirmation of an order comes again', async () => {
      const { order, shipments } = await confirm([
        confirmedLine(kiwiCoop, 'temperate_fruit'),
        confirmedLine(goatCoop, 'chilled_meat'),
      ]);
      await events.publish(OrderConfirmed, order);
      await svc.caughtUp('orders.order.v1');
      expect(idsOf(await listed(`orderId=${order.orderId}`)).sort()).toEqual(idsOf(shipments).sort());
    });

    it('cancels the shipments of an order cancelled before pick-up', async () => {
      const { order, shipments } = await confirm([
        confirmedLine(kiwiCoop, 'temperate_fruit'),
        confirmedLine(goatCoop, 'chilled_meat'),
      ]);
      await events.publish(OrderCancelled, { orderId: order.orderId, reason: 'cancelled by the buyer' });
      await svc.caughtUp('orders.order.v1');

      const after = await listed(`orderId=${order.orderId}`);
      expect(after.map((shipment) => shipment.status)).toEqual(['cancelled', 'cancelled']);
      for (const shipment of shipments) {
        const cancelled = await waitForEvent(shipment.id, 'logistics.shipment.cancelled.v1');
        expect(cancelled.data).toEqual({
          shipmentId: shipment.id,
          orderId: order.orderId,
          producerId: shipment.producerId,
        });
      }
      const claim = await call('POST', `/v1/shipments/${shipments[0].id}/claim`, coldlink);
      expect(claim.status).toBe(409);
    });

    it('leaves a shipment already picked up on its way when its order is cancelled', async () => {
      const { order, shipments } = await confirm([
        confirmedLine(kiwiCoop, 'temperate_fruit'),
        confirmedLine(goatCoop, 'chilled_meat'),
      ]);
      const [first, second] = idsOf(shipments);
      await call('POST', `/v1/shipments/${first}/claim`, coldlink);
      const pickedUp = await call(
        'POST',
        `/v1/shipments/${first}/events`,
        coldlink,
        custodyMove('picked_up', Date.now()),
      );
      expect(pickedUp.status).toBe(201);

      await events.publish(OrderCancelled, { orderId: order.orderId, reason: 'reservation timed out' });
      await svc.caughtUp('orders.order.v1');

      expect((await call('GET', `/v1/shipments/${first}`, admin)).body.status).toBe('picked_up');
      expect((await call('GET', `/v1/shipments/${second}`, admin)).body.status).toBe('cancelled');
      expect(shipmentEventsOf(first).map((envelope) => envelope.type)).not.toContain(
        'logistics.shipment.cancelled.v1',
      );
    });
  });

  describe('who sees what', () => {
    it("shows a buyer its orders' shipments, a producer its own, and operators the unclaimed ones and theirs", async () => {
      const buyerId = randomUUID();
      const { shipments } = await confirm(
        [confirmedLine(kiwiCoop, 'temperate_fruit'), confirmedLine(goatCoop, 'chilled_meat')],
        { buyerId },
      );
      const kiwi = shipments.find((shipment) => shipment.producerId === kiwiCoop)!;
      const goat = shipments.find((shipment) => shipment.producerId === goatCoop)!;
      const buyer = await tokenFor('buyer', buyerId);
      const anotherBuyer = await tokenFor('buyer', randomUUID());
      const kiwiProducer = await tokenFor('producer', kiwiCoop);

      expect((await call('GET', `/v1/shipments/${kiwi.id}`, buyer)).status).toBe(200);
      expect((await call('GET', `/v1/shipments/${kiwi.id}`, anotherBuyer)).status).toBe(404);
      expect((await call('GET', `/v1/shipments?orderId=${kiwi.orderId}`, anotherBuyer)).body.items).toEqual(
        [],
      );
      expect((await call('GET', `/v1/shipments/${kiwi.id}`, kiwiProducer)).status).toBe(200);
      expect((await call('GET', `/v1/shipments/${goat.id}`, kiwiProducer)).status).toBe(404);
      expect(await listed(`orderId=${kiwi.orderId}`, buyer)).toHaveLength(2);

      expect((await call('GET', `/v1/shipments/${goat.id}`, otherFleet)).status).toBe(200);
      expect((await call('POST', `/v1/shipments/${goat.id}/claim`, coldlink)).status).toBe(200);
      expect((await call('GET', `/v1/shipments/${goat.id}`, otherFleet)).status).toBe(404);
      expect((await call('GET', `/v1/shipments/${goat.id}`, coldlink)).body.operatorId).toBe(
        'guiyang-coldlink',
      );
      expect(idsOf(await listed(`orderId=${kiwi.orderId}`, otherFleet))).toEqual([kiwi.id]);

      const platform = await tokenFor('platform', randomUUID());
      expect((await call('GET', `/v1/shipments/${kiwi.id}`, platform)).status).toBe(403);
    });

    it('pages through shipments oldest first and filters by order, status and operator', async () => {
      const producers = [randomUUID(), randomUUID(), randomUUID()];
      const { order, shipments } = await confirm(producers.map((producer) => confirmedLine(producer, 'tea')));
      await call('POST', `/v1/shipments/${shipments[1].id}/claim`, otherFleet);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/v1/shipments?orderId=${order.orderId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const answer = await call('GET', url, admin);
        expect(answer.status).toBe(200);
        const page = answer.body as ShipmentPage;
        seen.push(...idsOf(page.items));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.sort()).toEqual(shipments.map((shipment) => shipment.id).sort());

      expect(idsOf(await listed(`orderId=${order.orderId}&operatorId=liangshan-express`))).toEqual([
        shipments[1].id,
      ]);
      expect(await listed(`orderId=${order.orderId}&status=created`)).toHaveLength(3);
      expect((await call('GET', '/v1/shipments?status=lost', admin)).status).toBe(400);
      expect((await call('GET', '/v1/shipments?cursor=not-ours', admin)).status).toBe(400);
    });
  });

  describe('claiming and moving a shipment', () => {
    it('lets the first operator claim a shipment; a second claim is a 409 for it and a 404 for others', async () => {
      const { shipments } = await confirm([confirmedLine(goatCoop, 'chilled_meat')]);
      const id = shipments[0].id;
      const first = await call('POST', `/v1/shipments/${id}/claim`, coldlink);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ operatorId: 'guiyang-coldlink', claimedAt: expect.any(String) });
      const claimed = await waitForEvent(id, 'logistics.shipment.claimed.v1');
      expect(claimed.data).toMatchObject({ shipmentId: id, operatorId: 'guiyang-coldlink' });

      const second = await call('POST', `/v1/shipments/${id}/claim`, otherFleet);
      expect(second.status).toBe(404);
      expect(second.headers['content-type']).toContain('application/problem+json');
      expect((await call('POST', `/v1/shipments/${id}/claim`, coldlink)).status).toBe(409);
      expect((await call('POST', `/v1/shipments/${randomUUID()}/claim`, coldlink)).status).toBe(404);
      expect((await call('POST', `/v1/shipments/${id}/claim`, admin)).status).toBe(403);
    });

    it('records the chain of custody from pick-up to delivery and announces every move', async () => {
      const id = await claimedGoatShipment();
      const start = Date.now() - 60 * MINUTE_MS;
      const moves = [
        custodyMove('picked_up', start),
        custodyMove('in_transit', start + 5 * MINUTE_MS, {
          location: 'G75 Lanhai Expressway, Xiuwen toll gate',
          handedOverBy: 'Wang Qiang, driver, Guiyang ColdLink',
          receivedBy: 'Wang Qiang, driver, Guiyang ColdLink',
        }),
        custodyMove('at_hub', start + 20 * MINUTE_MS, {
          location: 'Guiyang Agricultural Products Logistics Park, cold hub 2',
          handedOverBy: 'Wang Qiang, driver, Guiyang ColdLink',
          receivedBy: 'Zhao Lei, hub supervisor, Guiyang ColdLink',
        }),
        custodyMove('in_transit', start + 30 * MINUTE_MS, {
          location: 'Guiyang Agricultural Products Logistics Park, cold hub 2',
          handedOverBy: 'Zhao Lei, hub supervisor, Guiyang ColdLink',
          receivedBy: 'Chen Hao, driver, Guiyang ColdLink',
        }),
        custodyMove('out_for_delivery', start + 45 * MINUTE_MS, {
          location: 'Yunyan District depot',
          handedOverBy: 'Chen Hao, driver, Guiyang ColdLink',
          receivedBy: 'Chen Hao, driver, Guiyang ColdLink',
        }),
        custodyMove('delivered', start + 55 * MINUTE_MS, {
          location: 'Guiyang No. 3 Middle School canteen, 88 Zhonghua North Road',
          handedOverBy: 'Chen Hao, driver, Guiyang ColdLink',
          receivedBy: 'Liu Fang, canteen manager',
        }),
      ];
      let last: ShipmentView | undefined;
      for (const move of moves) {
        const answer = await call('POST', `/v1/shipments/${id}/events`, coldlink, move);
        expect(answer.status).toBe(201);
        last = answer.body as ShipmentView;
      }
      if (!last) throw new Error('no move answered');

      expect(last.status).toBe('delivered');
      expect(last.custody.map((link: { from: string; type: string }) => `${link.from}→${link.type}`)).toEqual(
        [
          'created→picked_up',
          'picked_up→in_transit',
          'in_transit→at_hub',
          'at_hub→in_transit',
          'in_transit→out_for_delivery',
          'out_for_delivery→delivered',
        ],
      );
      expect(last.custody[2]).toMatchObject({
        at: moves[2].at,
        location: 'Guiyang Agricultural Products Logistics Park, cold hub 2',
        handedOverBy: 'Wang Qiang, driver, Guiyang ColdLink',
        receivedBy: 'Zhao Lei, hub supervisor, Guiyang ColdLink',
        operatorId: 'guiyang-coldlink',
      });
      expect(last.coldChainVerdict).toBe('ok');
      expect(last.deliveredAt).toBe(moves[5].at);

      const delivered = await waitForEvent(id, 'logistics.shipment.delivered.v1');
      expect(delivered.data).toMatchObject({
        shipmentId: id,
        producerId: goatCoop,
        at: moves[5].at,
        operatorId: 'guiyang-coldlink',
        receivedBy: 'Liu Fang, canteen manager',
        coldChainVerdict: 'ok',
        figures: {
          minC: 2.5,
          maxC: 2.5,
          minutesOutOfRange: 0,
          longestExcursionMinutes: 0,
          mktC: 2.5,
          readings: 12,
        },
      });
      const pickedUp = await waitForEvent(id, 'logistics.shipment.pickedUp.v1');
      expect(pickedUp.data).toMatchObject({ at: moves[0].at, handedOverBy: moves[0].handedOverBy });
      await waitFor(
        () =>
          shipmentEventsOf(id).filter((envelope) => envelope.type === 'logistics.shipment.custodyChanged.v1')
            .length === 4,
        { what: 'four custody changes' },
      );
      const changes = shipmentEventsOf(id).filter(
        (envelope) => envelope.type === 'logistics.shipment.custodyChanged.v1',
      );
      expect(
        changes.map((envelope) => `${String(envelope.data.from)}→${String(envelope.data.status)}`),
      ).toEqual([
        'picked_up→in_transit',
        'in_transit→at_hub',
        'at_hub→in_transit',
        'in_transit→out_for_delivery',
      ]);
    });

    it('refuses a move the lifecycle does not allow with 409', async () => {
      const id = await claimedGoatShipment();
      const now = Date.now();
      const skip = await call(
        'POST',
        `/v1/shipments/${id}/events`,
        coldlink,
        custodyMove('in_transit', now - 30 * MINUTE_MS),
      );
      expect(skip.status).toBe(409);
      expect(skip.body).toMatchObject({
        type: '/problems/illegal-transition',
        from: 'created',
        to: 'in_transit',
      });
      expect(
        (
          await call(
            'POST',
            `/v1/shipments/${id}/events`,
            coldlink,
            custodyMove('cancelled', now - 30 * MINUTE_MS),
          )
        ).status,
      ).toBe(409);
      expect(
        (
          await call(
            'POST',
            `/v1/shipments/${id}/events`,
            coldlink,
            custodyMove('picked_up', now - 20 * MINUTE_MS),
          )
        ).status,
      ).toBe(201);
      expect(
        (
          await call(
            'POST',
            `/v1/shipments/${id}/events`,
            coldlink,
            custodyMove('delivered', now - 10 * MINUTE_MS),
          )
        ).status,
      ).toBe(409);
      expect(
        (
          await call(
            'POST',
            `/v1/shipments/${id}/events`,
            coldlink,
            custodyMove('picked_up', now - 10 * MINUTE_MS),
          )
        ).status,
      ).toBe(409);
    });

    it('does not let another operator move a shipment or post its readings, nor anyone before claiming it', async () => {
      const id = await claimedGoatShipment();
      const move = custodyMove('picked_up', Date.now());
      const readings = { readings: readingsFrom(hoursAgo(1), [3.1]) };
      expect((await call('POST', `/v1/shipments/${id}/events`, otherFleet, move)).status).toBe(404);
      expect((await call('POST', `/v1/shipments/${id}/readings`, otherFleet, readings)).status).toBe(404);
      expect((await call('POST', `/v1/shipments/${id}/events`, admin, move)).status).toBe(403);
      expect((await call('GET', `/v1/shipments/${id}`, coldlink)).body.status).toBe('created');

      const { shipments } = await confirm([confirmedLine(kiwiCoop, 'temperate_fruit')]);
      const unclaimed = shipments[0].id;
      const refused = await call('POST', `/v1/shipments/${unclaimed}/events`, coldlink, move);
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toContain('claim it first');
      expect((await call('POST', `/v1/shipments/${unclaimed}/readings`, coldlink, readings)).status).toBe(
        403,
      );
    });

    it('refuses a custody time in the future or before the previous move', async () => {
      const id = await claimedGoatShipment();
      const now = Date.now();
      const future = await call(
        'POST',
        `/v1/shipments/${id}/events`,
        coldlink,
        custodyMove('picked_up', now + 3_600_000),
      );
      expect(future.status).toBe(422);
      expect(
        (
          await call(
            'POST',
            `/v1/shipments/${id}/events`,
            coldlink,
            custodyMove('picked_up', now - 10 * MINUTE_MS),
          )
        ).status,
      ).toBe(201);
      const earlier = await call(
        'POST',
        `/v1/shipments/${id}/events`,
        coldlink,
        custodyMove('in_transit', now - 20 * MINUTE_MS),
      );
      expect(earlier.status).toBe(422);
      expect(earlier.body.detail).toContain('previous one (picked_up)');
    });

    it('refuses to deliver a shipment without a single temperature reading', async () => {
      const { shipments } = await confirm([confirmedLine(kiwiCoop, 'temperate_fruit')]);
      const id = shipments[0].id;
      await call('POST', `/v1/shipments/${id}/claim`, coldlink);
      const start = Date.now() - 30 * MINUTE_MS;
      const path = ['picked_up', 'in_transit', 'out_for_delivery'] as const;
      for (const [index, type] of path.entries()) {
        const answer = await call(
          'POST',
          `/v1/shipments/${id}/events`,
          coldlink,
          custodyMove(type, start + index * MINUTE_MS),
        );
        expect(answer.status).toBe(201);
      }
      const refused = await call(
        'POST',
        `/v1/shipments/${id}/events`,
        coldlink,
        custodyMove('delivered', Date.now()),
      );
      expect(refused.status).toBe(422);
      expect(refused.body.detail).toContain('no temperature readings');
      expect((await call('GET', `/v1/shipments/${id}`, coldlink)).body.status).toBe('out_for_delivery');
    });

    it('lists every malformed field of a move', async () => {
      const id = await claimedGoatShipment();
      const answer = await call('POST', `/v1/shipments/${id}/events`, coldlink, {
        type: 'teleported',
        at: '2026-11-28',
        location: '',
        receivedBy: 'Wang Qiang',
        extra: 'mass assignment',
      });
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect((answer.body.errors as { field: string }[]).map((error) => error.field).sort()).toEqual(
        ['at', 'extra', 'handedOverBy', 'location', 'type'].sort(),
      );
    });
  });
});
