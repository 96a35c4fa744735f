import { randomUUID } from 'node:crypto';
import {
  CertificateExpired,
  CertificateIssued,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  type CertificateData,
  type CertificationScheme,
} from '@hb/contracts';
import { catalogService } from '../../../apps/catalog/src';
import { creditCode, day } from '../../support/catalog-factories';
import { EventPublisherForTests } from '../../support/events';
import type { TopicReader } from '../../support/kafka';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

describe('catalog follows certificates: badges and relief eligibility (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let certification: EventPublisherForTests;
  let productEvents: TopicReader;
  let producerId: string;

  const newProducer = async (): Promise<string> => {
    const id = randomUUID();
    await svc.db.query(
      `INSERT INTO producers (id, name, kind, county_code, credit_code, poverty_households)
       VALUES ($1, 'Butuo Black Goat Relief Workshop', 'relief_workshop', '513429', $2, 40)`,
      [id, creditCode()],
    );
    return id;
  };

  const newProduct = async (owner = producerId): Promise<string> => {
    const id = randomUUID();
    await svc.db.query(
      `INSERT INTO products (id, producer_id, name, category, unit, shelf_life_days, min_order_quantity, price_tiers, status)
       VALUES ($1, $2, 'Butuo black goat, chilled', 'chilled_meat', 'kg', 10, 20, $3, 'listed')`,
      [id, owner, JSON.stringify([{ minQuantity: 20, unitPriceCents: 9800 }])],
    );
    return id;
  };

  const productRow = async (id: string) =>
    (
      await svc.db.query<{ badges: string[]; relief_eligible: boolean; version: number }>(
        `SELECT badges, relief_eligible, version FROM products WHERE id = $1`,
        [id],
      )
    )[0];

  const certificate = (
    productIds: string[],
    scheme: CertificationScheme,
    overrides: Partial<CertificateData> = {},
  ) => ({
    number: `FP-2026-${randomUUID().slice(0, 8)}`,
    scheme,
    holderId: producerId,
    productIds,
    issuedOn: day(-1),
    validUntil: day(364),
    ...overrides,
  });

  /** Waits until the product has been announced with this version. */
  const announced = (productId: string, version: number) =>
    waitFor(
      () =>
        productEvents
          .envelopes()
          .find((envelope) => envelope.subject === productId && envelope.data.version === version),
      { what: `product ${productId} announced at version ${version}` },
    );

  beforeAll(async () => {
    svc = await runService(catalogService, 'certs');
    certification = await EventPublisherForTests.start(svc.prefix);
    productEvents = await svc.read('catalog.product.v1');
    await svc.db.query(
      `INSERT INTO counties (code, name, province, prefecture, poverty_status) VALUES ('513429', 'Butuo', 'Sichuan', 'Liangshan', 'deep')`,
    );
    producerId = await newProducer();
  });

  afterAll(async () => {
    await certification?.stop();
    await svc?.stop();
  });

  it('makes a product relief-eligible with its badge when a poverty-alleviation certificate is issued, and tells orders', async () => {
    const productId = await newProduct();
    await certification.publish(CertificateIssued, certificate([productId], 'poverty_alleviation_product'));

    const update = await announced(productId, 2);
    expect(update.type).toBe('catalog.product.updated.v1');
    expect(update.data).toMatchObject({
      badges: ['poverty_alleviation_product'],
      reliefEligible: true,
      countyCode: '513429',
    });
    expect(await productRow(productId)).toMatchObject({
      badges: ['poverty_alleviation_product'],
      relief_eligible: true,
    });
  });

  it('takes the badge and relief eligibility away the moment the certificate is revoked, suspended or expires', async () => {
    for (const [index, ended] of [CertificateRevoked, CertificateSuspended, CertificateExpired].entries()) {
      const productId = await newProduct();
      const cert = certificate([productId], 'poverty_alleviation_product');
      await certification.publish(CertificateIssued, cert);
      await announced(productId, 2);

      await certification.publish(ended, { ...cert, reason: `case ${index}` });
      const update = await announced(productId, 3);
      expect(update.data).toMatchObject({ badges: [], reliefEligible: false });
    }
  });

  it('gives the badge back when a suspended certificate is reinstated', async () => {
    const productId = await newProduct();
    const cert = certificate([productId], 'green_food');
    await certification.publish(CertificateIssued, cert);
    await certification.publish(CertificateSuspended, cert);
    await certification.publish(CertificateReinstated, cert);

    const update = await announced(productId, 4);
    expect(update.data).toMatchObject({ badges: ['green_food'], reliefEligible: false });
  });

  it('keeps a badge while another valid certificate of the same scheme still covers the product', async () => {
    const productId = await newProduct();
    const first = certificate([productId], 'organic');
    const second = certificate([productId], 'organic');
    await certification.publish(CertificateIssued, first);
    await certification.publish(CertificateIssued, second);
    // Events of different certificates travel on different partitions: settle both issues first.
    await svc.caughtUp('certification.certificate.v1');
    await certification.publish(CertificateRevoked, first);
    await svc.caughtUp('certification.certificate.v1');

    expect(await productRow(productId)).toMatchObject({ badges: ['organic'], version: 2 });
  });

  it('does not show the badge of a renewal issued before it starts', async () => {
    const productId = await newProduct();
    await certification.publish(
      CertificateIssued,
      certificate([productId], 'green_food', { validFrom: day(30), validUntil: day(30 + 3 * 365) }),
    );
    await svc.caughtUp('certification.certificate.v1');
    expect(await productRow(productId)).toMatchObject({ badges: [], version: 1 });
  });

  it('ignores a redelivered certificate event and products of other producers', async () => {
    const productId = await newProduct();
    const strangersProduct = await newProduct(await newProducer());
    const issued = await certification.publish(
      CertificateIssued,
      certificate([productId, strangersProduct], 'geographical_indication', { validUntil: null }),
    );
    await certification.publishEnvelope(CertificateIssued, issued);
    await svc.caughtUp('certification.certificate.v1');

    expect(await productRow(productId)).toMatchObject({ badges: ['geographical_indication'], version: 2 });
    expect(await productRow(strangersProduct)).toMatchObject({ badges: [], version: 1 });
  });
});
