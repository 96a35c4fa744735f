import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import {
  CertificateIssued,
  CountyRegistered,
  OrderCancelled,
  OrderConfirmed,
  ProductListed,
  ProductUpdated,
  Topics,
  type EventDefinition,
  type EventEnvelope,
} from '@hb/contracts';
import { ServiceMetrics } from '@hb/observability';
import { catalogService } from '../../../apps/catalog/src';
import { logisticsService } from '../../../apps/logistics/src';
import { ordersService } from '../../../apps/orders/src';
import { creditCode, day } from '../../support/catalog-factories';
import { envelopeOf, EventPublisherForTests } from '../../support/events';
import { rawProducer, type TopicReader } from '../../support/kafka';
import { confirmedLine, orderConfirmed } from '../../support/logistics-fixtures';
import { countySnapshot, productSnapshot } from '../../support/orders-fixtures';
import { runService, type RunningService } from '../../support/service-harness';

/**
 * The forgeries of issue "Trust the wire", sent as a writer of the wrong topic (or one claiming to be
 * another service) would: each is dead-lettered with its reason and counted, nothing changes, and
 * the consumer goes on with the next genuine event.
 */
describe('events are believed only from their owner, on their topic (real PostgreSQL and Kafka)', () => {
  let producer: Producer;

  beforeAll(async () => {
    producer = await rawProducer();
  });

  afterAll(async () => {
    await producer?.disconnect();
  });

  /** Puts an envelope on any topic of a service's namespace, as a writer of that topic could. */
  const forge = async (svc: RunningService, logicalTopic: string, envelope: EventEnvelope) => {
    await producer.send({
      topic: svc.topic(logicalTopic),
      acks: -1,
      messages: [{ key: envelope.subject, value: JSON.stringify(envelope) }],
    });
  };

  const forged = <T extends object>(definition: EventDefinition<T>, data: T, source: string) =>
    envelopeOf(definition, data, source) as EventEnvelope;

  /** The dead letters of the service's group, with the reason each was refused for. */
  const deadLetterReasons = (letters: TopicReader) =>
    letters.records.map((record) => ({
      type: (JSON.parse(record.value) as EventEnvelope).type,
      kind: record.headers['x-dlt-error-kind'],
      topic: record.headers['x-dlt-original-topic'],
    }));

  const deadLettered = async (svc: RunningService, reason: string): Promise<number> => {
    const metric = await svc.app.get(ServiceMetrics).eventsDeadLettered.get();
    return metric.values
      .filter((value) => value.labels.reason === reason)
      .reduce((sum, value) => sum + value.value, 0);
  };

  describe('catalog and a forged poverty-alleviation certificate', () => {
    let catalog: RunningService;
    let certification: EventPublisherForTests;
    let letters: TopicReader;
    let producerId: string;

    const newProduct = async (): Promise<string> => {
      const id = randomUUID();
      await catalog.db.query(
        `INSERT INTO products (id, producer_id, name, category, unit, shelf_life_days, min_order_quantity, price_tiers, status)
         VALUES ($1, $2, 'Butuo black goat, chilled', 'chilled_meat', 'kg', 10, 20, $3, 'listed')`,
        [id, producerId, JSON.stringify([{ minQuantity: 20, unitPriceCents: 9800 }])],
      );
      return id;
    };
    const eligibility = async (id: string) =>
      (
        await catalog.db.query<{ badges: string[]; relief_eligible: boolean }>(
          `SELECT badges, relief_eligible FROM products WHERE id = $1`,
          [id],
        )
      )[0];
    const certificate = (productId: string) => ({
      number: `FP-2026-${randomUUID().slice(0, 8)}`,
      scheme: 'poverty_alleviation_product' as const,
      holderId: producerId,
      productIds: [productId],
      issuedOn: day(-1),
      validUntil: day(364),
    });

    beforeAll(async () => {
      catalog = await runService(catalogService, 'forged-catalog');
      certification = await EventPublisherForTests.start(catalog.prefix);
      letters = await catalog.read(`${catalog.groupId}.dlt`);
      await catalog.db.query(
        `INSERT INTO counties (code, name, province, prefecture, poverty_status) VALUES ('513429', 'Butuo', 'Sichuan', 'Liangshan', 'deep')`,
      );
      producerId = randomUUID();
      await catalog.db.query(
        `INSERT INTO producers (id, name, kind, county_code, credit_code, poverty_households)
         VALUES ($1, 'Butuo Black Goat Relief Workshop', 'relief_workshop', '513429', $2, 40)`,
        [producerId, creditCode()],
      );
    });

    afterAll(async () => {
      await certification?.stop();
      await catalog?.stop();
    });

    it('dead-letters a certificate claimed by another service or sent on the orders topic, and keeps the product ineligible', async () => {
      const product = await newProduct();
      await forge(
        catalog,
        Topics.certificate.name,
        forged(CertificateIssued, certificate(product), 'orders'),
      );
      await forge(catalog, Topics.order.name, forged(CertificateIssued, certificate(product), 'orders'));
      await catalog.caughtUp(Topics.certificate.name, Topics.order.name);

      expect(await eligibility(product)).toEqual({ badges: [], relief_eligible: false });
      await letters.waitForCount(2);
      expect(deadLetterReasons(letters)).toEqual(
        expect.arrayContaining([
          { type: CertificateIssued.type, kind: 'wrong-source', topic: Topics.certificate.name },
          { type: CertificateIssued.type, kind: 'wrong-topic', topic: Topics.order.name },
        ]),
      );
      expect(await deadLettered(catalog, 'wrong-source')).toBe(1);
      expect(await deadLettered(catalog, 'wrong-topic')).toBe(1);

      const genuine = await newProduct();
      await certification.publish(CertificateIssued, certificate(genuine));
      await catalog.caughtUp(Topics.certificate.name);
      expect(await eligibility(genuine)).toEqual({
        badges: ['poverty_alleviation_product'],
        relief_eligible: true,
      });
    });
  });

  describe('orders and a forged product snapshot of the highest version', () => {
    let orders: RunningService;
    let catalogEvents: EventPublisherForTests;
    let letters: TopicReader;

    const view = async (id: string) =>
      (
        await orders.db.query<{ version: number; price_tiers: unknown; relief_eligible: boolean }>(
          `SELECT version, price_tiers, relief_eligible FROM catalog_products WHERE id = $1`,
          [id],
        )
      )[0];

    beforeAll(async () => {
      orders = await runService(ordersService, 'forged-orders');
      catalogEvents = await EventPublisherForTests.start(orders.prefix);
      letters = await orders.read(`${orders.groupId}.dlt`);
      await catalogEvents.publish(CountyRegistered, countySnapshot());
    });

    afterAll(async () => {
      await catalogEvents?.stop();
      await orders?.stop();
    });

    it('does not let a snapshot from the shipment topic or from another source pin a product’s price', async () => {
      const tea = productSnapshot({ version: 1 });
      await catalogEvents.publish(ProductListed, tea);
      const pinned = {
        ...tea,
        priceTiers: [{ minQuantity: 10, unitPriceCents: 1 }],
        reliefEligible: true,
        version: 2147483647,
      };
      await forge(orders, Topics.shipment.name, forged(ProductUpdated, pinned, 'logistics'));
      await forge(orders, Topics.product.name, forged(ProductUpdated, pinned, 'certification'));
      await orders.caughtUp(Topics.product.name, Topics.shipment.name);

      expect(await view(tea.id)).toMatchObject({ version: 1, price_tiers: tea.priceTiers });
      await letters.waitForCount(2);
      expect(deadLetterReasons(letters)).toEqual(
        expect.arrayContaining([
          { type: ProductUpdated.type, kind: 'wrong-topic', topic: Topics.shipment.name },
          { type: ProductUpdated.type, kind: 'wrong-source', topic: Topics.product.name },
        ]),
      );

      const repriced = [{ minQuantity: 10, unitPriceCents: 9200 }];
      await catalogEvents.publish(ProductUpdated, { ...tea, priceTiers: repriced, version: 2 });
      await orders.caughtUp(Topics.product.name);
      expect(await view(tea.id)).toMatchObject({ version: 2, price_tiers: repriced });
    });
  });

  describe('logistics and an order cancellation on the telemetry topic', () => {
    let logistics: RunningService;
    let ordersEvents: EventPublisherForTests;
    let letters: TopicReader;

    const statuses = async (orderId: string) =>
      (
        await logistics.db.query<{ status: string }>(
          `SELECT status FROM shipments WHERE order_id = $1 ORDER BY id`,
          [orderId],
        )
      ).map((row) => row.status);

    beforeAll(async () => {
      logistics = await runService(logisticsService, 'forged-logistics');
      ordersEvents = await EventPublisherForTests.start(logistics.prefix);
      letters = await logistics.read(`${logistics.groupId}.dlt`);
    });

    afterAll(async () => {
      await ordersEvents?.stop();
      await logistics?.stop();
    });

    it('ignores a cancellation the device gateway puts on the telemetry topic', async () => {
      const order = orderConfirmed([confirmedLine(randomUUID(), 'chilled_meat')]);
      await ordersEvents.publish(OrderConfirmed, order);
      await logistics.caughtUp(Topics.order.name);
      expect(await statuses(order.orderId)).toEqual(['created']);

      const cancellation = { orderId: order.orderId, reason: 'cancelled by the buyer' };
      await forge(
        logistics,
        Topics.telemetry.name,
        forged(OrderCancelled, cancellation, 'telemetry-gateway'),
      );
      await logistics.caughtUp(Topics.telemetry.name);

      expect(await statuses(order.orderId)).toEqual(['created']);
      await letters.waitForCount(1);
      expect(deadLetterReasons(letters)).toEqual([
        { type: OrderCancelled.type, kind: 'wrong-topic', topic: Topics.telemetry.name },
      ]);
      expect(await deadLettered(logistics, 'wrong-topic')).toBe(1);

      await ordersEvents.publish(OrderCancelled, cancellation);
      await logistics.caughtUp(Topics.order.name);
      expect(await statuses(order.orderId)).toEqual(['cancelled']);
    });
  });
});
