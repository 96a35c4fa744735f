import { ALERT_KINDS } from '@hb/contracts';
import { loadDemoData } from '../../scripts/demo/demo-data';
import { tokenFor } from '../support/http';
import { MONITORED_TOPICS } from '../support/monitoring-fixtures';
import { startSystem, type RunningSystem } from '../support/system';
import { waitFor } from '../support/wait';

/** The demo data of issue #20: monitoring has an open alert of every kind, from the services' own events and imported history. */
describe('demo data: an alert of each kind in monitoring (all services)', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem('demo-monitoring');
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('raises price_drop, sales_slump, unsold_near_expiry and producer_risk, and loading twice raises nothing more', async () => {
    const admin = await tokenFor('admin', 'harvest-bridge-ops');
    const monitoring = system.services.monitoring;
    const raised = async () =>
      (
        await monitoring.db.query<{ kind: string; count: number }>(
          `SELECT envelope -> 'data' ->> 'kind' AS kind, count(*)::int AS count FROM outbox
          WHERE type = 'monitoring.alert.raised.v1' GROUP BY 1 ORDER BY 1`,
        )
      ).map((row) => `${row.kind}:${row.count}`);

    await loadDemoData(system.demoTarget);
    await monitoring.caughtUp(...MONITORED_TOPICS);
    const kinds = await waitFor(
      async () => {
        const open = await monitoring.call({
          method: 'GET',
          url: '/v1/alerts?open=true&limit=100',
          token: admin,
        });
        const found = new Set((open.body.items as { kind: string }[]).map((alert) => alert.kind));
        return ALERT_KINDS.every((kind) => found.has(kind)) ? [...found].sort() : undefined;
      },
      { what: 'an open alert of every kind' },
    );
    expect(kinds).toEqual([...ALERT_KINDS].sort());
    const open = await monitoring.call({
      method: 'GET',
      url: '/v1/alerts?open=true&kind=price_drop',
      token: admin,
    });
    expect(open.body.items).toEqual([
      expect.objectContaining({
        countyCode: '522633',
        category: 'frozen',
        evidence: expect.objectContaining({
          value: 6800,
          baseline: 9000,
          importedDataPoints: expect.any(Number),
        }),
      }),
    ]);
    const before = await raised();

    await loadDemoData(system.demoTarget);
    await monitoring.caughtUp(...MONITORED_TOPICS);
    expect(await raised()).toEqual(before);
  }, 300_000);
});
