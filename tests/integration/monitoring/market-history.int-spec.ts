import { Clock } from '@hb/platform';
import { rebuildMonitoring, monitoringService } from '../../../apps/monitoring/src';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import { at, DAY, MarketFeed, MONITORED_TOPICS } from '../../support/monitoring-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

const NOW = at('2026-06-01T00:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const day = (daysAgo: number) => ago(daysAgo).toISOString().slice(0, 10);

/** A week of a market as the county's previous platform recorded it. */
const week = (countyCode: string, category: string, weeksAgo: number, unitPriceCents: number) => ({
  countyCode,
  category,
  from: day(7 * weeksAgo),
  to: day(7 * weeksAgo - 6),
  orderedQuantity: 700,
  orderLines: 7,
  acceptedQuantity: 700,
  acceptedCents: 700 * unitPriceCents,
  acceptedLines: 7,
});

/** The 8 weeks before the last 14 days: the baseline of price_drop and sales_slump. */
const baseline = (countyCode: string, category: string, unitPriceCents = 8000) =>
  [10, 9, 8, 7, 6, 5, 4, 3].map((weeksAgo) => week(countyCode, category, weeksAgo, unitPriceCents));

describe('monitoring: market history imported from a county’s previous platform (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  let feed: MarketFeed;
  let admin: string;

  /** What the service announced (history, alerts) is relayed, then every topic is consumed. */
  const settle = async () => {
    await waitFor(
      async () =>
        (
          await svc.db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`,
          )
        )[0].n === 0,
      { what: 'the outbox relayed' },
    );
    await svc.caughtUp(...MONITORED_TOPICS);
  };
  /** As an administrator, unless a token (or null: none) is given. */
  const importHistory = (body: unknown, token: string | null = admin) =>
    svc.call({ method: 'POST', url: '/v1/market/history', token: token ?? undefined, body });
  const announced = async (kind: string, countyCode: string) =>
    svc.db.query<{ type: string; alertId: string; importedDataPoints: number | null }>(
      `SELECT type, envelope -> 'data' ->> 'alertId' AS "alertId",
              (envelope -> 'data' -> 'evidence' ->> 'importedDataPoints')::float AS "importedDataPoints"
         FROM outbox
        WHERE topic = 'monitoring.alert.v1' AND envelope -> 'data' ->> 'kind' = $1
          AND envelope -> 'data' ->> 'countyCode' = $2 ORDER BY seq`,
      [kind, countyCode],
    );
  const historyEvents = () =>
    svc.db.query<{ key: string; periods: number }>(
      `SELECT key, jsonb_array_length(envelope -> 'data' -> 'periods') AS periods FROM outbox
        WHERE type = 'monitoring.marketHistory.imported.v1' ORDER BY seq`,
    );

  beforeAll(async () => {
    svc = await runService(monitoringService, 'mon-history');
    jest.spyOn(svc.app.get(Clock), 'now').mockReturnValue(NOW);
    events = await EventPublisherForTests.start(svc.prefix);
    feed = new MarketFeed(events);
    admin = await tokenFor('admin', 'platform');
  });

  afterAll(async () => {
    await events?.stop();
    await svc?.stop();
  });

  it('lets administrators import history, nobody else', async () => {
    const body = { source: 'Zhaojue e-commerce centre export', records: [week('513431', 'tea', 3, 8000)] };
    expect((await importHistory(body, null)).status).toBe(401);
    for (const [role, organisation] of [
      ['county_official', '513431'],
      ['producer', '6f1c1a52-6f5e-4d3f-9e54-0a0f5c2b9d11'],
      ['buyer', 'canteen-1'],
    ] as const) {
      expect((await importHistory(body, await tokenFor(role, organisation))).status).toBe(403);
    }
    expect(await historyEvents()).toEqual([]);
  });

  it('refuses malformed requests with 400 and impossible history with 422, each as problem+json, recording nothing', async () => {
    const malformed = await importHistory({
      source: 'export',
      records: [{ ...week('513431', 'tea', 3, 8000), orderedQuantity: 'many' }],
    });
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    const noSuchDay = await importHistory({
      source: 'export',
      records: [{ ...week('513431', 'tea', 5, 8000), from: '2026-02-30' }],
    });
    expect(noSuchDay.status).toBe(400);
    expect(noSuchDay.body.errors).toEqual([
      { field: 'records.0.from', messages: ['from must be a calendar day written YYYY-MM-DD'] },
    ]);

    const impossible = await importHistory({
      source: 'export',
      records: [
        { ...week('513431', 'tea', 3, 8000), to: day(0) },
        { ...week('513431', 'tea', 5, 8000), from: '1999-12-31', to: '2000-01-06' },
        { ...week('513431', 'dairy', 5, 8000), from: day(20), to: day(30) },
        { ...week('513431', 'frozen', 5, 8000), orderLines: 0 },
        { ...week('513431', 'frozen', 6, 8000), acceptedCents: 0 },
        { ...week('513431', 'grain_oil', 5, 8000), from: day(140), to: day(30) },
        week('513431', 'ambient', 4, 8000),
        { ...week('513431', 'ambient', 4, 8000), from: day(30), to: day(27) },
      ],
    });
    expect(impossible.status).toBe(422);
    expect(impossible.headers['content-type']).toContain('application/problem+json');
    expect(impossible.body.problems).toEqual([
      expect.objectContaining({ record: 0, field: 'to' }),
      expect.objectContaining({
        record: 1,
        field: 'from',
        message: 'history starts on 2000-01-01 at the earliest',
      }),
      expect.objectContaining({ record: 2, field: 'from' }),
      expect.objectContaining({ record: 3, field: 'orderLines' }),
      expect.objectContaining({ record: 4, field: 'acceptedCents' }),
      expect.objectContaining({ record: 5, field: 'to', message: 'a period covers at most 92 days' }),
      expect.objectContaining({
        record: 7,
        field: 'from',
        message: 'overlaps records[6] of the same market',
      }),
    ]);
    expect(await historyEvents()).toEqual([]);
    expect(await svc.db.query(`SELECT * FROM market_history`)).toEqual([]);
  });

  it('raises price_drop and sales_slump from imported history and live orders, once; a re-import changes nothing', async () => {
    const tea = await feed.listedProduct(ago(30), { category: 'tea', countyCode: '513431' });
    for (const daysAgo of [9, 6, 3]) {
      await feed.sale({
        product: tea,
        quantity: 100,
        unitPriceCents: 5000,
        placedAt: ago(daysAgo + 1),
        acceptedAt: ago(daysAgo),
      });
    }
    await settle();
    // This platform alone has no baseline to compare with.
    expect(await announced('price_drop', '513431')).toEqual([]);
    expect(await announced('sales_slump', '513431')).toEqual([]);

    const body = {
      source: 'Zhaojue county e-commerce centre, weekly export',
      records: [...baseline('513431', 'tea'), ...baseline('522728', 'dairy', 3000)],
    };
    const imported = await importHistory(body);
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({ recorded: 16, alreadyRecorded: 0 });
    await settle();

    const [drop] = await announced('price_drop', '513431');
    const [slump] = await announced('sales_slump', '513431');
    expect([drop, slump]).toEqual([
      { type: 'monitoring.alert.raised.v1', alertId: expect.any(String), importedDataPoints: 56 },
      { type: 'monitoring.alert.raised.v1', alertId: expect.any(String), importedDataPoints: 56 },
    ]);
    const open = await svc.call({
      method: 'GET',
      url: '/v1/alerts?open=true&countyCode=513431',
      token: await tokenFor('county_official', '513431'),
    });
    expect(open.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'price_drop',
          category: 'tea',
          evidence: expect.objectContaining({
            value: 5000,
            baseline: 8000,
            ratio: 0.625,
            importedDataPoints: 56,
          }),
        }),
        expect.objectContaining({
          kind: 'sales_slump',
          category: 'tea',
          evidence: expect.objectContaining({ value: 300, baseline: 1400, importedDataPoints: 56 }),
        }),
      ]),
    );

    const again = await importHistory(body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ recorded: 0, alreadyRecorded: 16 });
    await settle();
    expect(await historyEvents()).toEqual([
      { key: '513431:tea', periods: 8 },
      { key: '522728:dairy', periods: 8 },
    ]);
    expect((await announced('price_drop', '513431')).map((row) => row.type)).toEqual([
      'monitoring.alert.raised.v1',
    ]);
    expect((await announced('sales_slump', '513431')).map((row) => row.type)).toEqual([
      'monitoring.alert.raised.v1',
    ]);
  });

  it('refuses with 409 a period that overlaps a recorded one with other figures', async () => {
    const changed = { ...week('513431', 'tea', 5, 8000), acceptedCents: 700 * 9000 };
    const conflict = await importHistory({ source: 'a corrected export', records: [changed] });
    expect(conflict.status).toBe(409);
    expect(conflict.headers['content-type']).toContain('application/problem+json');
    const shifted = { ...week('513431', 'tea', 5, 8000), from: day(33), to: day(30) };
    expect((await importHistory({ source: 'another export', records: [shifted] })).status).toBe(409);
    expect(await historyEvents()).toHaveLength(2);
  });

  describe('rebuild', () => {
    let rebuilt: TestDatabase;

    afterAll(async () => {
      await rebuilt?.drop();
    });

    it('replays the imported history with the rest, to the same history and alerts', async () => {
      await settle();
      rebuilt = await createTestDatabase('mon-history-rebuilt');
      await rebuildMonitoring(
        {
          databaseUrl: rebuilt.url,
          messaging: { topicPrefix: svc.prefix, groupId: `${svc.prefix}.rebuild` },
        },
        NOW,
      );
      const state = async (db: TestDatabase) => ({
        history: await db.query(
          `SELECT county_code, category, period_from::text, period_to::text, ordered_quantity, order_lines,
                  accepted_quantity, accepted_cents, accepted_lines, source, imported_by, imported_at
             FROM market_history ORDER BY county_code, category, period_from`,
        ),
        alerts: await db.query(`SELECT * FROM alerts ORDER BY id`),
      });
      const live = await state(svc.db);
      expect(live.history).toHaveLength(16);
      expect(await state(rebuilt)).toEqual(live);
      expect(await rebuilt.query(`SELECT type FROM outbox`)).toEqual([]);
    });
  });
});
