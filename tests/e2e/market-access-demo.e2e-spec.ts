import { loadDemoData } from '../../scripts/demo/demo-data';
import { tokenFor } from '../support/http';
import { startSystem, type RunningSystem } from '../support/system';

/** The demo's market-access data, loaded through the services' APIs, twice, into the five services. */
describe('demo data: market access (five services, real PostgreSQL and Kafka)', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem('market-demo');
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('holds a weekly canteen standing order and an awarded RFQ, and a second load adds nothing', async () => {
    const world = await loadDemoData(system.demoTarget);
    const canteen = await tokenFor('buyer', world.buyerIds.canteen);
    const seen = async () => {
      const orders = system.services.orders;
      const standing = await orders.call({
        method: 'GET',
        url: '/v1/standing-orders?limit=100',
        token: canteen,
      });
      const rfqs = await orders.call({ method: 'GET', url: '/v1/rfqs?limit=100', token: canteen });
      return { standing: standing.body.items, rfqs: rfqs.body.items };
    };
    const first = await seen();
    expect(first.standing).toEqual([
      expect.objectContaining({ every: 'week', dayOfWeek: 1, status: 'active' }),
    ]);
    expect(first.rfqs).toEqual([expect.objectContaining({ status: 'awarded', orderId: expect.any(String) })]);
    const order = await system.services.orders.call({
      method: 'GET',
      url: `/v1/orders/${first.rfqs[0].orderId}`,
      token: canteen,
    });
    expect(order.body.lines).toEqual([expect.objectContaining({ unitPriceCents: 7200, quantity: 400 })]);

    await loadDemoData(system.demoTarget);
    const second = await seen();
    expect(second.standing.map((item: { id: string }) => item.id)).toEqual(
      first.standing.map((item: { id: string }) => item.id),
    );
    expect(second.rfqs.map((item: { id: string }) => item.id)).toEqual(
      first.rfqs.map((item: { id: string }) => item.id),
    );
  }, 600_000);
});
