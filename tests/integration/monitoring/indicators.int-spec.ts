import { monitoringService } from '../../../apps/monitoring/src';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import { at, MarketFeed, MONITORED_TOPICS } from '../../support/monitoring-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { Clock, MetricsServer } from '@hb/platform';

describe('monitoring: market indicators from the other services’ events (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;

  beforeAll(async () => {
    svc = await runService(monitoringService, 'mon-indicators');
    jest.spyOn(svc.app.get(Clock), 'now').mockReturnValue(at('2026-03-01T12:00:00Z'));
    events = await EventPublisherForTests.start(svc.prefix);
    const feed = new MarketFeed(events);
    const tea = await feed.listedProduct(at('2026-01-05T08:00:00Z'), {
      category: 'tea',
      countyCode: '513431',
    });
    await feed.listedProduct(at('2026-01-06T08:00:00Z'), { category: 'dairy', countyCode: '522728' });
    await feed.sale({
      product: tea,
      quantity: 100,
      unitPriceCents: 8000,
      placedAt: at('2026-01-10T09:00:00Z'),
      acceptedAt: at('2026-01-15T09:00:00Z'),
      acceptedQuantity: 90,
    });
    await feed.sale({
      product: tea,
      quantity: 50,
      unitPriceCents: 7000,
      placedAt: at('2026-02-03T09:00:00Z'),
      acceptedAt: at('2026-02-05T09:00:00Z'),
    });
    await feed.stockLevel(
      tea,
      [
        { available: 200, expiresOn: '2026-03-03' },
        { available: 100, expiresOn: '2026-06-01' },
      ],
      at('2026-02-20T10:00:00Z'),
    );
    await svc.caughtUp(...MONITORED_TOPICS);
  });

  afterAll(async () => {
    await events?.stop();
    await svc?.stop();
  });

  const teaJanuaryAndFebruary = [
    {
      period: '2026-01',
      category: 'tea',
      orderedQuantity: 100,
      acceptedQuantity: 90,
      acceptedCents: 720_000,
      medianUnitPriceCents: 8000,
      listedProducts: 1,
      availableQuantity: 0,
      nearExpiryQuantity: 0,
      sellThroughPercent: 100,
    },
    {
      period: '2026-02',
      category: 'tea',
      orderedQuantity: 50,
      acceptedQuantity: 50,
      acceptedCents: 350_000,
      medianUnitPriceCents: 7000,
      listedProducts: 1,
      availableQuantity: 300,
      nearExpiryQuantity: 200,
      sellThroughPercent: 14.3,
    },
  ];

  it('publishes figures by category across all counties without a token', async () => {
    const answer = await svc.call({
      method: 'GET',
      url: '/v1/market/indicators?category=tea&from=2026-01-01&to=2026-02-28&granularity=month',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      items: teaJanuaryAndFebruary.map((row) => ({ ...row, countyCode: null })),
      nextCursor: null,
    });
  });

  it("shows one county's figures to any signed-in role, and refuses them without a token", async () => {
    const url = '/v1/market/indicators?category=tea&countyCode=513431&from=2026-01-01&to=2026-02-28';
    expect((await svc.call({ method: 'GET', url })).status).toBe(401);
    const answer = await svc.call({ method: 'GET', url, token: await tokenFor('buyer', 'buyer-canteen') });
    expect(answer.status).toBe(200);
    expect(answer.body.items).toEqual(teaJanuaryAndFebruary.map((row) => ({ ...row, countyCode: '513431' })));
    const elsewhere = await svc.call({
      method: 'GET',
      url: '/v1/market/indicators?category=tea&countyCode=522728&from=2026-01-01&to=2026-02-28',
      token: await tokenFor('county_official', '522728'),
    });
    expect(elsewhere.body.items).toEqual([]);
  });

  it('counts weeks from Monday, every category in scope, one page at a time', async () => {
    const first = await svc.call({
      method: 'GET',
      url: '/v1/market/indicators?from=2026-02-02&to=2026-02-15&granularity=week&limit=3',
    });
    expect(first.status).toBe(200);
    expect(
      first.body.items.map((row: { period: string; category: string }) => [row.period, row.category]),
    ).toEqual([
      ['2026-W06', 'dairy'],
      ['2026-W06', 'tea'],
      ['2026-W07', 'dairy'],
    ]);
    expect(first.body.items[1]).toMatchObject({ orderedQuantity: 50, acceptedQuantity: 50 });
    const rest = await svc.call({
      method: 'GET',
      url: `/v1/market/indicators?from=2026-02-02&to=2026-02-15&granularity=week&limit=3&cursor=${first.body.nextCursor}`,
    });
    expect(rest.body).toMatchObject({ items: [{ period: '2026-W07', category: 'tea' }], nextCursor: null });
  });

  it('exposes open alerts by kind and the consumer lag per topic to Prometheus', async () => {
    const scrape = await fetch(svc.app.get(MetricsServer).url!);
    expect(scrape.status).toBe(200);
    const scraped = await scrape.text();
    expect(scraped).toMatch(/hb_monitoring_open_alerts\{kind="price_drop"[^}]*\} 0/);
    expect(scraped).toMatch(/hb_monitoring_consumer_lag\{topic="orders.order.v1"[^}]*\} 0/);
    expect(scraped).toMatch(/hb_monitoring_producers_by_risk\{level="low"[^}]*\} 2/);
  });

  it.each([
    ['from=2026-02-30', 'from'],
    ['from=2026-03-01&to=2026-02-01', 'from'],
    ['granularity=day', 'granularity'],
    ['category=caviar', 'category'],
    ['countyCode=51343', 'countyCode'],
    ['from=2000-01-01&to=2026-01-01&granularity=week', 'from'],
  ])('refuses %s with a problem naming %s', async (query, field) => {
    const answer = await svc.call({ method: 'GET', url: `/v1/market/indicators?${query}` });
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(answer.body)).toContain(field);
  });
});
