import { randomUUID } from 'node:crypto';
import { PriceCleared, PriceFlagged, type ProductSnapshot } from '@hb/contracts';
import { catalogService } from '../../../apps/catalog/src';
import { creditCode } from '../../support/catalog-factories';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import { runService, type RunningService } from '../../support/service-harness';

describe('catalog price review: a price flagged by monitoring withholds relief eligibility (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let monitoring: EventPublisherForTests;
  let producerId: string;
  let admin: string;

  /** A listed product with a poverty-alleviation-product badge, hence relief-eligible. */
  const eligibleProduct = async (): Promise<string> => {
    const id = randomUUID();
    await svc.db.query(
      `INSERT INTO products (id, producer_id, name, category, unit, shelf_life_days, min_order_quantity, price_tiers,
                             status, badges, relief_eligible)
       VALUES ($1, $2, 'Zhaojue tartary buckwheat', 'grain_oil', 'kg', 365, 1, $3, 'listed',
               '{poverty_alleviation_product}', true)`,
      [id, producerId, JSON.stringify([{ minQuantity: 1, unitPriceCents: 9000 }])],
    );
    return id;
  };

  const flag = async (productId: string) => {
    await monitoring.publish(PriceFlagged, {
      productId,
      unitPriceCents: 9000,
      referenceCents: 3000,
      ratio: 3,
    });
    await svc.caughtUp('monitoring.price.v1');
  };

  const product = async (productId: string) =>
    (await svc.call({ method: 'GET', url: `/v1/products/${productId}`, token: admin })).body as {
      reliefEligible: boolean;
      priceReview: string;
    };

  const announced = async (productId: string) =>
    (
      await svc.db.query<{ data: ProductSnapshot }>(
        `SELECT envelope -> 'data' AS data FROM outbox WHERE type = 'catalog.product.updated.v1' AND key = $1 ORDER BY seq`,
        [productId],
      )
    ).map(({ data }) => [data.priceReview, data.reliefEligible]);

  beforeAll(async () => {
    svc = await runService(catalogService, 'price-review');
    monitoring = await EventPublisherForTests.start(svc.prefix);
    await svc.db.query(
      `INSERT INTO counties (code, name, province, prefecture, poverty_status) VALUES ('513431', 'Zhaojue', 'Sichuan', 'Liangshan', 'deep')`,
    );
    producerId = randomUUID();
    await svc.db.query(
      `INSERT INTO producers (id, name, kind, county_code, credit_code, poverty_households)
       VALUES ($1, 'Zhaojue Buckwheat Cooperative', 'cooperative', '513431', $2, 86)`,
      [producerId, creditCode()],
    );
    admin = await tokenFor('admin', 'platform');
  });

  afterAll(async () => {
    await monitoring?.stop();
    await svc?.stop();
  });

  it("withholds relief eligibility while flagged, and gives it back on the county official's justification", async () => {
    const productId = await eligibleProduct();
    await flag(productId);
    expect(await product(productId)).toMatchObject({ priceReview: 'flagged', reliefEligible: false });
    expect(await announced(productId)).toEqual([['flagged', false]]);

    const url = `/v1/products/${productId}/price-review`;
    const body = {
      decision: 'justified',
      note: 'Hand-picked highland harvest; the price is the market of organic buckwheat.',
    };
    expect(
      (await svc.call({ method: 'POST', url, body, token: await tokenFor('buyer', 'b-1') })).status,
    ).toBe(403);
    expect(
      (await svc.call({ method: 'POST', url, body, token: await tokenFor('county_official', '522728') }))
        .status,
    ).toBe(404);
    const refused = await svc.call({
      method: 'POST',
      url,
      body: { decision: 'ignored', note: '' },
      token: await tokenFor('county_official', '513431'),
    });
    expect(refused.status).toBe(400);

    const justified = await svc.call({
      method: 'POST',
      url,
      body,
      token: await tokenFor('county_official', '513431', 'official-wu'),
    });
    expect(justified.status).toBe(200);
    expect(justified.body).toMatchObject({ priceReview: 'justified', reliefEligible: true });
    expect(await announced(productId)).toEqual([
      ['flagged', false],
      ['justified', true],
    ]);
    expect((await svc.call({ method: 'POST', url, body, token: admin })).status).toBe(409);
  });

  it('gives eligibility back when monitoring clears the price', async () => {
    const productId = await eligibleProduct();
    await flag(productId);
    await monitoring.publish(PriceCleared, {
      productId,
      unitPriceCents: 3100,
      referenceCents: 3000,
      ratio: 1.0333,
    });
    await svc.caughtUp('monitoring.price.v1');
    expect(await product(productId)).toMatchObject({ priceReview: 'none', reliefEligible: true });
  });
});
