import { DataSource } from 'typeorm';
import { monitoringService } from '../../../apps/monitoring/src';
import { tokenFor } from '../../support/http';
import { runService, type RunningService } from '../../support/service-harness';
import {
  costOfPages,
  statementCounter,
  type CountStatements,
  type ListRoute,
  pageRequest,
} from '../../support/statement-counter';

const COUNTY = '522731';

/** Sixty alerts of one county, half of them cleared, and sixty producers' risk levels. */
async function seedMonitoring(svc: RunningService, count: number): Promise<void> {
  await svc.db.query(
    `INSERT INTO alerts (id, kind, subject, severity, county_code, category, producer_id, evidence, raised_at,
                         cleared_at, clear_evidence)
     SELECT md5('alert' || n)::uuid, 'price_drop', 'price_drop:fruit:' || n, 'warning', $1, 'fruit',
            md5('producer' || n)::uuid, jsonb_build_object('dropPct', 30 + n),
            TIMESTAMPTZ '2026-11-01T08:00:00Z' + n * INTERVAL '1 hour',
            CASE WHEN n % 2 = 0 THEN TIMESTAMPTZ '2026-11-20T08:00:00Z' END,
            CASE WHEN n % 2 = 0 THEN jsonb_build_object('dropPct', 5) END
       FROM generate_series(1, $2) AS n`,
    [COUNTY, count],
  );
  await svc.db.query(
    `INSERT INTO producer_risk (producer_id, county_code, level, score, factors, as_of)
     SELECT md5('producer' || n)::uuid, $1, 'high', 80 + n % 10, '[]'::jsonb, TIMESTAMPTZ '2026-11-20T08:00:00Z'
       FROM generate_series(1, $2) AS n`,
    [COUNTY, count],
  );
}

describe('monitoring: every list route costs the same few statements whatever the page size', () => {
  let svc: RunningService;
  let count: CountStatements;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    svc = await runService(monitoringService, 'monitoring-list-statements');
    await seedMonitoring(svc, 60);
    count = statementCounter(svc.app.get(DataSource));
    tokens.admin = await tokenFor('admin', 'harvest-bridge-ops');
    tokens.official = await tokenFor('county_official', COUNTY);
  });

  afterAll(async () => {
    await svc?.stop();
  });

  const routes: (ListRoute & { bound: number })[] = [
    {
      name: 'GET /v1/alerts (administrator)',
      request: pageRequest('/v1/alerts', () => tokens.admin),
      bound: 3,
    },
    {
      name: 'GET /v1/alerts (county official)',
      request: pageRequest('/v1/alerts', () => tokens.official),
      bound: 3,
    },
    {
      name: 'GET /v1/risk/producers',
      request: pageRequest('/v1/risk/producers', () => tokens.admin),
      bound: 3,
    },
  ];

  it.each(routes)('$name', async (route) => {
    const { small, large } = await costOfPages(svc, count, route);
    expect([small.items, large.items]).toEqual([5, 50]);
    expect(large.statements).toHaveLength(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(route.bound);
  });
});
