import { DataSource } from 'typeorm';
import { certificationService } from '../../../apps/certification/src';
import { tokenFor } from '../../support/http';
import { runService, type RunningService } from '../../support/service-harness';
import {
  costOfPages,
  statementCounter,
  type CountStatements,
  type ListRoute,
  pageRequest,
} from '../../support/statement-counter';

/**
 * Sixty approved applications of one producer, each with its review steps and the certificate it
 * led to, each certificate with an action in its audit trail (the first one with sixty more), and
 * sixty certification bodies.
 */
async function seedCertification(svc: RunningService, producerId: string, count: number): Promise<void> {
  const at = `TIMESTAMPTZ '2026-10-01T08:00:00Z' + n * INTERVAL '1 hour'`;
  await svc.db.query(
    `INSERT INTO certification_bodies (id, name, registered_at)
     VALUES ('cgfdc', 'China Green Food Development Center', TIMESTAMPTZ '2026-01-01T00:00:00Z')`,
  );
  await svc.db.query(
    `INSERT INTO certificates (number, scheme, holder_id, product_ids, issued_on, valid_from, valid_until, status,
                               application_id, issued_at, certification_body_id)
     SELECT 'GF-2026-' || lpad(n::text, 5, '0'), 'green_food', $1, ARRAY[md5('product' || n)::uuid],
            DATE '2026-10-10', DATE '2026-10-10', DATE '2029-10-09', 'active', md5('application' || n)::uuid, ${at},
            'cgfdc'
       FROM generate_series(1, $2) AS n`,
    [producerId, count],
  );
  await svc.db.query(
    `INSERT INTO certificate_actions (certificate_number, seq, action, from_status, to_status, reason, actor, at)
     SELECT 'GF-2026-' || lpad(n::text, 5, '0'), 1, 'suspend', 'active', 'active', 'Routine check', 'certifier-wang', ${at}
       FROM generate_series(1, $1) AS n`,
    [count],
  );
  await svc.db.query(
    `INSERT INTO certification_bodies (id, name, registered_at)
     SELECT 'body-' || n, 'Certification body ' || n, TIMESTAMPTZ '2026-01-01T00:00:00Z' + n * INTERVAL '1 day'
       FROM generate_series(1, $1) AS n`,
    [count],
  );
  // The first certificate's audit trail is long.
  await svc.db.query(
    `INSERT INTO certificate_actions (certificate_number, seq, action, from_status, to_status, reason, actor, at)
     SELECT 'GF-2026-00001', seq, CASE WHEN seq % 2 = 0 THEN 'suspend' ELSE 'reinstate' END, 'active', 'active',
            'Check ' || seq, 'certifier-wang', TIMESTAMPTZ '2026-10-20T08:00:00Z' + seq * INTERVAL '1 hour'
       FROM generate_series(2, $1 + 1) AS seq`,
    [count],
  );
  await svc.db.query(
    `INSERT INTO applications (id, producer_id, scheme, product_ids, documents, stage, priority, county_code,
                               poverty_status, fee_cents, fee_relief_cents, submitted_at, stage_entered_at,
                               certificate_number, certification_body_id)
     SELECT md5('application' || n)::uuid, $1, 'green_food', ARRAY[md5('product' || n)::uuid], '[]', 'approved', true,
            '522731', 'key', 300000, 300000, ${at}, ${at} + INTERVAL '20 days', 'GF-2026-' || lpad(n::text, 5, '0'),
            'cgfdc'
       FROM generate_series(1, $2) AS n`,
    [producerId, count],
  );
  await svc.db.query(
    `INSERT INTO application_steps (application_id, seq, from_stage, to_stage, actor, actor_role, actor_organisation,
                                    at, note)
     SELECT md5('application' || n)::uuid, seq, (ARRAY[NULL, 'submitted', 'accepted'])[seq],
            (ARRAY['submitted', 'accepted', 'inspection'])[seq], 'certifier-wang', 'certifier', 'cgfdc', ${at}, NULL
       FROM generate_series(1, $1) AS n, generate_series(1, 3) AS seq`,
    [count],
  );
}

describe('certification: every list route costs the same few statements whatever the page size', () => {
  const PRODUCER = '3f6b2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9';
  let svc: RunningService;
  let count: CountStatements;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    svc = await runService(certificationService, 'certification-list-statements');
    await seedCertification(svc, PRODUCER, 60);
    count = statementCounter(svc.app.get(DataSource));
    tokens.admin = await tokenFor('admin', 'harvest-bridge-ops');
    tokens.producer = await tokenFor('producer', PRODUCER);
  });

  afterAll(async () => {
    await svc?.stop();
  });

  const routes: (ListRoute & { bound: number })[] = [
    {
      name: 'GET /v1/applications (producer)',
      request: pageRequest('/v1/applications', () => tokens.producer),
      bound: 4,
    },
    {
      name: 'GET /v1/applications (administrator)',
      request: pageRequest('/v1/applications', () => tokens.admin),
      bound: 4,
    },
    {
      name: 'GET /v1/certificates (producer)',
      request: pageRequest('/v1/certificates', () => tokens.producer),
      bound: 4,
    },
    {
      name: 'GET /v1/certificates (administrator)',
      request: pageRequest('/v1/certificates', () => tokens.admin),
      bound: 4,
    },
    {
      name: 'GET /v1/certificates/{number}/actions',
      request: pageRequest('/v1/certificates/GF-2026-00001/actions', () => tokens.producer),
      bound: 4,
    },
    {
      name: 'GET /v1/certification-bodies',
      request: pageRequest('/v1/certification-bodies', () => tokens.producer),
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
