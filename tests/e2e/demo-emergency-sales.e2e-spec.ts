import { loadDemoData } from '../../scripts/demo/demo-data';
import { tokenFor } from '../support/http';
import { startSystem, type RunningSystem } from '../support/system';

/** The demo data of issue #19, through the services' APIs: loading it twice changes nothing. */
describe('demo data: emergency sales and a buyer behind pace (all five services)', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem('demo-emergency');
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('has one open and one closed emergency sale and buyers behind pace, and loads twice without adding any', async () => {
    const first = await loadDemoData(system.demoTarget);
    const second = await loadDemoData(system.demoTarget);
    expect(second.emergencySales).toEqual(first.emergencySales);

    const admin = await tokenFor('admin', 'harvest-bridge-ops');
    const sales = await system.services.catalog.call({
      method: 'GET',
      url: '/v1/emergency-sales?limit=100',
      token: admin,
    });
    expect(
      (sales.body.items as { id: string; status: string; closedBy: string | null }[]).map((sale) => [
        sale.id,
        sale.status,
        sale.closedBy,
      ]),
    ).toEqual([
      [first.emergencySales!.closed, 'closed', 'hand'],
      [first.emergencySales!.open, 'open', null],
    ]);
    const behind = await system.services.orders.call({
      method: 'GET',
      url: '/v1/relief/buyers?behindPace=true',
      token: admin,
    });
    expect(behind.body.items.length).toBeGreaterThan(0);
    const offers = await system.services.orders.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM emergency_offers WHERE sale_id = $1`,
      [first.emergencySales!.open],
    );
    expect(offers[0].count).toBeGreaterThan(0);
  });
});
