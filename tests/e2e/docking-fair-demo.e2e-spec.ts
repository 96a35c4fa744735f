import { loadDemoData } from '../../scripts/demo/demo-data';
import type { DockingEventReport, DockingEventView, IntentView } from '../../apps/orders/src';
import { tokenFor } from '../support/http';
import { startSystem, type RunningSystem } from '../support/system';

/** The demo's past docking fair, loaded through the services' APIs, twice, into the five services. */
describe('demo data: a past docking fair (five services, real PostgreSQL and Kafka)', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem('fair-demo');
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('holds a fair that ended last month whose report shows intents, a completed order and its relief; a second load adds nothing', async () => {
    const world = await loadDemoData(system.demoTarget);
    const admin = await tokenFor('admin', 'harvest-bridge-ops');
    const orders = system.services.orders;
    const seen = async () => {
      const fairs = (
        await orders.call({ method: 'GET', url: '/v1/docking-events?when=past&limit=100', token: admin })
      ).body.items as DockingEventView[];
      expect(fairs).toHaveLength(1);
      const report = (
        await orders.call({ method: 'GET', url: `/v1/docking-events/${fairs[0].id}/report`, token: admin })
      ).body as DockingEventReport;
      const intents = (
        await orders.call({ method: 'GET', url: `/v1/docking-events/${fairs[0].id}/intents`, token: admin })
      ).body.items as IntentView[];
      return { fair: fairs[0], report, intents };
    };
    const first = await seen();
    expect(first.fair.endsOn < new Date().toISOString().slice(0, 8) + '01').toBe(true);
    expect(first.report.counties.map((row) => row.countyCode)).toEqual(['513429', '513431']);
    const zhaojue = first.report.counties.find((row) => row.countyCode === '513431')!;
    expect(zhaojue).toMatchObject({
      exhibitors: 1,
      intents: { count: 1, quantity: 200 },
      orders: { count: 1, quantity: 200 },
      acceptedRelief: { quantity: 200 },
    });
    expect(zhaojue.acceptedRelief.cents).toBeGreaterThan(0);
    const ordered = first.intents.find((intent) => intent.orderId)!;
    const order = await orders.call({
      method: 'GET',
      url: `/v1/orders/${ordered.orderId}`,
      token: await tokenFor('buyer', world.buyerIds.canteen),
    });
    expect(order.body.status).toBe('COMPLETED');

    await loadDemoData(system.demoTarget);
    const second = await seen();
    expect(second.fair.id).toBe(first.fair.id);
    expect(second.intents.map((intent) => [intent.id, intent.orderId])).toEqual(
      first.intents.map((intent) => [intent.id, intent.orderId]),
    );
    expect(second.report).toEqual(first.report);
  }, 600_000);
});
