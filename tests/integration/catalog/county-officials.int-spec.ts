import { catalogService } from '../../../apps/catalog/src';
import { county, producer, product } from '../../support/catalog-factories';
import { tokenFor } from '../../support/http';
import { runService, type RunningService } from '../../support/service-harness';

describe("catalog: a county official reads its county's producers and products, and nothing of another county", () => {
  let svc: RunningService;
  let official: string;
  const drafts: Record<'zhaojue' | 'butuo', string> = {} as never;
  const producers: Record<'zhaojue' | 'butuo', string> = {} as never;

  beforeAll(async () => {
    svc = await runService(catalogService, 'county_officials');
    const admin = await tokenFor('admin', 'harvest-bridge-ops');
    official = await tokenFor('county_official', '513431');
    for (const [key, code, name] of [
      ['zhaojue', '513431', 'Zhaojue'],
      ['butuo', '513429', 'Butuo'],
    ] as const) {
      expect(
        (await svc.call({ method: 'POST', url: '/v1/counties', token: admin, body: county({ code, name }) }))
          .status,
      ).toBe(201);
      const registered = await svc.call({
        method: 'POST',
        url: '/v1/producers',
        token: admin,
        body: producer(code, { name: `${name} cooperative` }),
      });
      producers[key] = String(registered.body.id);
      const draft = await svc.call({
        method: 'POST',
        url: '/v1/products',
        token: await tokenFor('producer', producers[key]),
        body: product(),
      });
      expect(draft.body.status).toBe('draft');
      drafts[key] = String(draft.body.id);
    }
  });

  afterAll(async () => {
    await svc?.stop();
  });

  it("lists its county's producers only, and answers 404 for another county's", async () => {
    const own = await svc.call({ method: 'GET', url: '/v1/producers', token: official });
    expect(own.status).toBe(200);
    expect(own.body.items.map((item: { id: string }) => item.id)).toEqual([producers.zhaojue]);
    const other = await svc.call({ method: 'GET', url: '/v1/producers?countyCode=513429', token: official });
    expect(other.status).toBe(404);
  });

  it("sees its county's products in every status, and not another county's drafts", async () => {
    const own = await svc.call({ method: 'GET', url: '/v1/products?countyCode=513431', token: official });
    expect(own.body.items.map((item: { id: string }) => item.id)).toEqual([drafts.zhaojue]);
    expect(
      (await svc.call({ method: 'GET', url: `/v1/products/${drafts.zhaojue}`, token: official })).status,
    ).toBe(200);
    expect(
      (await svc.call({ method: 'GET', url: `/v1/products/${drafts.butuo}`, token: official })).status,
    ).toBe(404);
    const search = await svc.call({ method: 'GET', url: '/v1/products', token: official });
    expect(search.body.items.map((item: { id: string }) => item.id)).toEqual([drafts.zhaojue]);
  });
});
