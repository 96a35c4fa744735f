import { randomUUID } from 'node:crypto';
import {
  AlertAcknowledged,
  AlertCleared,
  AlertRaised,
  CertificateExpired,
  CertificateIssued,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  EmergencySaleClosed,
  EmergencySaleOpened,
  LotAdded,
  LotExpired,
  MarketHistoryImported,
  OrderCompleted,
  OrderDisputed,
  OrderPlaced,
  PriceCleared,
  PriceFlagged,
  ProducerRegistered,
  ProducerRiskChanged,
  ProductDelisted,
  ProductListed,
  ProductRegistered,
  ProductUpdated,
  ShipmentDelivered,
  StockLevelChanged,
  StockReservationRejected,
  type AlertData,
  type CertificateData,
  type ProductSnapshot,
} from '@hb/contracts';
import { monitoringService } from '../../../apps/monitoring/src';
import { fuzzService } from '../../support/fuzz-suite';
import { tokenFor } from '../../support/http';
import { DAY, MarketFeed, MONITORED_TOPICS } from '../../support/monitoring-fixtures';
import { productSnapshot } from '../../support/orders-fixtures';
import { waitFor } from '../../support/wait';

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10);
const county = () => String(100000 + Math.floor(Math.random() * 899999));

fuzzService('monitoring', monitoringService, async (svc, events) => {
  const feed = new MarketFeed(events);
  const admin = await tokenFor('admin', 'fuzz-ministry');
  // A product whose stock is mostly near expiry: an open alert to acknowledge.
  const tea = await feed.listedProduct(new Date(Date.now() - 30 * DAY), { countyCode: '513431' });
  await feed.stockLevel(
    tea,
    [
      { available: 80, expiresOn: day(-2) },
      { available: 20, expiresOn: day(-60) },
    ],
    new Date(Date.now() - DAY),
  );
  /** Monitoring reads its own topics back: what it announced is relayed, then consumed. */
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
  await settle();
  const alerts = await svc.call({ method: 'GET', url: '/v1/alerts?kind=unsold_near_expiry', token: admin });
  const alertId = alerts.body.items[0].alertId as string;

  const product = (overrides: Partial<ProductSnapshot> = {}) =>
    productSnapshot({ countyCode: county(), ...overrides });
  const stockOf = (snapshot: ProductSnapshot) => ({
    productId: snapshot.id,
    producerId: snapshot.producerId,
    countyCode: snapshot.countyCode,
    category: snapshot.category,
  });
  const certificate = (): CertificateData => ({
    number: `GF-2026-${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`,
    scheme: 'green_food',
    holderId: randomUUID(),
    productIds: [randomUUID()],
    issuedOn: day(100),
    validUntil: day(-265),
  });
  const alert = (): AlertData => ({
    alertId: randomUUID(),
    kind: 'sales_slump',
    severity: 'warning',
    countyCode: county(),
    category: 'tea',
    evidence: {
      metric: 'ordered_quantity',
      value: 10,
      baseline: 100,
      ratio: 0.1,
      threshold: 0.5,
      from: day(14),
      to: day(0),
    },
  });
  const priceFinding = () => ({
    productId: randomUUID(),
    unitPriceCents: 20_000,
    referenceCents: 8000,
    ratio: 2.5,
  });
  /** A week of a market's history, somewhere in the last ten years: new each time. */
  const historyWeek = () => {
    const weeksAgo = 3 + Math.floor(Math.random() * 500);
    return {
      countyCode: county(),
      category: 'tea' as const,
      from: day(7 * weeksAgo),
      to: day(7 * weeksAgo - 6),
      orderedQuantity: 700,
      orderLines: 7,
      acceptedQuantity: 650,
      acceptedCents: 650 * 8000,
      acceptedLines: 6,
    };
  };

  return {
    settle,
    http: {
      tokens: { admin, county_official: await tokenFor('county_official', '513431') },
      known: {
        path: { id: [alertId] },
        requests: {
          'POST /v1/market/history': () => ({
            source: 'county e-commerce centre export',
            records: [historyWeek()],
          }),
        },
      },
      async stillServes() {
        const listed = await svc.call({ method: 'GET', url: '/v1/alerts', token: admin });
        expect(listed.status).toBe(200);
        const imported = await svc.call({
          method: 'POST',
          url: '/v1/market/history',
          token: admin,
          body: { source: 'county export', records: [historyWeek()] },
        });
        expect(imported.status).toBe(200);
      },
    },
    events: {
      [ProducerRegistered.type]: () => ({
        id: randomUUID(),
        name: 'Fuzz highland cooperative',
        kind: 'cooperative',
        countyCode: county(),
        countyPovertyStatus: 'deep',
        creditCode: '93513431MA6XYZ1234',
        povertyHouseholds: 40,
      }),
      [ProductRegistered.type]: () => product({ status: 'draft' }),
      [ProductUpdated.type]: () => product({ version: 2 }),
      [ProductListed.type]: () => product(),
      [ProductDelisted.type]: () => product({ status: 'delisted', version: 3 }),
      [OrderPlaced.type]: () => ({
        orderId: randomUUID(),
        buyerId: 'fuzz-canteen',
        lines: [{ productId: tea.id, quantity: 10, unitPriceCents: 8800, lineTotalCents: 88_000 }],
        totalCents: 88_000,
        placedAt: new Date().toISOString(),
      }),
      [OrderCompleted.type]: () => ({ orderId: randomUUID(), buyerId: 'fuzz-canteen' }),
      [OrderDisputed.type]: () => ({
        orderId: randomUUID(),
        buyerId: 'fuzz-canteen',
        lines: [{ productId: tea.id, orderedQuantity: 10, acceptedQuantity: 5, refundCents: 44_000 }],
        refundCents: 44_000,
      }),
      [StockReservationRejected.type]: () => ({
        orderId: randomUUID(),
        reasons: [{ productId: tea.id, reason: 'insufficient', requested: 500, available: 100 }],
      }),
      [LotAdded.type]: () => ({
        ...stockOf(tea),
        lotId: randomUUID(),
        quantity: 50,
        harvestedOn: day(3),
        expiresOn: day(-120),
      }),
      [LotExpired.type]: () => ({
        ...stockOf(tea),
        lotId: randomUUID(),
        quantity: 50,
        quantityLeft: 10,
        expiresOn: day(1),
      }),
      [StockLevelChanged.type]: () => ({
        ...stockOf(product()),
        available: 40,
        reserved: 0,
        lots: [{ lotId: randomUUID(), available: 40, expiresOn: day(-90) }],
      }),
      [EmergencySaleOpened.type]: () => ({
        ...stockOf(product()),
        saleId: randomUUID(),
        quantity: 30,
        unitPriceCents: 700,
        reason: 'near_expiry',
        endsAt: new Date(Date.now() + 7 * DAY).toISOString(),
        note: null,
        openedAt: new Date().toISOString(),
      }),
      [EmergencySaleClosed.type]: () => ({
        saleId: randomUUID(),
        productId: randomUUID(),
        soldQuantity: 20,
        unsoldQuantity: 10,
        closedBy: 'hand',
        closedAt: new Date().toISOString(),
      }),
      [ShipmentDelivered.type]: () => ({
        shipmentId: randomUUID(),
        orderId: randomUUID(),
        producerId: tea.producerId,
        at: new Date().toISOString(),
        coldChainVerdict: 'ok',
        figures: {
          minC: 2,
          maxC: 6,
          minutesOutOfRange: 0,
          longestExcursionMinutes: 0,
          mktC: 4,
          readings: 40,
        },
      }),
      [CertificateIssued.type]: certificate,
      [CertificateSuspended.type]: () => ({ ...certificate(), reason: 'residue over the limit' }),
      [CertificateReinstated.type]: () => ({ ...certificate(), reason: 'retest passed' }),
      [CertificateRevoked.type]: () => ({ ...certificate(), reason: 'fraudulent records' }),
      [CertificateExpired.type]: certificate,
      [AlertRaised.type]: alert,
      [AlertCleared.type]: alert,
      [AlertAcknowledged.type]: () => ({
        ...alert(),
        acknowledgedBy: 'official-li',
        acknowledgedAt: new Date().toISOString(),
      }),
      [PriceFlagged.type]: priceFinding,
      [PriceCleared.type]: () => ({ ...priceFinding(), unitPriceCents: 8000, ratio: 1 }),
      [ProducerRiskChanged.type]: () => ({
        producerId: randomUUID(),
        countyCode: county(),
        level: 'medium',
        previousLevel: 'low',
        score: 30,
        factors: [{ factor: 'certificates_suspended_or_revoked', value: 1, weight: 30, threshold: 0 }],
      }),
      [MarketHistoryImported.type]: () => ({
        countyCode: county(),
        category: 'tea',
        source: 'county e-commerce centre export',
        importedBy: 'admin-demo',
        importedAt: new Date().toISOString(),
        periods: [
          {
            from: day(40),
            to: day(34),
            orderedQuantity: 700,
            orderLines: 7,
            acceptedQuantity: 650,
            acceptedCents: 650 * 8000,
            acceptedLines: 6,
          },
        ],
      }),
    },
  };
});
