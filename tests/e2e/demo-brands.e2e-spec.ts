import type { BrandDetailView, BrandView } from '../../apps/catalog/src';
import { loadDemoData } from '../../scripts/demo/demo-data';
import { startSystem, type RunningSystem } from '../support/system';

/** The demo's brand catalogue, loaded through the services' APIs, twice, into the five services. */
describe('demo data: the brand catalogue (five services, real PostgreSQL and Kafka)', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem('brand-demo');
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('admits the Daliangshan regional public brand with its valid GI certificate and an enterprise brand, names them on products, and a second load changes nothing', async () => {
    const world = await loadDemoData(system.demoTarget);
    const catalog = system.services.catalog;
    const seen = async () => {
      const list = await catalog.call({ method: 'GET', url: '/v1/brands?limit=100' });
      const details = await Promise.all(
        (list.body.items as BrandView[]).map(
          async (brand) =>
            (await catalog.call({ method: 'GET', url: `/v1/brands/${brand.id}` })).body as BrandDetailView,
        ),
      );
      const rows = await catalog.db.query<{ brands: number; versions: number }>(
        `SELECT (SELECT count(*) FROM brands)::int AS brands, (SELECT sum(version) FROM products)::int AS versions`,
      );
      return { details, rows };
    };

    const first = await seen();
    const regional = first.details.find((brand) => brand.name === '大凉山 Daliangshan');
    expect(regional).toMatchObject({
      kind: 'regional_public',
      countyCode: '513431',
      status: 'admitted',
      geographicalIndication: {
        number: world.certificates.buckwheatGi,
        status: 'active',
        validUntil: null,
        valid: true,
      },
    });
    expect(regional!.products.map((product) => product.id).sort()).toEqual(
      [world.productIds.buckwheatTea, world.productIds.apples].sort(),
    );
    const enterprise = first.details.find((brand) => brand.name === 'Butuo Black Goat');
    expect(enterprise).toMatchObject({ kind: 'enterprise', ownerProducerId: world.producerIds.goat });
    expect(enterprise!.products.map((product) => product.id).sort()).toEqual(
      [world.productIds.goat, world.productIds.yoghurt].sort(),
    );
    expect(first.rows).toEqual([{ brands: 2, versions: expect.any(Number) }]);

    await loadDemoData(system.demoTarget);
    expect(await seen()).toEqual(first);
  }, 600_000);
});
