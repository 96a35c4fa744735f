import { catalogService } from '../../../apps/catalog/src';
import { county } from '../../support/catalog-factories';
import { tokenFor } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

const PAIRING_TOPIC = 'catalog.pairing.v1';

describe('pairings: catalog owns paired assistance (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let reader: TopicReader;
  let admin: string;
  let buyer: string;

  const register = (body: Record<string, unknown>, token = admin) =>
    svc.call({ method: 'POST', url: '/v1/pairings', token, body });
  const mianyangZhaojue = {
    assistingRegionCode: '510700',
    assistingRegionName: 'Mianyang',
    assistedCountyCode: '513431',
    from: '2018-01-01',
    to: null,
  };

  beforeAll(async () => {
    svc = await runService(catalogService, 'pairings');
    reader = await svc.read(PAIRING_TOPIC);
    admin = await tokenFor('admin', 'harvest-bridge-ops');
    buyer = await tokenFor('buyer', 'canteen-fucheng-01');
    for (const [code, name] of [
      ['513431', 'Zhaojue'],
      ['513429', 'Butuo'],
    ]) {
      const answer = await svc.call({
        method: 'POST',
        url: '/v1/counties',
        token: admin,
        body: county({ code, name }),
      });
      expect(answer.status).toBe(201);
    }
  });

  afterAll(async () => {
    await svc?.stop();
  });

  it('registers a city pairing and announces it, keyed by its id', async () => {
    const answer = await register(mianyangZhaojue);
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ ...mianyangZhaojue, version: 1 });
    const published = await waitFor(() =>
      reader
        .envelopes()
        .find((e) => e.type === 'catalog.pairing.registered.v1' && e.subject === answer.body.id),
    );
    expect(published.data).toEqual(answer.body);
  });

  it.each([
    ['a province as the assisting region', { assistingRegionCode: '510000' }, 400],
    ['a date that does not exist', { from: '2018-02-30' }, 400],
    ['an unregistered county', { assistedCountyCode: '999999' }, 422],
    ['an end before the start', { from: '2020-01-01', to: '2019-12-31' }, 422],
  ])('refuses %s', async (_label, change, status) => {
    const answer = await register({ ...mianyangZhaojue, ...change });
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toContain('application/problem+json');
  });

  it('only lets administrators register or change pairings', async () => {
    expect((await register(mianyangZhaojue, buyer)).status).toBe(403);
  });

  it('lists pairings by assisted county or assisting region, a page at a time', async () => {
    const fucheng = await register({
      ...mianyangZhaojue,
      assistingRegionCode: '510703',
      assistingRegionName: 'Fucheng',
    });
    await register({
      ...mianyangZhaojue,
      assistingRegionCode: '510781',
      assistingRegionName: 'Jiangyou',
      assistedCountyCode: '513429',
    });
    const zhaojue = await svc.call({
      method: 'GET',
      url: '/v1/pairings?assistedCountyCode=513431&limit=1',
      token: buyer,
    });
    expect(zhaojue.body.items).toHaveLength(1);
    const next = await svc.call({
      method: 'GET',
      url: `/v1/pairings?assistedCountyCode=513431&limit=1&cursor=${zhaojue.body.nextCursor}`,
      token: buyer,
    });
    expect(
      [...zhaojue.body.items, ...next.body.items].map(
        (p: { assistingRegionCode: string }) => p.assistingRegionCode,
      ),
    ).toEqual(['510700', '510703']);
    const jiangyou = await svc.call({
      method: 'GET',
      url: '/v1/pairings?assistingRegionCode=510781',
      token: buyer,
    });
    expect(jiangyou.body.items).toEqual([expect.objectContaining({ assistedCountyCode: '513429' })]);
    expect(
      (await svc.call({ method: 'GET', url: `/v1/pairings/${fucheng.body.id}`, token: buyer })).body,
    ).toEqual(fucheng.body);
  });

  it('ends a pairing with PATCH and announces the new snapshot; an end before the start is a 422', async () => {
    const { body } = await register({ ...mianyangZhaojue, assistedCountyCode: '513429' });
    const ended = await svc.call({
      method: 'PATCH',
      url: `/v1/pairings/${body.id}`,
      token: admin,
      body: { to: '2025-12-31' },
    });
    expect(ended.body).toMatchObject({ to: '2025-12-31', version: 2 });
    const updated = await waitFor(() =>
      reader.envelopes().find((e) => e.type === 'catalog.pairing.updated.v1' && e.subject === body.id),
    );
    expect(updated.data).toMatchObject({ to: '2025-12-31', version: 2 });
    const early = await svc.call({
      method: 'PATCH',
      url: `/v1/pairings/${body.id}`,
      token: admin,
      body: { to: '2017-12-31' },
    });
    expect(early.status).toBe(422);
  });
});
