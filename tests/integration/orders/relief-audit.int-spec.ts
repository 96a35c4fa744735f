import { randomUUID } from 'node:crypto';
import {
  CountyRegistered,
  PairingRegistered,
  ProductListed,
  ShipmentCreated,
  ShipmentDelivered,
  ShipmentPickedUp,
  StockReserved,
  type ProductSnapshot,
} from '@hb/contracts';
import { Clock } from '@hb/platform';
import { AutoAcceptanceService, type OrderView, ordersService } from '../../../apps/orders/src';
import { day } from '../../support/catalog-factories';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import { countySnapshot, productSnapshot } from '../../support/orders-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

type Verdict = 'ok' | 'excursion' | 'breached';

describe('orders: relief you can audit (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  let orderEvents: TopicReader;
  let reliefEvents: TopicReader;
  let admin: string;
  let canteen: string;
  let tea: ProductSnapshot;
  let goat: ProductSnapshot;
  const thisYear = new Date().toISOString().slice(0, 4);
  // Two years: the auto-acceptance test records entries a week ahead, which may fall in next year.
  const wholeYear = `from=${thisYear}-01-01&to=${Number(thisYear) + 1}-12-31`;

  const getOrder = async (id: string): Promise<OrderView> =>
    (await svc.call({ method: 'GET', url: `/v1/orders/${id}`, token: admin })).body as OrderView;

  const statusBecomes = (id: string, status: string) =>
    waitFor(async () => ((await getOrder(id)).status === status ? true : undefined), {
      what: `order ${id} to become ${status}`,
    });

  const accept = (orderId: string, body: unknown = {}) =>
    svc.call({ method: 'POST', url: `/v1/orders/${orderId}/accept`, token: canteen, body });

  const summary = async (query = wholeYear) =>
    (await svc.call({ method: 'GET', url: `/v1/relief/summary?${query}` })).body as {
      totalCents: number;
      acceptedDespiteBreachCents: number;
      reversedCents: number;
    };

  const entriesOf = (orderId: string) =>
    svc.db.query<{
      kind: string;
      product_id: string;
      amount_cents: number;
      cold_chain_verdict: string | null;
      reverses: string | null;
      id: string;
    }>(
      `SELECT id, kind, product_id, amount_cents, cold_chain_verdict, reverses FROM relief_entries
        WHERE order_id = $1 ORDER BY kind, product_id`,
      [orderId],
    );

  /** A delivered order of tea (Zhaojue) and chilled goat (Butuo), each shipment with its verdict. */
  const deliveredOrder = async (
    verdicts: { tea: Verdict; goat: Verdict },
    teaQuantity = 120,
    goatQuantity = 30,
  ) => {
    const placed = await svc.call({
      method: 'POST',
      url: '/v1/orders',
      token: canteen,
      headers: { 'idempotency-key': randomUUID() },
      body: {
        lines: [
          { productId: tea.id, quantity: teaQuantity },
          { productId: goat.id, quantity: goatQuantity },
        ],
        deliveryAddress: 'Fucheng No. 1 Middle School canteen, Mianyang',
        requestedDeliveryDate: day(7),
      },
    });
    expect(placed.status).toBe(201);
    const orderId = String(placed.body.id);
    await events.publish(StockReserved, {
      orderId,
      lines: [tea, goat].map((product, index) => {
        const quantity = index === 0 ? teaQuantity : goatQuantity;
        return {
          productId: product.id,
          quantity,
          lots: [{ lotId: randomUUID(), quantity, expiresOn: day(30) }],
        };
      }),
    });
    await statusBecomes(orderId, 'CONFIRMED');
    for (const [product, verdict] of [
      [tea, verdicts.tea],
      [goat, verdicts.goat],
    ] as const) {
      const ref = { shipmentId: randomUUID(), orderId, producerId: product.producerId };
      await events.publish(ShipmentCreated, ref);
      await events.publish(ShipmentPickedUp, { ...ref, at: new Date().toISOString() });
      await events.publish(ShipmentDelivered, {
        ...ref,
        at: new Date().toISOString(),
        coldChainVerdict: verdict,
        figures: {
          minC: 1,
          maxC: verdict === 'ok' ? 4 : 14,
          minutesOutOfRange: verdict === 'ok' ? 0 : 180,
          longestExcursionMinutes: verdict === 'ok' ? 0 : 180,
          mktC: 3.2,
          readings: 200,
        },
      });
    }
    await statusBecomes(orderId, 'DELIVERED');
    return orderId;
  };

  const eventOf = (reader: TopicReader, type: string, orderId: string) =>
    waitFor(() => reader.envelopes().find((e) => e.type === type && e.data.orderId === orderId), {
      what: `${type} of ${orderId}`,
    });

  beforeAll(async () => {
    svc = await runService(ordersService, 'relief_audit');
    events = await EventPublisherForTests.start(svc.prefix);
    orderEvents = await svc.read('orders.order.v1');
    reliefEvents = await svc.read('orders.relief.v1');
    admin = await tokenFor('admin', 'harvest-bridge-ops');
    const registered = await svc.call({
      method: 'POST',
      url: '/v1/buyers',
      token: admin,
      body: {
        name: 'Fucheng No. 1 Middle School canteen',
        kind: 'budget_unit',
        regionCode: '510703',
        annualFoodBudgetCents: 100_000_000,
        pledgedSharePercent: 15,
      },
    });
    expect(registered.status).toBe(201);
    canteen = await tokenFor('buyer', String(registered.body.id));
    tea = productSnapshot();
    goat = productSnapshot({
      name: 'Butuo black goat, chilled',
      countyCode: '513429',
      category: 'chilled_meat',
      minOrderQuantity: 20,
      priceTiers: [{ minQuantity: 20, unitPriceCents: 9800 }],
    });
    await events.publish(CountyRegistered, countySnapshot());
    await events.publish(CountyRegistered, countySnapshot({ code: '513429', name: 'Butuo' }));
    for (const product of [tea, goat]) await events.publish(ProductListed, product);
    await waitFor(async () => (await svc.db.query(`SELECT 1 FROM catalog_products`)).length === 2, {
      what: 'the catalog read model',
    });
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await events?.stop();
    await svc?.stop();
  });

  describe('a public summary that cannot be abused', () => {
    it.each([
      ['a day that does not exist', 'from=2026-02-30&to=2026-03-31', 400],
      ['a malformed date', 'to=2026-3-31', 400],
      ['a period ending before it starts', 'from=2026-03-01&to=2026-02-01', 422],
      ['a period of thousands of years', 'from=0001-01-01&to=9999-12-31', 422],
      ['ten years and a day', 'from=2016-01-01&to=2026-01-01', 422],
    ])('answers %s with a problem (%s → %i)', async (_label, query, status) => {
      const answer = await svc.call({ method: 'GET', url: `/v1/relief/summary?${query}` });
      expect(answer.status).toBe(status);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    });

    it('answers ten years with 120 months at most', async () => {
      const answer = await svc.call({
        method: 'GET',
        url: '/v1/relief/summary?from=2016-01-01&to=2025-12-31',
      });
      expect(answer.status).toBe(200);
      expect(answer.body.byMonth).toHaveLength(120);
    });

    it('refuses a requested delivery date that is not a calendar day (400), writing nothing', async () => {
      const answer = await svc.call({
        method: 'POST',
        url: '/v1/orders',
        token: canteen,
        headers: { 'idempotency-key': randomUUID() },
        body: {
          lines: [{ productId: tea.id, quantity: 50 }],
          deliveryAddress: 'Fucheng No. 1 Middle School canteen, Mianyang',
          requestedDeliveryDate: `${Number(thisYear) + 1}-02-30`,
        },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([
        {
          field: 'requestedDeliveryDate',
          messages: ['requestedDeliveryDate must be a calendar day written YYYY-MM-DD'],
        },
      ]);
    });
  });

  describe('acceptance that knows the cold chain', () => {
    it('refuses to accept a breached line without a decision (422 listing it), changing nothing', async () => {
      const orderId = await deliveredOrder({ tea: 'ok', goat: 'breached' });
      for (const body of [{}, { lines: [{ productId: tea.id, acceptedQuantity: 120 }] }]) {
        const answer = await accept(orderId, body);
        expect(answer.status).toBe(422);
        expect(answer.body).toMatchObject({
          type: '/problems/breached-cold-chain',
          lines: [{ productId: goat.id, producerId: goat.producerId, quantity: 30 }],
        });
      }
      expect((await getOrder(orderId)).status).toBe('DELIVERED');
      expect(await entriesOf(orderId)).toEqual([]);
    });

    it('wants a reason of at least 10 characters, and only on a breached line', async () => {
      const orderId = await deliveredOrder({ tea: 'ok', goat: 'breached' });
      const short = await accept(orderId, { lines: [{ productId: goat.id, overrideReason: 'fine' }] });
      expect(short.status).toBe(400);
      const misplaced = await accept(orderId, {
        lines: [{ productId: tea.id, overrideReason: 'the tea was fine anyway' }],
      });
      expect(misplaced.status).toBe(422);
      expect((await getOrder(orderId)).status).toBe('DELIVERED');
    });

    it('counts a breached line kept with an override only in acceptedDespiteBreachCents', async () => {
      const before = await summary();
      const orderId = await deliveredOrder({ tea: 'ok', goat: 'breached' });
      const answer = await accept(orderId, {
        lines: [{ productId: goat.id, overrideReason: 'Cooked the same day; cold room log shows 3 °C' }],
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'COMPLETED', settledBy: 'buyer' });
      expect(answer.body.lines[1]).toMatchObject({ coldChainVerdict: 'breached', acceptedQuantity: 30 });
      const entries = await entriesOf(orderId);
      expect(entries).toHaveLength(2);
      expect(entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'contribution',
            product_id: goat.id,
            cold_chain_verdict: 'breached',
          }),
          expect.objectContaining({ kind: 'contribution', product_id: tea.id, cold_chain_verdict: 'ok' }),
        ]),
      );
      const after = await summary();
      expect(after.totalCents - before.totalCents).toBe(120 * 7900);
      expect(after.acceptedDespiteBreachCents - before.acceptedDespiteBreachCents).toBe(30 * 9800);
      const completed = await eventOf(orderEvents, 'orders.order.completed.v1', orderId);
      expect(completed.data.settledBy).toBe('buyer');
      const recorded = await waitFor(() =>
        reliefEvents.envelopes().find((e) => e.data.orderId === orderId && e.data.productId === goat.id),
      );
      expect(recorded.data.coldChainVerdict).toBe('breached');
    });
  });

  describe('auto-acceptance', () => {
    it('settles an order nobody answered after ORDERS_AUTO_ACCEPT_DAYS: sound lines kept, breached refused', async () => {
      const late = await deliveredOrder({ tea: 'ok', goat: 'breached' });
      const sweep = svc.app.get(AutoAcceptanceService);
      const clock = svc.app.get(Clock);
      const deliveredAt = Date.parse((await getOrder(late)).deliveredAt!);
      const spy = jest.spyOn(clock, 'now').mockReturnValue(new Date(deliveredAt + 6 * 86_400_000));
      try {
        await sweep.sweep();
        expect((await getOrder(late)).status).toBe('DELIVERED');

        spy.mockReturnValue(new Date(deliveredAt + 7 * 86_400_000 + 1000));
        expect(await sweep.sweep()).toBeGreaterThanOrEqual(1);
      } finally {
        spy.mockRestore();
      }
      const settled = await getOrder(late);
      expect(settled).toMatchObject({ status: 'DISPUTED', settledBy: 'auto', refundCents: 30 * 9800 });
      expect(settled.lines.map((line) => line.acceptedQuantity)).toEqual([120, 0]);
      expect((await entriesOf(late)).map((entry) => entry.product_id)).toEqual([tea.id]);
      const disputed = await eventOf(orderEvents, 'orders.order.disputed.v1', late);
      expect(disputed.data.settledBy).toBe('auto');
    });
  });

  describe('an append-only ledger with reversals', () => {
    it('reverses exactly the refund resolved after acceptance, and the ledger still adds up', async () => {
      const orderId = await deliveredOrder({ tea: 'ok', goat: 'breached' });
      expect(
        (await accept(orderId, { lines: [{ productId: goat.id, acceptedQuantity: 0 }] })).body.status,
      ).toBe('DISPUTED');
      const before = await summary();
      const resolve = (body: unknown, token = admin) =>
        svc.call({ method: 'POST', url: `/v1/orders/${orderId}/dispute/resolve`, token, body });
      expect(
        (await resolve({ resolution: 'refund', refundCents: 50_000, note: 'mouldy' }, canteen)).status,
      ).toBe(403);
      expect((await resolve({ resolution: 'refund', note: 'no amount' })).status).toBe(422);
      expect((await resolve({ resolution: 'rejected', refundCents: 10, note: 'no' })).status).toBe(422);
      expect(
        (await resolve({ resolution: 'refund', refundCents: 120 * 7900 + 1, note: 'too much' })).status,
      ).toBe(422);

      const resolved = await resolve({
        resolution: 'refund',
        refundCents: 50_000,
        note: '5 kg arrived mouldy',
      });
      expect(resolved.status).toBe(200);
      expect(resolved.body).toMatchObject({
        status: 'RESOLVED',
        resolution: 'refund',
        refundCents: 30 * 9800 + 50_000,
      });
      const entries = await entriesOf(orderId);
      const contribution = entries.find((entry) => entry.kind === 'contribution')!;
      expect(entries.filter((entry) => entry.kind === 'reversal')).toEqual([
        expect.objectContaining({ amount_cents: -50_000, reverses: contribution.id, product_id: tea.id }),
      ]);
      const after = await summary();
      expect(before.totalCents - after.totalCents).toBe(50_000);
      expect(after.reversedCents - before.reversedCents).toBe(50_000);
      expect((await eventOf(orderEvents, 'orders.order.disputeResolved.v1', orderId)).data).toMatchObject({
        resolution: 'refund',
        refundCents: 50_000,
      });
      const reversed = await waitFor(() =>
        reliefEvents
          .envelopes()
          .find((e) => e.type === 'orders.relief.contributionReversed.v1' && e.data.orderId === orderId),
      );
      expect(reversed.data).toMatchObject({ amountCents: -50_000, reverses: contribution.id });
      expect((await resolve({ resolution: 'rejected', note: 'again' })).status).toBe(409);
    });

    it('refuses to update or delete a ledger entry, whoever asks', async () => {
      await expect(svc.db.query(`UPDATE relief_entries SET amount_cents = 0`)).rejects.toThrow(/append-only/);
      await expect(svc.db.query(`DELETE FROM relief_entries`)).rejects.toThrow(/append-only/);
    });

    it('reconciles: every county and producer of the ledger against the orders, difference 0', async () => {
      const answer = await svc.call({
        method: 'GET',
        url: `/v1/relief/reconciliation?${wholeYear}`,
        token: admin,
      });
      expect(answer.status).toBe(200);
      expect(answer.body.differenceCents).toBe(0);
      expect(answer.body.ledgerCents).toBeGreaterThan(0);
      expect(answer.body.refundedCents).toBe(50_000);
      expect(answer.body.byCounty.map((county: { countyCode: string }) => county.countyCode)).toEqual([
        '513429',
        '513431',
      ]);
      for (const row of [...answer.body.byCounty, ...answer.body.byProducer])
        expect(row.differenceCents).toBe(0);

      const zhaojue = await tokenFor('county_official', '513431');
      const own = await svc.call({
        method: 'GET',
        url: `/v1/relief/reconciliation?${wholeYear}`,
        token: zhaojue,
      });
      expect(own.body.byCounty.map((county: { countyCode: string }) => county.countyCode)).toEqual([
        '513431',
      ]);
      expect(
        (await svc.call({ method: 'GET', url: '/v1/relief/reconciliation', token: canteen })).status,
      ).toBe(403);
      const malformed = await tokenFor('county_official', '5134310');
      expect(
        (await svc.call({ method: 'GET', url: '/v1/relief/reconciliation', token: malformed })).status,
      ).toBe(404);
    });
  });

  describe('paired assistance and county officials', () => {
    const pairings = {
      mianyangZhaojue: randomUUID(),
      mianyangButuo: randomUUID(),
      fuchengZhaojue: randomUUID(),
      jiangyouButuo: randomUUID(),
    };

    beforeAll(async () => {
      const pair = (id: string, code: string, name: string, county: string) =>
        events.publish(PairingRegistered, {
          id,
          assistingRegionCode: code,
          assistingRegionName: name,
          assistedCountyCode: county,
          from: '2018-01-01',
          to: null,
          version: 1,
        });
      await pair(pairings.mianyangZhaojue, '510700', 'Mianyang', '513431');
      await pair(pairings.mianyangButuo, '510700', 'Mianyang', '513429');
      await pair(pairings.fuchengZhaojue, '510703', 'Fucheng', '513431');
      await pair(pairings.jiangyouButuo, '510781', 'Jiangyou', '513429');
      await waitFor(async () => (await svc.db.query(`SELECT 1 FROM catalog_pairings`)).length === 4, {
        what: 'the pairing read model',
      });
    });

    it('counts a Fucheng canteen buying Zhaojue buckwheat under Mianyang→Zhaojue and Fucheng→Zhaojue alike', async () => {
      const body = (await svc.call({ method: 'GET', url: `/v1/relief/summary?${wholeYear}` })).body as {
        byCounty: { countyCode: string; amountCents: number }[];
        byPairing: { pairingId: string; totalCents: number; assistingRegionName: string }[];
      };
      const through = Object.fromEntries(body.byPairing.map((row) => [row.pairingId, row.totalCents]));
      const zhaojue = body.byCounty.find((county) => county.countyCode === '513431')!.amountCents;
      // The only Butuo goat kept came in a breached shipment: reported apart, so through no pairing.
      const butuo = body.byCounty.find((county) => county.countyCode === '513429')?.amountCents ?? 0;
      expect(zhaojue).toBeGreaterThan(0);
      expect(through[pairings.mianyangZhaojue]).toBe(zhaojue);
      expect(through[pairings.fuchengZhaojue]).toBe(zhaojue);
      expect(through[pairings.mianyangButuo]).toBe(butuo);
      expect(through[pairings.jiangyouButuo]).toBe(0);

      const report = await svc.call({
        method: 'GET',
        url: `/v1/relief/pairings/${pairings.fuchengZhaojue}?${wholeYear}`,
      });
      expect(report.status).toBe(200);
      expect(report.body).toMatchObject({
        assistingRegionCode: '510703',
        assistedCountyCode: '513431',
        totalCents: zhaojue,
        byProducer: [{ producerId: tea.producerId, amountCents: zhaojue }],
      });
      expect(report.body.byMonth).toHaveLength(24);
      expect((await svc.call({ method: 'GET', url: `/v1/relief/pairings/${randomUUID()}` })).status).toBe(
        404,
      );
    });

    it('requires a region for a new buyer, and refuses a province', async () => {
      const register = (regionCode?: string) =>
        svc.call({
          method: 'POST',
          url: '/v1/buyers',
          token: admin,
          body: {
            name: 'Jiangyou Hospital canteen',
            kind: 'enterprise',
            ...(regionCode ? { regionCode } : {}),
          },
        });
      expect((await register()).status).toBe(400);
      expect((await register('510000')).status).toBe(400);
      expect((await register('510781')).body).toMatchObject({ regionCode: '510781' });
    });

    it("shows a Zhaojue official its county's relief, and 404 on Butuo", async () => {
      const official = await tokenFor('county_official', '513431');
      const own = await svc.call({
        method: 'GET',
        url: `/v1/relief/counties/513431?${wholeYear}`,
        token: official,
      });
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({
        countyCode: '513431',
        countyName: 'Zhaojue',
        byProducer: [{ producerId: tea.producerId }],
        byBuyerKind: [{ buyerKind: 'budget_unit' }],
        reversedCents: 50_000,
      });
      expect(own.body.totalCents).toBeGreaterThan(0);
      expect(own.body.byPairing.map((row: { pairingId: string }) => row.pairingId).sort()).toEqual(
        [pairings.mianyangZhaojue, pairings.fuchengZhaojue].sort(),
      );
      const other = await svc.call({ method: 'GET', url: '/v1/relief/counties/513429', token: official });
      expect(other.status).toBe(404);
      expect(
        (await svc.call({ method: 'GET', url: '/v1/relief/counties/513429', token: admin })).status,
      ).toBe(200);
      expect(
        (await svc.call({ method: 'GET', url: '/v1/relief/counties/513431', token: canteen })).status,
      ).toBe(403);
    });
  });
});
