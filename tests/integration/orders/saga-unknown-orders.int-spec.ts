import { randomUUID } from 'node:crypto';
import { ShipmentCancelled, ShipmentCreated, ShipmentDelivered, ShipmentPickedUp } from '@hb/contracts';
import { ordersService } from '../../../apps/orders/src';
import { changedTables, databaseFingerprint, stopFingerprinting } from '../../support/db-fingerprint';
import { EventPublisherForTests } from '../../support/events';
import type { TopicReader } from '../../support/kafka';
import { runService, type RunningService } from '../../support/service-harness';

// A shipment event for an order this service does not have would break the order_shipments foreign
// key. Like a stock decision for an unknown order, it fits nothing here: it is applied as a no-op and
// logged, never retried or dead-lettered as a handler failure.
describe('orders: shipment events of an order it does not have', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  let deadLetters: TopicReader;

  beforeAll(async () => {
    svc = await runService(ordersService, 'saga-unknown-orders');
    events = await EventPublisherForTests.start(svc.prefix);
    deadLetters = await svc.read(`${svc.groupId}.dlt`);
  });

  afterAll(async () => {
    await events?.stop();
    if (svc) await stopFingerprinting(svc.db);
    await svc?.stop();
  });

  it('skips them: applied once, nothing written but the inbox, nothing dead-lettered', async () => {
    const ref = { shipmentId: randomUUID(), orderId: randomUUID(), producerId: randomUUID() };
    const at = new Date().toISOString();
    const before = await databaseFingerprint(svc.db);
    const published = [
      await events.publish(ShipmentCreated, ref),
      await events.publish(ShipmentPickedUp, { ...ref, at }),
      await events.publish(ShipmentDelivered, {
        ...ref,
        at,
        coldChainVerdict: 'ok',
        figures: {
          minC: 1,
          maxC: 4,
          minutesOutOfRange: 0,
          longestExcursionMinutes: 0,
          mktC: 3,
          readings: 12,
        },
      }),
      await events.publish(ShipmentCancelled, { ...ref, shipmentId: randomUUID() }),
    ];
    await svc.caughtUp('logistics.shipment.v1');

    const inbox = await svc.db.query<{ event_id: string }>(`SELECT event_id::text FROM inbox`);
    expect(inbox.map((row) => row.event_id).sort()).toEqual(published.map((envelope) => envelope.id).sort());
    expect(changedTables(before, await databaseFingerprint(svc.db))).toEqual(['inbox']);
    expect(await svc.db.query(`SELECT 1 FROM order_shipments`)).toHaveLength(0);
    expect(deadLetters.records).toHaveLength(0);
  });
});
