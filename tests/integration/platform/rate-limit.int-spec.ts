import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createService, startService } from '@hb/platform';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { call, tokenFor } from '../../support/http';
import { uniquePrefix } from '../../support/kafka';
import { probeOverrides, probeService } from '../../support/probe';

describe('per-organisation rate limits', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  const saved = { ...process.env };

  beforeAll(async () => {
    process.env.RATE_LIMIT_PER_MINUTE = '60';
    process.env.RATE_LIMIT_BURST = '5';
    db = await createTestDatabase('ratelimit');
    const prefix = uniquePrefix('ratelimit');
    app = await createService(
      probeService,
      probeOverrides({ databaseUrl: db.url, topicPrefix: prefix, groupId: `${prefix}.g` }),
    );
    await startService(app);
  });

  afterAll(async () => {
    process.env.RATE_LIMIT_PER_MINUTE = saved.RATE_LIMIT_PER_MINUTE;
    delete process.env.RATE_LIMIT_BURST;
    await app?.close();
    await db?.drop();
  });

  it('refuses a noisy organisation with 429 and Retry-After, while another organisation is served', async () => {
    const noisy = await tokenFor('producer', 'noisy-platform-coop');
    const quiet = await tokenFor('producer', 'quiet-canteen-coop');
    const answers = [];
    for (let index = 0; index < 8; index += 1) {
      answers.push(
        await call(app, { method: 'POST', url: '/v1/notes', token: noisy, body: { text: `note ${index}` } }),
      );
    }
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
    const refused = answers[5];
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body).toMatchObject({ type: '/problems/too-many-requests', status: 429 });

    const served = await call(app, {
      method: 'POST',
      url: '/v1/notes',
      token: quiet,
      body: { text: 'from the quiet one' },
    });
    expect(served.status).toBe(201);
    const [{ notes }] = await db.query<{ notes: number }>(`SELECT count(*)::int AS notes FROM probe_notes`);
    expect(notes).toBe(6);
  });

  it('never limits the health probes', async () => {
    const statuses = [];
    for (let index = 0; index < 10; index += 1)
      statuses.push((await call(app, { method: 'GET', url: '/health/live' })).status);
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});
