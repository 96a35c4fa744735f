import { catalogService } from '../../apps/catalog/src';
import { certificationService } from '../../apps/certification/src';
import { logisticsService } from '../../apps/logistics/src';
import { type OrderView, ordersService } from '../../apps/orders/src';
import { county, day, producer, product } from '../support/catalog-factories';
import { EventContractChecker } from '../support/event-contracts';
import { tokenFor } from '../support/http';
import { TopicReader, uniquePrefix } from '../support/kafka';
import { ResponseConformance } from '../support/response-conformance';
import { runService, type RunningService } from '../support/service-harness';
import { waitFor } from '../support/wait';

const MINUTE = 60_000;
const STAGES = ['accepted', 'inspection', 'testing', 'review', 'approved'];

/**
 * All four services on one Kafka namespace, each with its own database, driven only through their
 * HTTP APIs as producers, a certifier, a platform, a canteen and a cold-chain operator would.
 */
describe('the whole system: certified relief products from order to relief ledger (real Kafka and PostgreSQL)', () => {
  let catalog: RunningService;
  let orders: RunningService;
  let logistics: RunningService;
  let certification: RunningService;
  let admin: string;
  let certifier: string;
  let approver: string;
  let operator: string;
  let platform: string;
  let canteenId: string;
  let canteen: string;
  const producers: Record<'buckwheat' | 'goat', { id: string; token: string; productId: string }> =
    {} as never;
  let prefix: string;
  const conformance = new ResponseConformance();

  /** A producer applies for a certificate and the certifier takes it through every stage. */
  const certify = async (who: 'buckwheat' | 'goat', scheme: string): Promise<string> => {
    const { token, productId } = producers[who];
    const submitted = await waitFor(
      async () => {
        const answer = await certification.call({
          method: 'POST',
          url: '/v1/applications',
          token,
          body: { certificationBodyId: 'green-food-center-sichuan', scheme, productIds: [productId] },
        });
        if (answer.status === 201) return answer.body as { id: string };
        expect(answer.status).toBe(422); // certification has not heard of the product from catalog yet
        return undefined;
      },
      { what: 'certification to know the product' },
    );
    for (const to of STAGES) {
      const moved = await certification.call({
        method: 'POST',
        url: `/v1/applications/${submitted.id}/transitions`,
        token: to === 'approved' ? approver : certifier,
        body: { to, note: `${to} by the Sichuan green food centre` },
      });
      expect(moved.status).toBe(200);
    }
    const approved = (
      await certification.call({ method: 'GET', url: `/v1/applications/${submitted.id}`, token: certifier })
    ).body;
    expect(approved.stage).toBe('approved');
    return String(approved.certificateNumber);
  };

  const orderOnceItIs = (orderId: string, status: string) =>
    waitFor(
      async () => {
        const order = (await orders.call({ method: 'GET', url: `/v1/orders/${orderId}`, token: canteen }))
          .body as OrderView;
        return order.status === status ? order : undefined;
      },
      { what: `order ${orderId} to become ${status}` },
    );

  const placeOrder = async (
    lines: { productId: string; quantity: number }[],
    key: string,
  ): Promise<OrderView> => {
    const answer = await orders.call({
      method: 'POST',
      url: '/v1/orders',
      token: canteen,
      headers: { 'idempotency-key': key },
      body: {
        lines,
        deliveryAddress: 'Mianyang Municipal Government Canteen, 1 Jiannan Road',
        requestedDeliveryDate: day(3),
      },
    });
    expect(answer.status).toBe(201);
    return answer.body as OrderView;
  };

  /** The operator claims the shipment, drives it to the canteen and uploads the logger's record. */
  const deliver = async (shipmentId: string, temperatures: (minute: number) => number) => {
    const start = Date.now() - 5 * 60 * MINUTE;
    expect(
      (await logistics.call({ method: 'POST', url: `/v1/shipments/${shipmentId}/claim`, token: operator }))
        .status,
    ).toBeLessThan(300);
    const move = async (type: string, minute: number) => {
      const answer = await logistics.call({
        method: 'POST',
        url: `/v1/shipments/${shipmentId}/events`,
        token: operator,
        body: {
          type,
          at: new Date(start + minute * MINUTE).toISOString(),
          location: 'G5 expressway',
          handedOverBy: 'cooperative warehouse',
          receivedBy: 'Liangshan Cold Chain driver',
        },
      });
      expect(answer.status).toBeLessThan(300);
    };
    await move('picked_up', 0);
    await move('in_transit', 5);
    const readings = Array.from({ length: 48 }, (_, index) => ({
      deviceId: `LOGGER-${shipmentId.slice(0, 6)}`,
      recordedAt: new Date(start + (10 + index * 5) * MINUTE).toISOString(),
      temperatureC: temperatures(10 + index * 5),
    }));
    expect(
      (
        await logistics.call({
          method: 'POST',
          url: `/v1/shipments/${shipmentId}/readings`,
          token: operator,
          body: { readings },
        })
      ).status,
    ).toBeLessThan(300);
    await move('out_for_delivery', 260);
    await move('delivered', 280);
  };

  beforeAll(async () => {
    prefix = uniquePrefix('whole');
    // Started together, as replicas of a fresh deployment would be; if one fails, stop the others.
    const started = await Promise.allSettled([
      runService(catalogService, 'whole-catalog', { prefix }),
      runService(ordersService, 'whole-orders', { prefix }),
      runService(logisticsService, 'whole-logistics', { prefix }),
      runService(certificationService, 'whole-cert', { prefix }),
    ]);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) {
      const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      await Promise.allSettled(running.map((svc) => svc.stop()));
      throw failed.reason;
    }
    [catalog, orders, logistics, certification] = started.map((result) =>
      conformance.watch((result as PromiseFulfilledResult<RunningService>).value),
    );
    admin = await tokenFor('admin', 'harvest-bridge-ops');
    certifier = await tokenFor('certifier', 'green-food-center-sichuan', 'inspector-li-wei');
    approver = await tokenFor('certifier', 'green-food-center-sichuan', 'chief-inspector-zhou-min');
    const registered = await certification.call({
      method: 'POST',
      url: '/v1/certification-bodies',
      token: admin,
      body: { id: 'green-food-center-sichuan', name: 'China Green Food Development Center, Sichuan office' },
    });
    expect(registered.status).toBe(201);
    operator = await tokenFor('operator', 'liangshan-cold-chain');
    platform = await tokenFor('platform', 'sichuan-relief-mall');

    for (const [code, name] of [
      ['513431', 'Zhaojue'],
      ['513429', 'Butuo'],
    ]) {
      expect(
        (
          await catalog.call({
            method: 'POST',
            url: '/v1/counties',
            token: admin,
            body: county({ code, name }),
          })
        ).status,
      ).toBe(201);
    }
    for (const [code, name] of [
      ['510700', 'Mianyang'],
      ['510703', 'Fucheng'],
    ]) {
      const paired = await catalog.call({
        method: 'POST',
        url: '/v1/pairings',
        token: admin,
        body: {
          assistingRegionCode: code,
          assistingRegionName: name,
          assistedCountyCode: '513431',
          from: '2018-01-01',
          to: null,
        },
      });
      expect(paired.status).toBe(201);
    }
    const setUp = async (key: 'buckwheat' | 'goat', countyCode: string, item: Record<string, unknown>) => {
      const registered = await catalog.call({
        method: 'POST',
        url: '/v1/producers',
        token: admin,
        body: producer(countyCode, { name: `${key} producer` }),
      });
      const id = String(registered.body.id);
      const token = await tokenFor('producer', id);
      const created = await catalog.call({ method: 'POST', url: '/v1/products', token, body: product(item) });
      const productId = String(created.body.id);
      expect(
        (await catalog.call({ method: 'POST', url: `/v1/products/${productId}/list`, token })).status,
      ).toBe(200);
      expect(
        (
          await catalog.call({
            method: 'POST',
            url: `/v1/products/${productId}/lots`,
            token,
            body: { quantity: 1000, harvestedOn: day(-2), expiresOn: day(200) },
          })
        ).status,
      ).toBe(201);
      producers[key] = { id, token, productId };
    };
    await setUp('buckwheat', '513431', {
      name: 'Zhaojue tartary buckwheat tea',
      category: 'tea',
      minOrderQuantity: 10,
      priceTiers: [{ minQuantity: 10, unitPriceCents: 8800 }],
    });
    await setUp('goat', '513429', {
      name: 'Butuo black goat, chilled',
      category: 'chilled_meat',
      minOrderQuantity: 10,
      priceTiers: [{ minQuantity: 10, unitPriceCents: 9800 }],
    });

    const registeredCanteen = await orders.call({
      method: 'POST',
      url: '/v1/buyers',
      token: admin,
      body: {
        name: 'Mianyang Municipal Government Canteen',
        kind: 'budget_unit',
        regionCode: '510703',
        annualFoodBudgetCents: 100_000_000,
        pledgedSharePercent: 15,
      },
    });
    canteenId = String(registeredCanteen.body.id);
    canteen = await tokenFor('buyer', canteenId);
  });

  afterAll(async () => {
    await Promise.allSettled([catalog, orders, logistics, certification].map((svc) => svc?.stop()));
  });

  it('certifies, lists, orders from two producers, ships with a breach, and counts only the accepted lines as relief', async () => {
    const certificates = {
      buckwheat: await certify('buckwheat', 'poverty_alleviation_product'),
      goat: await certify('goat', 'poverty_alleviation_product'),
    };
    const verified = await certification.call({
      method: 'GET',
      url: `/v1/certificates/${certificates.buckwheat}`,
    });
    expect(verified.body).toMatchObject({ valid: true, scheme: 'poverty_alleviation_product' });

    const listing = await catalog.call({
      method: 'POST',
      url: '/v1/listings',
      token: platform,
      body: { productId: producers.buckwheat.productId, externalSku: 'SRM-ZJ-TEA' },
    });
    expect(listing.status).toBe(201);
    await waitFor(
      async () => {
        const known = await orders.db.query(`SELECT 1 FROM catalog_products WHERE relief_eligible`);
        return known.length === 2;
      },
      { what: 'orders to learn both products are relief-eligible' },
    );

    const order = await placeOrder(
      [
        { productId: producers.buckwheat.productId, quantity: 100 },
        { productId: producers.goat.productId, quantity: 50 },
      ],
      'whole-system-order-1',
    );
    await orderOnceItIs(order.id, 'CONFIRMED');
    const shipments = await waitFor(
      async () => {
        const items = (
          await logistics.call({ method: 'GET', url: `/v1/shipments?orderId=${order.id}`, token: operator })
        ).body.items as { id: string; producerId: string }[];
        return items.length === 2 ? items : undefined;
      },
      { what: 'one shipment per producer' },
    );
    const teaShipment = shipments.find((shipment) => shipment.producerId === producers.buckwheat.id)!;
    const goatShipment = shipments.find((shipment) => shipment.producerId === producers.goat.id)!;
    await deliver(teaShipment.id, () => 15);
    // The goat's reefer failed: 9 °C for well over the 30 minutes chilled meat may spend above 4 °C.
    await deliver(goatShipment.id, (minute) => (minute >= 60 && minute < 150 ? 9 : 2));

    const delivered = await orderOnceItIs(order.id, 'DELIVERED');
    const verdicts = Object.fromEntries(
      delivered.shipments.map((shipment) => [shipment.producerId, shipment.coldChainVerdict]),
    );
    expect(verdicts).toEqual({ [producers.buckwheat.id]: 'ok', [producers.goat.id]: 'breached' });

    const accepted = await orders.call({
      method: 'POST',
      url: `/v1/orders/${order.id}/accept`,
      token: canteen,
      body: { lines: [{ productId: producers.goat.productId, acceptedQuantity: 0 }] },
    });
    expect(accepted.body).toMatchObject({ status: 'DISPUTED', refundCents: 50 * 9800 });

    const summary = (await orders.call({ method: 'GET', url: '/v1/relief/summary' })).body;
    expect(summary.totalCents).toBe(100 * 8800);
    expect(summary.byCounty).toEqual([
      expect.objectContaining({ countyCode: '513431', amountCents: 880_000 }),
    ]);
    const progress = (
      await orders.call({ method: 'GET', url: `/v1/relief/buyers/${canteenId}`, token: canteen })
    ).body;
    expect(progress).toMatchObject({
      spentCents: 880_000,
      pledgedCents: 15_000_000,
      remainingCents: 14_120_000,
    });
  });

  it('stops counting a product as relief once its certificate is revoked', async () => {
    const [certificate] = (
      await certification.call({
        method: 'GET',
        url: `/v1/certificates?holderId=${producers.goat.id}`,
        token: certifier,
      })
    ).body.items as { number: string }[];
    expect(
      (
        await certification.call({
          method: 'POST',
          url: `/v1/certificates/${certificate.number}/revoke`,
          token: certifier,
          body: { reason: 'veterinary records falsified' },
        })
      ).status,
    ).toBe(200);
    expect(
      (await certification.call({ method: 'GET', url: `/v1/certificates/${certificate.number}` })).body,
    ).toMatchObject({ valid: false, status: 'revoked' });
    await waitFor(
      async () =>
        (
          await orders.db.query(`SELECT 1 FROM catalog_products WHERE id = $1 AND NOT relief_eligible`, [
            producers.goat.productId,
          ])
        ).length === 1,
      { what: 'orders to learn the product is no longer relief-eligible' },
    );
    const order = await placeOrder(
      [{ productId: producers.goat.productId, quantity: 20 }],
      'whole-system-order-2',
    );
    expect(order.lines[0].reliefEligible).toBe(false);
  });

  it('ends with a ledger that reconciles, relief under both pairings of the Fucheng canteen, and county officials in their county only', async () => {
    const reconciliation = await orders.call({
      method: 'GET',
      url: '/v1/relief/reconciliation',
      token: admin,
    });
    expect(reconciliation.status).toBe(200);
    expect(reconciliation.body).toMatchObject({ ledgerCents: 100 * 8800, differenceCents: 0 });
    for (const row of [...reconciliation.body.byCounty, ...reconciliation.body.byProducer]) {
      expect(row.differenceCents).toBe(0);
    }

    const summary = await waitFor(
      async () => {
        const body = (await orders.call({ method: 'GET', url: '/v1/relief/summary' })).body;
        return body.byPairing.length === 2 ? body : undefined;
      },
      { what: 'orders to learn the pairings from catalog' },
    );
    expect(
      (summary.byPairing as { assistingRegionName: string; totalCents: number }[])
        .map((row) => [row.assistingRegionName, row.totalCents])
        .sort(),
    ).toEqual([
      ['Fucheng', 880_000],
      ['Mianyang', 880_000],
    ]);

    const zhaojue = await tokenFor('county_official', '513431');
    const own = await orders.call({ method: 'GET', url: '/v1/relief/counties/513431', token: zhaojue });
    expect(own.body).toMatchObject({ countyCode: '513431', totalCents: 880_000 });
    expect(
      (await orders.call({ method: 'GET', url: '/v1/relief/counties/513429', token: zhaojue })).status,
    ).toBe(404);
  });

  it('published only events that the strict CloudEvents SDK and the AsyncAPI payload schemas accept, every one of them', async () => {
    const services = [catalog, orders, logistics, certification];
    const outboxes = await Promise.all(
      services.map((svc) =>
        waitFor(
          async () => {
            const [row] = await svc.db.query<{ written: number; pending: number; topics: string[] }>(
              `SELECT count(*)::int AS written, count(*) FILTER (WHERE published_at IS NULL)::int AS pending,
                      coalesce(array_agg(DISTINCT topic), '{}') AS topics
                 FROM outbox`,
            );
            return row.pending === 0 ? row : undefined;
          },
          { what: `${svc.groupId} to publish its outbox` },
        ),
      ),
    );
    const produced = outboxes.reduce((sum, outbox) => sum + outbox.written, 0);
    const topics = [...new Set(outboxes.flatMap((outbox) => outbox.topics))].map(
      (topic) => `${prefix}.${topic}`,
    );
    const reader = await TopicReader.start(topics);
    try {
      const records = await reader.waitForCount(produced);
      const checker = new EventContractChecker();
      const failures = records.flatMap((record) =>
        checker.problemsOf(record.value).map((problem) => `${record.topic} key ${record.key}: ${problem}`),
      );
      console.log(
        `${records.length} records on ${topics.length} topics (${produced} written by the outboxes) checked with the cloudevents SDK (strict) and docs/asyncapi.yaml: ${failures.length} failures`,
      );
      expect(records.length).toBeGreaterThanOrEqual(produced);
      expect(failures).toEqual([]);
    } finally {
      await reader.stop();
    }
  });

  it('answered every call of the scenario with a body its OpenAPI document declares for that status', async () => {
    const report = await conformance.verify();
    console.log(
      `${report.checked} responses of ${report.seen.length} operation/status pairs checked:\n${report.seen.join('\n')}`,
    );
    expect(report.seen.length).toBeGreaterThan(20);
    expect(report.failures).toEqual([]);
  });
});
