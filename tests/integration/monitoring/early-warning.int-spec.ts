import type { EntityManager } from 'typeorm';
import {
  CertificateReinstated,
  CertificateRevoked,
  ProductUpdated,
  ShipmentDelivered,
  type CertificateData,
  type ProductSnapshot,
} from '@hb/contracts';
import { IndicatorsRepository, rebuildMonitoring, monitoringService } from '../../../apps/monitoring/src';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import { at, DAY, MarketFeed, MONITORED_TOPICS } from '../../support/monitoring-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { randomUUID } from 'node:crypto';
import { Clock } from '@hb/platform';

const NOW = at('2026-06-01T12:00:00Z');
const april = (day: number) => at(`2026-04-${String(day).padStart(2, '0')}T09:00:00Z`);
const late = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * DAY);

describe('monitoring: early warning, price reasonableness and producer risk, driven by events (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  let feed: MarketFeed;
  let tea: ProductSnapshot;
  let slumping: ProductSnapshot;
  let dairy: ProductSnapshot;
  let risky: ProductSnapshot;

  const settle = () => svc.caughtUp(...MONITORED_TOPICS);

  /** The alert events the service wrote, per type, about a rule in a county. */
  const announced = async (kind: string, countyCode: string) =>
    svc.db.query<{ type: string; alertId: string }>(
      `SELECT type, envelope -> 'data' ->> 'alertId' AS "alertId" FROM outbox
        WHERE topic = 'monitoring.alert.v1' AND envelope -> 'data' ->> 'kind' = $1
          AND envelope -> 'data' ->> 'countyCode' = $2 ORDER BY seq`,
      [kind, countyCode],
    );
  const types = async (kind: string, countyCode: string) =>
    (await announced(kind, countyCode)).map((row) => row.type.replace('monitoring.alert.', ''));

  beforeAll(async () => {
    svc = await runService(monitoringService, 'mon-rules');
    jest.spyOn(svc.app.get(Clock), 'now').mockReturnValue(NOW);
    events = await EventPublisherForTests.start(svc.prefix);
    feed = new MarketFeed(events);
    tea = await feed.listedProduct(at('2026-03-01T08:00:00Z'), { category: 'tea', countyCode: '513431' });
    slumping = await feed.listedProduct(at('2026-03-01T08:00:00Z'), {
      category: 'tea',
      countyCode: '522728',
    });
    dairy = await feed.listedProduct(at('2026-03-01T08:00:00Z'), {
      category: 'dairy',
      countyCode: '513431',
      priceTiers: [{ minQuantity: 1, unitPriceCents: 1000 }],
    });
    risky = await feed.listedProduct(late(10), { category: 'temperate_fruit', countyCode: '513431' });
    await settle();
  });

  afterAll(async () => {
    await events?.stop();
    await svc?.stop();
  });

  it('raises price_drop once when the 14-day median falls below 80 % of the 56 days before, and clears it once at 90 %', async () => {
    for (const day of [6, 8, 10]) {
      await feed.sale({
        product: tea,
        quantity: 100,
        unitPriceCents: 8000,
        placedAt: april(day),
        acceptedAt: april(day + 2),
      });
    }
    await settle();
    for (const daysAgo of [10, 9, 8]) {
      await feed.sale({
        product: tea,
        quantity: 100,
        unitPriceCents: 6000,
        placedAt: late(daysAgo + 1),
        acceptedAt: late(daysAgo),
      });
      await settle();
    }
    expect(await types('price_drop', '513431')).toEqual(['raised.v1']);
    const admin = await tokenFor('admin', 'platform');
    const open = await svc.call({
      method: 'GET',
      url: '/v1/alerts?open=true&kind=price_drop&countyCode=513431',
      token: admin,
    });
    expect(open.body.items).toEqual([
      expect.objectContaining({
        kind: 'price_drop',
        category: 'tea',
        countyCode: '513431',
        open: true,
        evidence: expect.objectContaining({ value: 6000, baseline: 8000, ratio: 0.75, threshold: 0.8 }),
      }),
    ]);

    for (const daysAgo of [7, 6, 5]) {
      await feed.sale({
        product: tea,
        quantity: 100,
        unitPriceCents: 8000,
        placedAt: late(daysAgo + 1),
        acceptedAt: late(daysAgo),
      });
      await settle();
    }
    expect(await types('price_drop', '513431')).toEqual(['raised.v1']);
    await feed.sale({
      product: tea,
      quantity: 100,
      unitPriceCents: 8000,
      placedAt: late(5),
      acceptedAt: late(4),
    });
    await settle();
    expect(await types('price_drop', '513431')).toEqual(['raised.v1', 'cleared.v1']);
    const [raised, cleared] = await announced('price_drop', '513431');
    expect(cleared.alertId).toBe(raised.alertId);
  });

  it('raises sales_slump once when the last 14 days order under half the usual, and clears it once above 60 %', async () => {
    for (const day of [2, 9, 16, 23])
      await feed.sale({ product: slumping, quantity: 100, unitPriceCents: 8000, placedAt: april(day) });
    await settle();
    expect(await types('sales_slump', '522728')).toEqual(['raised.v1']);
    await feed.sale({ product: slumping, quantity: 50, unitPriceCents: 8000, placedAt: late(3) });
    await settle();
    expect(await types('sales_slump', '522728')).toEqual(['raised.v1']);
    await feed.sale({ product: slumping, quantity: 20, unitPriceCents: 8000, placedAt: late(2) });
    await settle();
    expect(await types('sales_slump', '522728')).toEqual(['raised.v1', 'cleared.v1']);
  });

  it('raises unsold_near_expiry once when over 30 % of the stock expires within 7 days, linking to an emergency sale', async () => {
    await feed.stockLevel(
      tea,
      [
        { available: 40, expiresOn: '2026-06-05' },
        { available: 60, expiresOn: '2026-08-01' },
      ],
      late(1),
    );
    await feed.stockLevel(
      tea,
      [
        { available: 25, expiresOn: '2026-06-05' },
        { available: 60, expiresOn: '2026-08-01' },
      ],
      late(0.5),
    );
    await settle();
    expect(await types('unsold_near_expiry', '513431')).toEqual(['raised.v1']);
    const official = await tokenFor('county_official', '513431');
    const [alert] = (
      await svc.call({ method: 'GET', url: '/v1/alerts?kind=unsold_near_expiry', token: official })
    ).body.items;
    expect(alert).toMatchObject({
      producerId: tea.producerId,
      evidence: {
        productId: tea.id,
        actionHref: '/v1/emergency-sales',
        value: 40,
        baseline: 100,
      },
    });
    await feed.stockLevel(
      tea,
      [
        { available: 15, expiresOn: '2026-06-05' },
        { available: 60, expiresOn: '2026-08-01' },
      ],
      late(0.25),
    );
    await settle();
    expect(await types('unsold_near_expiry', '513431')).toEqual(['raised.v1', 'cleared.v1']);
  });

  it('does not warn about near-expiry stock while an emergency sale of it is open, and warns again once it closes', async () => {
    const cabbage = await feed.listedProduct(late(20), {
      category: 'leafy_vegetables',
      countyCode: '513432',
    });
    const nearExpiry = (near: number) => [
      { available: near, expiresOn: '2026-06-04' },
      { available: 50, expiresOn: '2026-07-20' },
    ];
    await feed.stockLevel(cabbage, nearExpiry(50), late(3));
    await settle();
    expect(await types('unsold_near_expiry', '513432')).toEqual(['raised.v1']);

    const saleId = await feed.emergencySaleOpened(cabbage, 20, late(2));
    await settle();
    expect(await types('unsold_near_expiry', '513432')).toEqual(['raised.v1', 'cleared.v1']);
    // Units the sale holds leave ordinary stock; what is left is still mostly near expiry.
    await feed.stockLevel(cabbage, nearExpiry(30), late(2));
    await feed.stockLevel(cabbage, nearExpiry(45), late(1.5));
    await settle();
    expect(await types('unsold_near_expiry', '513432')).toEqual(['raised.v1', 'cleared.v1']);
    const admin = await tokenFor('admin', 'platform');
    const [cleared] = (
      await svc.call({
        method: 'GET',
        url: '/v1/alerts?kind=unsold_near_expiry&countyCode=513432',
        token: admin,
      })
    ).body.items;
    expect(cleared).toMatchObject({
      open: false,
      evidence: { productId: cabbage.id, actionHref: '/v1/emergency-sales' },
      clearEvidence: { productId: cabbage.id, emergencySaleId: saleId },
    });

    await feed.emergencySaleClosed(cabbage, saleId, 15, late(1));
    await settle();
    expect(await types('unsold_near_expiry', '513432')).toEqual(['raised.v1', 'cleared.v1', 'raised.v1']);
    const [first, , again] = await announced('unsold_near_expiry', '513432');
    expect(again.alertId).not.toBe(first.alertId);
    const open = await svc.call({
      method: 'GET',
      url: '/v1/alerts?open=true&kind=unsold_near_expiry&countyCode=513432',
      token: admin,
    });
    expect(open.body.items).toEqual([
      expect.objectContaining({
        alertId: again.alertId,
        evidence: expect.objectContaining({ value: 45, baseline: 95, actionHref: '/v1/emergency-sales' }),
      }),
    ]);
  });

  it("lets an administrator or the county's official acknowledge an alert, nobody else", async () => {
    const [{ alertId }] = await announced('sales_slump', '522728');
    const url = `/v1/alerts/${alertId}/acknowledge`;
    expect((await svc.call({ method: 'POST', url, token: await tokenFor('buyer', 'b-1') })).status).toBe(403);
    expect(
      (await svc.call({ method: 'POST', url, token: await tokenFor('county_official', '513431') })).status,
    ).toBe(404);
    const acknowledged = await svc.call({
      method: 'POST',
      url,
      token: await tokenFor('county_official', '522728', 'official-li'),
    });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({ alertId, acknowledgedBy: 'official-li' });
    expect(
      (
        await svc.call({
          method: 'POST',
          url: `/v1/alerts/${randomUUID()}/acknowledge`,
          token: await tokenFor('admin', 'platform'),
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await svc.call({
          method: 'GET',
          url: '/v1/alerts?open=maybe',
          token: await tokenFor('admin', 'platform'),
        })
      ).status,
    ).toBe(400);
  });

  it('flags a price outside 0.5–1.5 × the category reference and clears it when the price comes back', async () => {
    const other = await feed.listedProduct(at('2026-03-02T08:00:00Z'), {
      category: 'dairy',
      countyCode: '522728',
    });
    for (const daysAgo of [30, 20, 15, 12, 11]) {
      await feed.sale({
        product: other,
        quantity: 10,
        unitPriceCents: 3000,
        placedAt: late(daysAgo + 1),
        acceptedAt: late(daysAgo),
      });
    }
    await settle();
    const flags = () =>
      svc.db.query<{ type: string; ratio: number }>(
        `SELECT type, (envelope -> 'data' ->> 'ratio')::float AS ratio FROM outbox WHERE key = $1 ORDER BY seq`,
        [dairy.id],
      );
    expect(await flags()).toEqual([{ type: 'monitoring.price.flagged.v1', ratio: 0.3333 }]);
    await feed.publish(
      ProductUpdated,
      { ...dairy, priceTiers: [{ minQuantity: 1, unitPriceCents: 2900 }], version: 2 },
      late(1),
    );
    await settle();
    expect((await flags()).map((row) => row.type)).toEqual([
      'monitoring.price.flagged.v1',
      'monitoring.price.cleared.v1',
    ]);
  });

  it('puts a producer with a revoked certificate and two breached shipments at high risk, and brings it down when reinstated', async () => {
    const certificate: CertificateData = {
      number: 'PAP-2026-000777',
      scheme: 'poverty_alleviation_product',
      holderId: risky.producerId,
      productIds: [risky.id],
      issuedOn: '2026-01-10',
      validUntil: '2027-01-09',
      reason: 'pesticide residue over the limit',
    };
    await feed.publish(CertificateRevoked, certificate, late(5));
    await settle();
    for (const daysAgo of [4, 3]) {
      await feed.publish(
        ShipmentDelivered,
        {
          shipmentId: randomUUID(),
          orderId: randomUUID(),
          producerId: risky.producerId,
          at: late(daysAgo).toISOString(),
          coldChainVerdict: 'breached',
          figures: {
            minC: 1,
            maxC: 14,
            minutesOutOfRange: 300,
            longestExcursionMinutes: 200,
            mktC: 9,
            readings: 40,
          },
        },
        late(daysAgo),
      );
      await settle();
    }
    const producer = await tokenFor('producer', risky.producerId);
    const risk = await svc.call({
      method: 'GET',
      url: `/v1/producers/${risky.producerId}/risk`,
      token: producer,
    });
    expect(risk.status).toBe(200);
    expect(risk.body).toMatchObject({ level: 'high', score: 55 });
    expect(risk.body.factors).toEqual(
      expect.arrayContaining([
        { factor: 'certificates_suspended_or_revoked', value: 1, weight: 30, threshold: 0 },
        { factor: 'cold_chain_breach_rate', value: 1, weight: 25, threshold: 0.1 },
      ]),
    );
    expect(
      (
        await svc.call({
          method: 'GET',
          url: `/v1/producers/${risky.producerId}/risk`,
          token: await tokenFor('producer', randomUUID()),
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await svc.call({
          method: 'GET',
          url: `/v1/producers/${risky.producerId}/risk`,
          token: await tokenFor('county_official', '522728'),
        })
      ).status,
    ).toBe(404);
    const highs = await svc.call({
      method: 'GET',
      url: '/v1/risk/producers?level=high',
      token: await tokenFor('county_official', '513431'),
    });
    expect(highs.body.items.map((row: { producerId: string }) => row.producerId)).toEqual([risky.producerId]);
    expect(await types('producer_risk', '513431')).toEqual(['raised.v1']);

    await feed.publish(CertificateReinstated, { ...certificate, reason: 'retest passed' }, late(1));
    await settle();
    expect(await types('producer_risk', '513431')).toEqual(['raised.v1', 'cleared.v1']);
    const levels = await svc.db.query<{ level: string; previousLevel: string }>(
      `SELECT envelope -> 'data' ->> 'level' AS level, envelope -> 'data' ->> 'previousLevel' AS "previousLevel"
         FROM outbox WHERE type = 'monitoring.producer.riskChanged.v1' AND key = $1 ORDER BY seq`,
      [risky.producerId],
    );
    expect(levels.at(-1)).toEqual({ level: 'medium', previousLevel: 'high' });
  });

  describe('rebuild', () => {
    let rebuilt: TestDatabase;

    afterAll(async () => {
      await rebuilt?.drop();
    });

    it('wipes the state, replays every topic and ends with identical indicators, alerts and risk', async () => {
      await svc.caughtUp(...MONITORED_TOPICS);
      rebuilt = await createTestDatabase('mon-rebuilt');
      await rebuildMonitoring(
        {
          databaseUrl: rebuilt.url,
          messaging: { topicPrefix: svc.prefix, groupId: `${svc.prefix}.rebuild` },
        },
        NOW,
      );
      const indicators = (db: TestDatabase, countyCode: string | null) =>
        new IndicatorsRepository().indicators(
          { query: (sql: string, params: unknown[]) => db.query(sql, params) } as unknown as EntityManager,
          {
            category: null,
            countyCode,
            from: '2026-03-01',
            to: '2026-06-01',
            granularity: 'week',
            now: NOW,
            nearExpiryDays: 7,
            after: null,
            limit: 1000,
          },
        );
      const state = async (db: TestDatabase) => ({
        all: await indicators(db, null),
        county: await indicators(db, '513431'),
        alerts: await db.query(`SELECT * FROM alerts ORDER BY id`),
        risk: await db.query(
          `SELECT producer_id, county_code, level, score, factors FROM producer_risk ORDER BY producer_id`,
        ),
        flags: await db.query(
          `SELECT product_id, flagged, unit_price_cents, reference_cents, ratio FROM price_flags ORDER BY product_id`,
        ),
      });
      const live = await state(svc.db);
      expect(live.alerts.length).toBeGreaterThanOrEqual(4);
      expect(await state(rebuilt)).toEqual(live);
      expect(await rebuilt.query(`SELECT type FROM outbox`)).toEqual([]);
    });
  });
});
