import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mintDevelopmentToken, createService, MetricsServer, startService } from '@hb/platform';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { call, tokenFor } from '../../support/http';
import { uniquePrefix } from '../../support/kafka';
import { probeOverrides, probeService } from '../../support/probe';

describe('HTTP edge of a service: auth, validation, problem+json, health, metrics, docs', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let producerToken: string;

  const noteCount = async () =>
    (await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM probe_notes`))[0].count;

  beforeAll(async () => {
    db = await createTestDatabase('http');
    const prefix = uniquePrefix('http');
    app = await createService(
      probeService,
      probeOverrides({ databaseUrl: db.url, topicPrefix: prefix, groupId: `${prefix}.group` }),
    );
    await startService(app);
    producerToken = await tokenFor('producer', 'coop-zhaojue-01');
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('answers the liveness and readiness probes without a token, checking the database and Kafka', async () => {
    expect(await call(app, { method: 'GET', url: '/health/live' })).toMatchObject({
      status: 200,
      body: { status: 'ok' },
    });
    expect(await call(app, { method: 'GET', url: '/health/ready' })).toMatchObject({
      status: 200,
      body: { status: 'ok', checks: { database: 'up', kafka: 'up' } },
    });
  });

  it('serves Prometheus metrics on their own port, never on the API port, and the OpenAPI document', async () => {
    await call(app, { method: 'GET', url: '/health/live' });
    const url = app.get(MetricsServer).url!;
    expect(new URL(url).port).not.toBe('');
    const metrics = await fetch(url);
    expect(metrics.status).toBe(200);
    const scraped = await metrics.text();
    expect(scraped).toContain('hb_http_request_duration_seconds_bucket');
    expect(scraped).toContain('route="/health/live"');
    for (const path of ['/metrics', '/v1/metrics']) {
      expect((await call(app, { method: 'GET', url: path })).status).toBe(404);
    }

    const docs = await call(app, { method: 'GET', url: '/docs/openapi.json' });
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/v1/notes', '/v1/notes/{id}']));
    expect(docs.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it.each([
    ['no token', undefined],
    ['a malformed token', 'not-a-jwt'],
  ])('refuses a call with %s with 401 problem+json and a Bearer challenge', async (_label, token) => {
    const answer = await call(app, { method: 'POST', url: '/v1/notes', token, body: { text: 'hello' } });
    expect(answer.status).toBe(401);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.headers['www-authenticate']).toBe('Bearer');
    expect(answer.body).toMatchObject({ type: '/problems/unauthorized', status: 401, instance: '/v1/notes' });
  });

  it('refuses an expired token and one signed with another secret', async () => {
    const expired = await tokenFor('producer', 'coop-zhaojue-01', 'u1', '-1m');
    const forged = await mintDevelopmentToken({ sub: 'u1', role: 'admin', org: 'x' }, 'some-other-secret');
    for (const token of [expired, forged]) {
      const answer = await call(app, { method: 'POST', url: '/v1/notes', token, body: { text: 'hello' } });
      expect(answer.status).toBe(401);
    }
  });

  it('refuses a caller whose role may not use the route with 403', async () => {
    const buyer = await tokenFor('buyer', 'canteen-mianyang-01');
    const answer = await call(app, {
      method: 'POST',
      url: '/v1/notes',
      token: buyer,
      body: { text: 'hello' },
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ type: '/problems/forbidden', status: 403 });
    expect(answer.body.detail).toContain('producer');
  });

  it('rejects unknown properties (no mass assignment) with 400 naming the field, and writes nothing', async () => {
    const before = await noteCount();
    const answer = await call(app, {
      method: 'POST',
      url: '/v1/notes',
      token: producerToken,
      body: { text: 'hello', reliefEligible: true },
    });
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.body.type).toBe('/problems/validation');
    expect(answer.body.errors).toEqual([
      { field: 'reliefEligible', messages: ['property reliefEligible should not exist'] },
    ]);
    expect(await noteCount()).toBe(before);
  });

  it('rejects an invalid field value and malformed JSON with 400 problem+json', async () => {
    const empty = await call(app, {
      method: 'POST',
      url: '/v1/notes',
      token: producerToken,
      body: { text: '' },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('text');

    const garbage = await call(app, {
      method: 'POST',
      url: '/v1/notes',
      token: producerToken,
      rawBody: '{"text": ',
    });
    expect(garbage.status).toBe(400);
    expect(garbage.headers['content-type']).toContain('application/problem+json');
  });

  it('accepts a valid call, echoing the correlation id the client sent', async () => {
    const answer = await call(app, {
      method: 'POST',
      url: '/v1/notes',
      token: producerToken,
      body: { text: 'Butuo black goat, lot 7' },
      headers: { 'x-correlation-id': 'client-chosen-id-1' },
    });
    expect(answer.status).toBe(201);
    expect(answer.headers['x-correlation-id']).toBe('client-chosen-id-1');
    expect(answer.body.by).toBe('coop-zhaojue-01');

    const read = await call(app, {
      method: 'GET',
      url: `/v1/notes/${answer.body.noteId}`,
      token: producerToken,
    });
    expect(read).toMatchObject({ status: 200, body: { text: 'Butuo black goat, lot 7' } });
  });

  it('answers 404 problem+json for a missing resource and an unknown route, 400 for a malformed id', async () => {
    const missing = await call(app, {
      method: 'GET',
      url: `/v1/notes/${randomUUID()}`,
      token: producerToken,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.type).toBe('/problems/not-found');

    const unknown = await call(app, { method: 'GET', url: '/v1/nowhere', token: producerToken });
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');

    const malformed = await call(app, { method: 'GET', url: '/v1/notes/not-a-uuid', token: producerToken });
    expect(malformed.status).toBe(400);
  });
});
