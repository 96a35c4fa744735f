import { randomUUID } from 'node:crypto';
import { OrderConfirmed, ProducerRegistered } from '@hb/contracts';
import { logisticsService } from '../../../apps/logistics/src';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

describe("logistics: a county official sees its producers' shipments with their verdicts, without buyer addresses", () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  const zhaojueProducer = randomUUID();
  const butuoProducer = randomUUID();
  const orderId = randomUUID();

  const producerEvent = (id: string, countyCode: string) => ({
    id,
    name: 'cooperative',
    kind: 'cooperative' as const,
    countyCode,
    countyPovertyStatus: 'deep' as const,
    creditCode: '93513431MA6ABCDE1X',
    povertyHouseholds: 120,
  });

  beforeAll(async () => {
    svc = await runService(logisticsService, 'county_officials');
    events = await EventPublisherForTests.start(svc.prefix);
    await events.publish(ProducerRegistered, producerEvent(zhaojueProducer, '513431'));
    await events.publish(ProducerRegistered, producerEvent(butuoProducer, '513429'));
    const line = (producerId: string) => ({
      productId: randomUUID(),
      producerId,
      quantity: 100,
      coldChainProfile: { minC: 0, maxC: 25, maxDwellMinutes: 120 },
    });
    await events.publish(OrderConfirmed, {
      orderId,
      buyerId: randomUUID(),
      deliveryAddress: 'Fucheng No. 1 Middle School canteen, 12 Changhong Ave, Mianyang',
      requestedDeliveryDate: '2030-01-10',
      lines: [line(zhaojueProducer), line(butuoProducer)],
    });
    await waitFor(
      async () =>
        (await svc.db.query(`SELECT 1 FROM shipments`)).length === 2 &&
        (await svc.db.query(`SELECT 1 FROM producer_counties`)).length === 2,
      { what: 'the shipments and the producers’ counties' },
    );
  });

  afterAll(async () => {
    await events?.stop();
    await svc?.stop();
  });

  it('lists the shipment leaving from its county only, with no delivery address', async () => {
    const official = await tokenFor('county_official', '513431');
    const list = await svc.call({ method: 'GET', url: '/v1/shipments', token: official });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ producerId: zhaojueProducer, orderId, deliveryAddress: null }),
    ]);
    const own = await svc.call({
      method: 'GET',
      url: `/v1/shipments/${list.body.items[0].id}`,
      token: official,
    });
    expect(own.body).toMatchObject({ producerId: zhaojueProducer, deliveryAddress: null });
    expect(own.body).toHaveProperty('coldChainVerdict');

    const [butuo] = await svc.db.query<{ id: string }>(`SELECT id FROM shipments WHERE producer_id = $1`, [
      butuoProducer,
    ]);
    expect(
      (await svc.call({ method: 'GET', url: `/v1/shipments/${butuo.id}`, token: official })).status,
    ).toBe(404);
  });
});
