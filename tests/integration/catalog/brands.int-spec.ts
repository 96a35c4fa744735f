import { randomUUID } from 'node:crypto';
import {
  CertificateIssued,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  Topics,
  type CertificateData,
  type PovertyStatus,
} from '@hb/contracts';
import {
  type BrandDetailView,
  type BrandView,
  type ProductView,
  catalogService,
} from '../../../apps/catalog/src';
import { countyCode, creditCode, day, product } from '../../support/catalog-factories';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor, type Answer } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

describe('catalog brand catalogue: submission, the admission queue, decisions, products naming brands (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let certification: EventPublisherForTests;
  let events: TopicReader;
  let admin: string;
  let zhaojue: string;
  let butuo: string;
  let officialOfZhaojue: string;
  let cooperative: string;
  let cooperativeToken: string;
  let workshop: string;
  let workshopToken: string;

  const newCounty = async (povertyStatus: PovertyStatus): Promise<string> => {
    const code = countyCode();
    await svc.db.query(
      `INSERT INTO counties (code, name, province, prefecture, poverty_status, lifted_on)
       VALUES ($1, $4, 'Sichuan', 'Liangshan', $2, $3)`,
      [code, povertyStatus, povertyStatus === 'lifted' ? '2020-11-17' : null, `County ${code}`],
    );
    return code;
  };

  const newProducer = async (county: string, name = 'Zhaojue Buckwheat Cooperative'): Promise<string> => {
    const id = randomUUID();
    await svc.db.query(
      `INSERT INTO producers (id, name, kind, county_code, credit_code, poverty_households)
       VALUES ($1, $2, 'cooperative', $3, $4, 80)`,
      [id, name, county, creditCode()],
    );
    return id;
  };

  const submit = (token: string, body: Record<string, unknown>): Promise<Answer> =>
    svc.call({ method: 'POST', url: '/v1/brands', token, body });

  const submitted = async (token: string, body: Record<string, unknown>): Promise<BrandView> => {
    const answer = await submit(token, body);
    expect(answer.status).toBe(201);
    return answer.body as BrandView;
  };

  const decide = (id: string, decision: 'admitted' | 'rejected', token = admin): Promise<Answer> =>
    svc.call({
      method: 'POST',
      url: `/v1/brands/${id}/decision`,
      token,
      body: {
        decision,
        note: decision === 'admitted' ? 'Checked against the county register.' : 'Not a brand.',
      },
    });

  const admittedBrand = async (token: string, body: Record<string, unknown>): Promise<BrandView> => {
    const brand = await submitted(token, body);
    expect((await decide(brand.id, 'admitted')).status).toBe(200);
    return brand;
  };

  const brandName = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;

  const brandEvent = (brandId: string, type: string) =>
    waitFor(
      () =>
        events
          .envelopes(svc.topic(Topics.brand.name))
          .find((envelope) => envelope.subject === brandId && envelope.type === type),
      { what: `${type} for brand ${brandId}` },
    );

  const publicBrand = async (id: string): Promise<Answer> =>
    svc.call({ method: 'GET', url: `/v1/brands/${id}` });

  beforeAll(async () => {
    svc = await runService(catalogService, 'brands');
    certification = await EventPublisherForTests.start(svc.prefix);
    events = await svc.read(Topics.brand.name, Topics.product.name);
    admin = await tokenFor('admin', 'harvest-bridge-ops');
    zhaojue = await newCounty('deep');
    butuo = await newCounty('deep');
    officialOfZhaojue = await tokenFor('county_official', zhaojue);
    cooperative = await newProducer(zhaojue);
    cooperativeToken = await tokenFor('producer', cooperative);
    workshop = await newProducer(zhaojue, 'Zhaojue Relief Workshop');
    workshopToken = await tokenFor('producer', workshop);
  });

  afterAll(async () => {
    await certification?.stop();
    await svc?.stop();
  });

  describe('who submits which brand', () => {
    it('takes a producer’s own enterprise brand, a county official’s regional public brand and an administrator’s product brand as submitted, and announces each', async () => {
      const own = await submitted(cooperativeToken, {
        name: brandName('Zhaojue Highland'),
        kind: 'enterprise',
        countyCode: zhaojue,
      });
      expect(own).toMatchObject({ kind: 'enterprise', ownerProducerId: cooperative, status: 'submitted' });

      const regional = await submitted(officialOfZhaojue, {
        name: brandName('大凉山 Daliangshan'),
        kind: 'regional_public',
        countyCode: zhaojue,
        geographicalIndicationCertificate: `AGI-${randomUUID().slice(0, 8)}`,
      });
      expect(regional).toMatchObject({
        kind: 'regional_public',
        ownerProducerId: null,
        status: 'submitted',
        povertyStatus: 'deep',
        geographicalIndication: null,
      });

      const byAdmin = await submitted(admin, {
        name: brandName('Workshop buckwheat tea'),
        kind: 'product',
        countyCode: zhaojue,
        ownerProducerId: workshop,
      });
      expect(byAdmin).toMatchObject({ kind: 'product', ownerProducerId: workshop, status: 'submitted' });

      for (const brand of [own, regional, byAdmin]) {
        const announced = await brandEvent(brand.id, 'catalog.brand.submitted.v1');
        expect(announced.data).toMatchObject({ brandId: brand.id, name: brand.name, countyCode: zhaojue });
      }
    });

    it('refuses a producer another’s brand or a regional public one, and a county official another county’s (403), other roles too', async () => {
      const name = brandName('Refused');
      const refusals: [string, Record<string, unknown>][] = [
        [cooperativeToken, { name, kind: 'enterprise', countyCode: zhaojue, ownerProducerId: workshop }],
        [cooperativeToken, { name, kind: 'regional_public', countyCode: zhaojue }],
        [officialOfZhaojue, { name, kind: 'regional_public', countyCode: butuo }],
        [officialOfZhaojue, { name, kind: 'enterprise', countyCode: zhaojue, ownerProducerId: cooperative }],
        [await tokenFor('county_official', butuo), { name, kind: 'regional_public', countyCode: zhaojue }],
        [await tokenFor('buyer', randomUUID()), { name, kind: 'regional_public', countyCode: zhaojue }],
      ];
      for (const [token, body] of refusals) {
        const answer = await submit(token, body);
        expect({ body, status: answer.status }).toEqual({ body, status: 403 });
      }
      const seen = await svc.db.query(`SELECT 1 FROM brands WHERE name = $1`, [name]);
      expect(seen).toHaveLength(0);
    });

    it('refuses an unknown county, an owner of another county or none at all, a GI certificate on an enterprise brand, and a name the county has already', async () => {
      const unknownCounty = await submit(admin, {
        name: brandName('Nowhere'),
        kind: 'regional_public',
        countyCode: '999999',
      });
      expect(unknownCounty.status).toBe(422);
      expect(unknownCounty.body).toMatchObject({ countyCode: '999999' });

      const elsewhere = await submit(admin, {
        name: brandName('Elsewhere'),
        kind: 'enterprise',
        countyCode: butuo,
        ownerProducerId: cooperative,
      });
      expect(elsewhere.status).toBe(422);
      expect(elsewhere.body).toMatchObject({ ownerProducerId: cooperative, countyCode: butuo });

      const ownerless = await submit(admin, {
        name: brandName('Ownerless'),
        kind: 'product',
        countyCode: zhaojue,
      });
      expect(ownerless.status).toBe(400);

      const gi = await submit(cooperativeToken, {
        name: brandName('Not regional'),
        kind: 'enterprise',
        countyCode: zhaojue,
        geographicalIndicationCertificate: 'AGI-2026-0001',
      });
      expect(gi.status).toBe(422);
      expect(gi.body).toMatchObject({ kind: 'enterprise' });

      const name = brandName('Twice');
      await submitted(officialOfZhaojue, { name, kind: 'regional_public', countyCode: zhaojue });
      const again = await submit(cooperativeToken, { name, kind: 'product', countyCode: zhaojue });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ brandName: name, countyCode: zhaojue });
      // Another county may use the name.
      await submitted(admin, { name, kind: 'regional_public', countyCode: butuo });
    });

    it('answers bad input with 400, never 500', async () => {
      for (const body of [
        { name: '', kind: 'enterprise', countyCode: zhaojue },
        { name: 'x', kind: 'village', countyCode: zhaojue },
        { name: 'x', kind: 'regional_public', countyCode: '51343' },
        { name: 'x', kind: 'enterprise', countyCode: zhaojue, ownerProducerId: 'not-a-uuid' },
        { name: 'x', kind: 'enterprise', countyCode: zhaojue, ownerProducerId: null },
      ]) {
        expect((await submit(admin, body)).status).toBe(400);
      }
    });
  });

  describe('the admission queue and decisions', () => {
    it('serves deep poverty counties first, then key ones, then the others, oldest first within each, page by page', async () => {
      const key = await newCounty('key');
      const lifted = await newCounty('lifted');
      const deep = await newCounty('deep');
      const order: [string, string][] = [];
      for (const county of [lifted, key, deep, key, deep]) {
        const brand = await submitted(admin, {
          name: brandName('Queued'),
          kind: 'regional_public',
          countyCode: county,
        });
        order.push([county, brand.id]);
      }
      const expected = [
        ...order.filter(([county]) => county === deep),
        ...order.filter(([county]) => county === key),
        ...order.filter(([county]) => county === lifted),
      ].map(([, id]) => id);

      const walked: BrandView[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/v1/brands/queue?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
        const page: Answer = await svc.call({ method: 'GET', url, token: admin });
        expect(page.status).toBe(200);
        walked.push(...(page.body.items as BrandView[]));
        cursor = page.body.nextCursor as string | null;
      } while (cursor);

      const ours = walked.map((brand) => brand.id).filter((id) => expected.includes(id));
      expect(ours).toEqual(expected);
      expect(walked.every((brand) => brand.status === 'submitted')).toBe(true);
      const ranks = walked.map((brand) => ['deep', 'key', 'lifted'].indexOf(brand.povertyStatus));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(new Set(walked.map((brand) => brand.id)).size).toBe(walked.length);
    });

    it('lets administrators only see the queue', async () => {
      expect(
        (await svc.call({ method: 'GET', url: '/v1/brands/queue', token: cooperativeToken })).status,
      ).toBe(403);
      expect((await svc.call({ method: 'GET', url: '/v1/brands/queue' })).status).toBe(401);
      expect(
        (await svc.call({ method: 'GET', url: '/v1/brands/queue?cursor=bm9wZQ', token: admin })).status,
      ).toBe(400);
    });

    it('admits or rejects a brand once: the decision is announced, a second one is a 409, and the brand leaves the queue', async () => {
      const admitted = await submitted(cooperativeToken, {
        name: brandName('Admitted'),
        kind: 'enterprise',
        countyCode: zhaojue,
      });
      const rejected = await submitted(cooperativeToken, {
        name: brandName('Rejected'),
        kind: 'enterprise',
        countyCode: zhaojue,
      });

      const admission = await decide(admitted.id, 'admitted');
      expect(admission.status).toBe(200);
      expect(admission.body).toMatchObject({
        status: 'admitted',
        decisionNote: 'Checked against the county register.',
      });
      expect((await brandEvent(admitted.id, 'catalog.brand.admitted.v1')).data).toMatchObject({
        brandId: admitted.id,
        decision: 'admitted',
        ownerProducerId: cooperative,
      });

      const rejection = await decide(rejected.id, 'rejected');
      expect(rejection.body).toMatchObject({ status: 'rejected', decisionNote: 'Not a brand.' });
      expect((await brandEvent(rejected.id, 'catalog.brand.rejected.v1')).data).toMatchObject({
        decision: 'rejected',
      });

      for (const [id, decision] of [
        [admitted.id, 'rejected'],
        [admitted.id, 'admitted'],
        [rejected.id, 'admitted'],
      ] as const) {
        const second = await decide(id, decision);
        expect(second.status).toBe(409);
        expect(second.body).toMatchObject({ type: '/problems/illegal-transition' });
      }

      const queue = await svc.call({ method: 'GET', url: '/v1/brands/queue?limit=100', token: admin });
      const queued = (queue.body.items as BrandView[]).map((brand) => brand.id);
      expect(queued).not.toContain(admitted.id);
      expect(queued).not.toContain(rejected.id);
      // A rejected name may be submitted again.
      await submitted(cooperativeToken, { name: rejected.name, kind: 'enterprise', countyCode: zhaojue });
    });

    it('lets no one but an administrator decide, and answers an unknown brand 404', async () => {
      const brand = await submitted(cooperativeToken, {
        name: brandName('Undecided'),
        kind: 'product',
        countyCode: zhaojue,
      });
      expect((await decide(brand.id, 'admitted', cooperativeToken)).status).toBe(403);
      expect((await decide(brand.id, 'admitted', officialOfZhaojue)).status).toBe(403);
      expect((await decide(randomUUID(), 'admitted')).status).toBe(404);
      const bad = await svc.call({
        method: 'POST',
        url: `/v1/brands/${brand.id}/decision`,
        token: admin,
        body: { decision: 'maybe', note: '' },
      });
      expect(bad.status).toBe(400);
    });
  });

  describe("a producer's own brands", () => {
    it('lists them in every status, newest first, page by page, with the reason of a rejection, to the producer and administrators only', async () => {
      const owner = await newProducer(zhaojue, 'Own Brands Cooperative');
      const ownerToken = await tokenFor('producer', owner);
      const brand = (what: string) =>
        submitted(ownerToken, { name: brandName(what), kind: 'product', countyCode: zhaojue });
      const admitted = await brand('Own admitted');
      const rejected = await brand('Own rejected');
      const pending = await brand('Own pending');
      expect((await decide(admitted.id, 'admitted')).status).toBe(200);
      expect((await decide(rejected.id, 'rejected')).status).toBe(200);
      const url = `/v1/producers/${owner}/brands`;

      const first = await svc.call({ method: 'GET', url: `${url}?limit=2`, token: ownerToken });
      expect(first.status).toBe(200);
      expect(first.body.items).toMatchObject([
        { id: pending.id, status: 'submitted', decisionNote: null },
        { id: rejected.id, status: 'rejected', decisionNote: 'Not a brand.' },
      ]);
      const cursor = encodeURIComponent(String(first.body.nextCursor));
      const second = await svc.call({
        method: 'GET',
        url: `${url}?limit=2&cursor=${cursor}`,
        token: ownerToken,
      });
      expect(second.body).toMatchObject({
        items: [{ id: admitted.id, status: 'admitted' }],
        nextCursor: null,
      });
      const onlyRejected = await svc.call({ method: 'GET', url: `${url}?status=rejected`, token: admin });
      expect((onlyRejected.body.items as BrandView[]).map((item) => item.id)).toEqual([rejected.id]);

      // Another producer learns nothing, not even that this producer exists.
      expect((await svc.call({ method: 'GET', url, token: workshopToken })).status).toBe(404);
      expect((await svc.call({ method: 'GET', url, token: officialOfZhaojue })).status).toBe(403);
      expect((await svc.call({ method: 'GET', url })).status).toBe(401);
      const unknown = `/v1/producers/${randomUUID()}/brands`;
      expect((await svc.call({ method: 'GET', url: unknown, token: admin })).status).toBe(404);
      for (const bad of ['?cursor=bm9wZQ', '?status=pending', '?limit=0']) {
        expect((await svc.call({ method: 'GET', url: `${url}${bad}`, token: ownerToken })).status).toBe(400);
      }
    });
  });

  describe('the public catalogue and products naming brands', () => {
    it('tags the public catalogue and a brand for any cache: 304 while unchanged, a new tag once a brand is admitted', async () => {
      const county = await newCounty('deep');
      const first = await admittedBrand(admin, {
        name: brandName('Tagged first'),
        kind: 'regional_public',
        countyCode: county,
      });
      const url = `/v1/brands?countyCode=${county}&limit=100`;
      const list = await svc.call({ method: 'GET', url });
      expect(list.status).toBe(200);
      expect(list.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
      const etag = list.headers.etag as string;
      expect(etag).toMatch(/^"[^"]+"$/);
      const same = await svc.call({ method: 'GET', url, headers: { 'if-none-match': etag } });
      expect(same.status).toBe(304);
      expect(same.body).toBe('');

      const detail = await publicBrand(first.id);
      const detailAgain = await svc.call({
        method: 'GET',
        url: `/v1/brands/${first.id}`,
        headers: { 'if-none-match': `W/${detail.headers.etag as string}` },
      });
      expect(detailAgain.status).toBe(304);

      await admittedBrand(admin, {
        name: brandName('Tagged second'),
        kind: 'regional_public',
        countyCode: county,
      });
      const changed = await svc.call({ method: 'GET', url, headers: { 'if-none-match': etag } });
      expect(changed.status).toBe(200);
      expect(changed.headers.etag).not.toBe(etag);
      expect((changed.body.items as BrandView[]).length).toBe((list.body.items as BrandView[]).length + 1);
    });

    it('shows admitted brands without a token, filtered by county and kind, and hides the others', async () => {
      const shown = await admittedBrand(admin, {
        name: brandName('Butuo goat'),
        kind: 'regional_public',
        countyCode: butuo,
      });
      const waiting = await submitted(admin, {
        name: brandName('Butuo waiting'),
        kind: 'regional_public',
        countyCode: butuo,
      });

      const list = await svc.call({
        method: 'GET',
        url: `/v1/brands?countyCode=${butuo}&kind=regional_public&limit=100`,
      });
      expect(list.status).toBe(200);
      const items = list.body.items as BrandView[];
      expect(items.map((brand) => brand.id)).toContain(shown.id);
      expect(items.map((brand) => brand.id)).not.toContain(waiting.id);
      expect(items.every((brand) => brand.status === 'admitted' && brand.countyCode === butuo)).toBe(true);

      const enterprises = await svc.call({
        method: 'GET',
        url: `/v1/brands?countyCode=${butuo}&kind=enterprise`,
      });
      expect(enterprises.body.items).toEqual([]);

      expect((await publicBrand(shown.id)).status).toBe(200);
      expect((await publicBrand(waiting.id)).status).toBe(404);
      expect((await publicBrand(randomUUID())).status).toBe(404);
      expect((await publicBrand('not-a-uuid')).status).toBe(400);
    });

    it('refuses a product naming an unknown, unadmitted or another producer’s brand (422), and takes an admitted one of its own or its county', async () => {
      const waiting = await submitted(cooperativeToken, {
        name: brandName('Waiting'),
        kind: 'product',
        countyCode: zhaojue,
      });
      const others = await admittedBrand(workshopToken, {
        name: brandName('Workshop own'),
        kind: 'enterprise',
        countyCode: zhaojue,
      });
      const otherCounty = await admittedBrand(admin, {
        name: brandName('Butuo regional'),
        kind: 'regional_public',
        countyCode: butuo,
      });

      for (const [brandId, expected] of [
        [waiting.id, { brandId: waiting.id, brandStatus: 'submitted' }],
        [randomUUID(), { brandStatus: null }],
        [others.id, { brandId: others.id, producerId: cooperative }],
        [otherCounty.id, { brandId: otherCounty.id, producerId: cooperative }],
      ] as const) {
        const answer = await svc.call({
          method: 'POST',
          url: '/v1/products',
          token: cooperativeToken,
          body: product({ brandId }),
        });
        expect(answer.status).toBe(422);
        expect(answer.body).toMatchObject(expected);
      }
      const before = await svc.call({
        method: 'POST',
        url: '/v1/products',
        token: cooperativeToken,
        body: product(),
      });
      const patch = await svc.call({
        method: 'PATCH',
        url: `/v1/products/${(before.body as ProductView).id}`,
        token: cooperativeToken,
        body: { brandId: waiting.id },
      });
      expect(patch.status).toBe(422);
      expect(patch.body).toMatchObject({ brandId: waiting.id, brandStatus: 'submitted' });
    });

    it('finds the products of a brand by ?brandId= and shows the listed ones with the brand; the product events carry the brand', async () => {
      const own = await admittedBrand(cooperativeToken, {
        name: brandName('Cooperative own'),
        kind: 'enterprise',
        countyCode: zhaojue,
      });
      const regional = await admittedBrand(officialOfZhaojue, {
        name: brandName('大凉山'),
        kind: 'regional_public',
        countyCode: zhaojue,
      });

      const create = async (token: string, brandId?: string) => {
        const answer = await svc.call({
          method: 'POST',
          url: '/v1/products',
          token,
          body: product(brandId ? { brandId } : {}),
        });
        expect(answer.status).toBe(201);
        return answer.body as ProductView;
      };
      const named = await create(cooperativeToken, own.id);
      expect(named.brandId).toBe(own.id);
      const byWorkshop = await create(workshopToken, regional.id);
      const later = await create(cooperativeToken);
      expect(later.brandId).toBeNull();
      const patched = await svc.call({
        method: 'PATCH',
        url: `/v1/products/${later.id}`,
        token: cooperativeToken,
        body: { brandId: regional.id },
      });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ brandId: regional.id });
      for (const [id, token] of [
        [byWorkshop.id, workshopToken],
        [later.id, cooperativeToken],
      ]) {
        expect((await svc.call({ method: 'POST', url: `/v1/products/${id}/list`, token })).status).toBe(200);
      }

      const search = await svc.call({
        method: 'GET',
        url: `/v1/products?brandId=${regional.id}`,
        token: admin,
      });
      expect((search.body.items as ProductView[]).map((item) => item.id)).toEqual([byWorkshop.id, later.id]);
      const ownSearch = await svc.call({
        method: 'GET',
        url: `/v1/products?brandId=${own.id}`,
        token: cooperativeToken,
      });
      expect((ownSearch.body.items as ProductView[]).map((item) => item.id)).toEqual([named.id]);
      // The draft is its producer's to see, not a buyer's.
      const buyer = await tokenFor('buyer', randomUUID());
      expect(
        (await svc.call({ method: 'GET', url: `/v1/products?brandId=${own.id}`, token: buyer })).body.items,
      ).toEqual([]);

      const detail = (await publicBrand(regional.id)).body as BrandDetailView;
      expect(detail.products.map((item) => item.id)).toEqual([byWorkshop.id, later.id]);
      expect((await publicBrand(own.id)).body.products).toEqual([]);

      const announced = await waitFor(
        () =>
          events
            .envelopes(svc.topic(Topics.product.name))
            .find(
              (envelope) => envelope.subject === later.id && envelope.type === 'catalog.product.updated.v1',
            ),
        { what: 'the update naming the brand' },
      );
      expect(announced.data).toMatchObject({ brandId: regional.id });

      const removed = await svc.call({
        method: 'PATCH',
        url: `/v1/products/${later.id}`,
        token: cooperativeToken,
        body: { brandId: null },
      });
      expect(removed.body).toMatchObject({ brandId: null });
    });
  });

  describe('a regional public brand and its geographical indication', () => {
    const giCertificate = (holderId: string, overrides: Partial<CertificateData> = {}): CertificateData => ({
      number: `AGI-${randomUUID().slice(0, 8)}`,
      scheme: 'geographical_indication',
      holderId,
      productIds: [],
      issuedOn: day(-30),
      validUntil: null,
      ...overrides,
    });

    it('shows the certificate while it is valid, not after it is suspended or revoked, again when reinstated', async () => {
      const certificate = giCertificate(cooperative);
      const brand = await admittedBrand(officialOfZhaojue, {
        name: brandName('大凉山 Daliangshan'),
        kind: 'regional_public',
        countyCode: zhaojue,
        geographicalIndicationCertificate: certificate.number,
      });
      const indication = async () =>
        ((await publicBrand(brand.id)).body as BrandDetailView).geographicalIndication;
      expect(await indication()).toBeNull();

      await certification.publish(CertificateIssued, certificate);
      await svc.caughtUp(Topics.certificate.name);
      expect(await indication()).toEqual({
        number: certificate.number,
        status: 'active',
        validFrom: certificate.issuedOn,
        validUntil: null,
        valid: true,
      });
      const listed = await svc.call({
        method: 'GET',
        url: `/v1/brands?countyCode=${zhaojue}&kind=regional_public&limit=100`,
      });
      expect(
        (listed.body.items as BrandView[]).find((item) => item.id === brand.id)?.geographicalIndication
          ?.valid,
      ).toBe(true);

      await certification.publish(CertificateSuspended, { ...certificate, reason: 'labelling audit' });
      await svc.caughtUp(Topics.certificate.name);
      expect(await indication()).toMatchObject({ status: 'suspended', valid: false });

      await certification.publish(CertificateReinstated, certificate);
      await svc.caughtUp(Topics.certificate.name);
      expect(await indication()).toMatchObject({ status: 'active', valid: true });

      await certification.publish(CertificateRevoked, { ...certificate, reason: 'origin not proven' });
      await svc.caughtUp(Topics.certificate.name);
      expect(await indication()).toMatchObject({
        number: certificate.number,
        status: 'revoked',
        valid: false,
      });
    });

    it('does not show a certificate past its validUntil, nor one held in another county', async () => {
      const lapsed = giCertificate(cooperative, { issuedOn: day(-400), validUntil: day(-1) });
      const butuoHolder = await newProducer(butuo, 'Butuo Goat Association');
      const borrowed = giCertificate(butuoHolder);
      await certification.publish(CertificateIssued, lapsed);
      await certification.publish(CertificateIssued, borrowed);
      await svc.caughtUp(Topics.certificate.name);

      const withLapsed = await admittedBrand(admin, {
        name: brandName('Lapsed'),
        kind: 'regional_public',
        countyCode: zhaojue,
        geographicalIndicationCertificate: lapsed.number,
      });
      expect(((await publicBrand(withLapsed.id)).body as BrandView).geographicalIndication).toMatchObject({
        status: 'active',
        validUntil: lapsed.validUntil,
        valid: false,
      });
      const withBorrowed = await admittedBrand(admin, {
        name: brandName('Borrowed'),
        kind: 'regional_public',
        countyCode: zhaojue,
        geographicalIndicationCertificate: borrowed.number,
      });
      expect(((await publicBrand(withBorrowed.id)).body as BrandView).geographicalIndication).toBeNull();
    });
  });
});
