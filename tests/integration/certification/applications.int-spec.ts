import { randomUUID } from 'node:crypto';
import { CountyRegistered, CountyUpdated, ProductUpdated, type CountySnapshot } from '@hb/contracts';
import { Clock } from '@hb/platform';
import {
  type ApplicationView,
  compareQueuePositions,
  certificationService,
} from '../../../apps/certification/src';
import {
  announceApplicant,
  approve,
  CATALOG_TOPICS,
  registerCertificationBody,
  REVIEW_PATH,
  type Applicant,
  type ReviewTeam,
} from '../../support/certification-fixtures';
import { EventPublisherForTests, envelopeOf } from '../../support/events';
import { tokenFor } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import { countySnapshot } from '../../support/orders-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

const DAY_MS = 86_400_000;

describe('certification: applications, the review and the work queue (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  let applicationEvents: TopicReader;
  let certificateEvents: TopicReader;
  let certifier: string;
  let team: ReviewTeam;
  let otherBody: ReviewTeam;
  let zhaojue: Applicant; // deep poverty county: priority lane, fee waived
  let butuo: Applicant; // key county: priority lane, half the fee
  let pingchang: Applicant; // lifted county: standard lane, full fee

  const deepCounty = countySnapshot({ code: '513431', name: 'Zhaojue', povertyStatus: 'deep' });
  const keyCounty = countySnapshot({ code: '513429', name: 'Butuo', povertyStatus: 'key' });
  const liftedCounty = countySnapshot({
    code: '511923',
    name: 'Pingchang',
    prefecture: 'Bazhong',
    povertyStatus: 'lifted',
    liftedOn: '2020-02-18',
  });

  /** Submits to the review team's body unless the body names another (or, as undefined, none). */
  const submit = (applicant: Applicant, body: Record<string, unknown>) =>
    svc.call({
      method: 'POST',
      url: '/v1/applications',
      token: applicant.token,
      body: { certificationBodyId: team.bodyId, ...body },
    });

  const greenFood = (applicant: Applicant, count = 1) => ({
    certificationBodyId: team.bodyId,
    scheme: 'green_food',
    productIds: applicant.products.slice(0, count).map((product) => product.id),
  });

  const transition = (id: string, to: string, note?: string, token = certifier) =>
    svc.call({ method: 'POST', url: `/v1/applications/${id}/transitions`, token, body: { to, note } });

  const queue = async (query = '', token = certifier): Promise<ApplicationView[]> => {
    const answer = await svc.call({ method: 'GET', url: `/v1/applications${query}`, token });
    expect(answer.status).toBe(200);
    return answer.body.items as ApplicationView[];
  };

  const counts = async () =>
    (
      await svc.db.query<{ applications: number; steps: number; outbox: number }>(
        `SELECT (SELECT count(*) FROM applications)::int AS applications,
                (SELECT count(*) FROM application_steps)::int AS steps,
                (SELECT count(*) FROM outbox)::int AS outbox`,
      )
    )[0];

  beforeAll(async () => {
    process.env.CERT_EXPIRY_SWEEP_INTERVAL_MS = '3600000';
    svc = await runService(certificationService, 'cert-applications');
    events = await EventPublisherForTests.start(svc.prefix);
    applicationEvents = await svc.read('certification.application.v1');
    certificateEvents = await svc.read('certification.certificate.v1');
    team = await registerCertificationBody(svc, 'china-green-food-development-center', {
      reviewer: 'inspector-li-wei',
      approver: 'chief-inspector-zhou-min',
    });
    certifier = team.reviewer;
    otherBody = await registerCertificationBody(svc, 'organic-food-development-center');
    for (const county of [deepCounty, keyCounty, liftedCounty])
      await events.publish(CountyRegistered, county);
    zhaojue = await announceApplicant(events, deepCounty, { productCount: 2 });
    butuo = await announceApplicant(events, keyCounty, { productCount: 2, productName: 'black goat' });
    pingchang = await announceApplicant(events, liftedCounty, { productName: 'tea oil' });
    await svc.caughtUp(...CATALOG_TOPICS);
  });

  afterAll(async () => {
    delete process.env.CERT_EXPIRY_SWEEP_INTERVAL_MS;
    await events?.stop();
    await svc?.stop();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('takes a green food application through every stage to a certificate, and announces it with its products', async () => {
    const submitted = await submit(zhaojue, {
      ...greenFood(zhaojue, 2),
      documents: [
        { name: 'Business licence.pdf', kind: 'business_licence' },
        { name: 'Sikai tea garden soil report.pdf', kind: 'environment_report', sha256: 'AB'.repeat(32) },
      ],
    });
    expect(submitted.status).toBe(201);
    const application = submitted.body as ApplicationView;
    expect(application).toMatchObject({
      producerId: zhaojue.producer.id,
      scheme: 'green_food',
      productIds: zhaojue.products.map((product) => product.id),
      stage: 'submitted',
      priority: true,
      overdue: false,
      certificateNumber: null,
    });
    expect(application.documents[1].sha256).toBe('ab'.repeat(32));
    expect(application.history).toEqual([
      expect.objectContaining({
        from: null,
        to: 'submitted',
        by: `${zhaojue.producer.name} clerk`,
        role: 'producer',
      }),
    ]);
    expect(Date.parse(application.stageDueAt!) - Date.parse(application.submittedAt)).toBe(2 * DAY_MS);

    const approved = (await approve(svc, team, application.id)) as unknown as ApplicationView;
    expect(approved.stage).toBe('approved');
    expect(approved.certificationBodyId).toBe(team.bodyId);
    expect(approved.stageDueAt).toBeNull();
    expect(approved.certificateNumber).toMatch(/^GF-\d{4}-\d{6}-[0-9A-Z]{5}$/);
    expect(approved.history.map((step) => [step.from, step.to])).toEqual([
      [null, 'submitted'],
      ['submitted', 'accepted'],
      ['accepted', 'inspection'],
      ['inspection', 'testing'],
      ['testing', 'review'],
      ['review', 'approved'],
    ]);
    for (const step of approved.history.slice(1)) {
      expect(step).toMatchObject({
        by: step.to === 'approved' ? 'chief-inspector-zhou-min' : 'inspector-li-wei',
        role: 'certifier',
        organisation: team.bodyId,
        note: `moved to ${step.to}`,
      });
      expect(Number.isNaN(Date.parse(step.at))).toBe(false);
    }
    const seenByApplicant = await svc.call({
      method: 'GET',
      url: `/v1/applications/${application.id}`,
      token: zhaojue.token,
    });
    expect(seenByApplicant.body.history).toEqual(approved.history);

    const issued = await waitFor(() =>
      certificateEvents.envelopes().find((e) => e.subject === approved.certificateNumber),
    );
    expect(issued.type).toBe('certification.certificate.issued.v1');
    const issuedOn = String(issued.data.issuedOn);
    const anniversary = new Date(`${issuedOn}T00:00:00Z`);
    anniversary.setUTCFullYear(anniversary.getUTCFullYear() + 3);
    expect(issued.data).toMatchObject({
      number: approved.certificateNumber,
      scheme: 'green_food',
      holderId: zhaojue.producer.id,
      productIds: zhaojue.products.map((product) => product.id),
      validFrom: issuedOn,
      validUntil: new Date(anniversary.getTime() - DAY_MS).toISOString().slice(0, 10),
      applicationId: application.id,
    });

    const moves = await waitFor(() => {
      const mine = applicationEvents.envelopes().filter((e) => e.subject === application.id);
      return mine.length === REVIEW_PATH.length + 1 ? mine : undefined;
    });
    expect(moves.map((e) => e.type)).toEqual([
      'certification.application.submitted.v1',
      ...['accepted', 'inspection', 'testing', 'review'].map(() => 'certification.application.advanced.v1'),
      'certification.application.approved.v1',
    ]);
    expect(moves[5].data).toMatchObject({
      from: 'review',
      stage: 'approved',
      certificateNumber: approved.certificateNumber,
    });

    const verified = await svc.call({ method: 'GET', url: `/v1/certificates/${approved.certificateNumber}` });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ valid: true, status: 'active', holderName: zhaojue.producer.name });
  });

  it('puts a producer from a poverty county before an older application from a lifted county', async () => {
    const older = (await submit(pingchang, greenFood(pingchang))).body as ApplicationView;
    const newer = (await submit(butuo, greenFood(butuo))).body as ApplicationView;
    expect(older.priority).toBe(false);
    expect(newer.priority).toBe(true);
    expect(Date.parse(older.stageDueAt!) - Date.parse(older.submittedAt)).toBe(5 * DAY_MS);

    const waiting = await queue('?stage=submitted');
    const ids = waiting.map((item) => item.id);
    expect(ids.indexOf(newer.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(waiting.every((item) => item.stage === 'submitted')).toBe(true);
    expect([...waiting].sort(compareQueuePositions).map((item) => item.id)).toEqual(ids);
  });

  it('lists the applications still under review apart from the decided ones', async () => {
    const open = await queue('?open=true&limit=100');
    const decided = await queue('?open=false&limit=100');
    expect(open.length).toBeGreaterThan(0);
    expect(decided.length).toBeGreaterThan(0);
    expect(open.every((item) => !['approved', 'rejected', 'withdrawn'].includes(item.stage))).toBe(true);
    expect(decided.every((item) => ['approved', 'rejected', 'withdrawn'].includes(item.stage))).toBe(true);
    expect(open.length + decided.length).toBe((await queue('?limit=100')).length);
  });

  it('pages through the work queue without skipping or repeating an application', async () => {
    for (let index = 0; index < 3; index += 1) {
      await submit(pingchang, greenFood(pingchang));
      await submit(zhaojue, greenFood(zhaojue));
    }
    const everything = await queue('?limit=100');
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const answer = await svc.call({
        method: 'GET',
        url: `/v1/applications?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        token: certifier,
      });
      paged.push(...(answer.body.items as ApplicationView[]).map((item) => item.id));
      cursor = answer.body.nextCursor as string | null;
    } while (cursor);
    expect(paged).toEqual(everything.map((item) => item.id));
    expect(new Set(paged).size).toBe(paged.length);

    const forged = await svc.call({ method: 'GET', url: '/v1/applications?cursor=bm9wZQ', token: certifier });
    expect(forged.status).toBe(400);
    expect(forged.headers['content-type']).toContain('application/problem+json');
  });

  it('charges the full fee in a lifted county, half in a key county, and nothing in a deep-poverty county', async () => {
    const full = (await submit(pingchang, greenFood(pingchang))).body as ApplicationView;
    expect(full).toMatchObject({ feeCents: 800_000, feeReliefCents: 0, amountDueCents: 800_000 });

    const half = (await submit(butuo, { scheme: 'organic', productIds: butuo.products.map((p) => p.id) }))
      .body as ApplicationView;
    expect(half).toMatchObject({ feeCents: 1_400_000, feeReliefCents: 700_000, amountDueCents: 700_000 });

    const waived = (await submit(zhaojue, greenFood(zhaojue))).body as ApplicationView;
    expect(waived).toMatchObject({ feeCents: 800_000, feeReliefCents: 800_000, amountDueCents: 0 });

    const announced = await waitFor(() =>
      applicationEvents.envelopes().find((e) => e.subject === half.id && e.type.endsWith('.submitted.v1')),
    );
    expect(announced.data).toMatchObject({
      feeCents: 1_400_000,
      feeReliefCents: 700_000,
      amountDueCents: 700_000,
    });
  });

  it("shows a producer only its own applications, and hides another producer's", async () => {
    const own = (await submit(butuo, greenFood(butuo))).body as ApplicationView;
    const listed = await queue('?limit=100', butuo.token);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((item) => item.producerId === butuo.producer.id)).toBe(true);
    expect(listed.map((item) => item.id)).toContain(own.id);

    const peek = await svc.call({ method: 'GET', url: `/v1/applications/${own.id}`, token: zhaojue.token });
    expect(peek.status).toBe(404);
    const withdraw = await svc.call({
      method: 'POST',
      url: `/v1/applications/${own.id}/withdraw`,
      token: zhaojue.token,
    });
    expect(withdraw.status).toBe(404);
    expect(
      (await svc.call({ method: 'GET', url: `/v1/applications/${own.id}`, token: butuo.token })).status,
    ).toBe(200);
  });

  it('marks a stage overdue once its time limit has passed, shorter in the priority lane', async () => {
    const priority = (await submit(zhaojue, greenFood(zhaojue))).body as ApplicationView;
    const standard = (await submit(pingchang, greenFood(pingchang))).body as ApplicationView;
    const clock = svc.app.get(Clock);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(priority.submittedAt) + 3 * DAY_MS));

    const read = async (id: string) =>
      (await svc.call({ method: 'GET', url: `/v1/applications/${id}`, token: certifier }))
        .body as ApplicationView;
    expect((await read(priority.id)).overdue).toBe(true);
    expect((await read(standard.id)).overdue).toBe(false);
    const overdue = (await queue('?overdue=true&limit=100')).map((item) => item.id);
    expect(overdue).toContain(priority.id);
    expect(overdue).not.toContain(standard.id);

    const accepted = (await transition(priority.id, 'accepted', 'Documents complete'))
      .body as ApplicationView;
    expect(accepted.overdue).toBe(false);
    expect(Date.parse(accepted.stageDueAt!)).toBe(Date.parse(priority.submittedAt) + (3 + 5) * DAY_MS);
  });

  it('lets the applicant withdraw any time before approval, but not after', async () => {
    const application = (await submit(butuo, greenFood(butuo))).body as ApplicationView;
    await transition(application.id, 'accepted');
    await transition(application.id, 'inspection');
    const withdrawn = await svc.call({
      method: 'POST',
      url: `/v1/applications/${application.id}/withdraw`,
      token: butuo.token,
      body: { note: 'The spring lambing failed; we will apply next year.' },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ stage: 'withdrawn', stageDueAt: null, overdue: false });
    expect((withdrawn.body as ApplicationView).history.at(-1)).toMatchObject({
      from: 'inspection',
      to: 'withdrawn',
      role: 'producer',
    });
    await waitFor(() =>
      applicationEvents
        .envelopes()
        .find((e) => e.subject === application.id && e.type === 'certification.application.withdrawn.v1'),
    );

    const approved = (await submit(butuo, greenFood(butuo))).body as ApplicationView;
    await approve(svc, team, approved.id);
    const late = await svc.call({
      method: 'POST',
      url: `/v1/applications/${approved.id}/withdraw`,
      token: butuo.token,
    });
    expect(late.status).toBe(409);
    expect(late.headers['content-type']).toContain('application/problem+json');
  });

  it('rejects an application with a reason the producer reads, and refuses a rejection without one', async () => {
    const application = (await submit(pingchang, greenFood(pingchang))).body as ApplicationView;
    await transition(application.id, 'accepted');
    await transition(application.id, 'inspection');
    await transition(application.id, 'testing');

    const unexplained = await transition(application.id, 'rejected');
    expect(unexplained.status).toBe(400);
    expect(unexplained.body.errors[0].field).toBe('note');

    const reason = 'Pesticide residue (chlorpyrifos) above the green food limit in two of three samples';
    const rejected = await transition(application.id, 'rejected', reason);
    expect(rejected.body).toMatchObject({
      stage: 'rejected',
      rejectionReason: reason,
      certificateNumber: null,
    });
    const seen = await svc.call({
      method: 'GET',
      url: `/v1/applications/${application.id}`,
      token: pingchang.token,
    });
    expect(seen.body.rejectionReason).toBe(reason);
    const announced = await waitFor(() =>
      applicationEvents
        .envelopes()
        .find((e) => e.subject === application.id && e.type === 'certification.application.rejected.v1'),
    );
    expect(announced.data).toMatchObject({ from: 'testing', note: reason });
  });

  it('needs a second person to approve: the one who moved it into review gets 409 four-eyes', async () => {
    const application = (await submit(butuo, greenFood(butuo))).body as ApplicationView;
    expect(application.movedIntoReviewBy).toBeNull();
    for (const to of ['accepted', 'inspection', 'testing', 'review']) await transition(application.id, to);
    // The view says who may not approve, so the console can tell that certifier before it tries.
    const inReview = await svc.call({
      method: 'GET',
      url: `/v1/applications/${application.id}`,
      token: team.approver,
    });
    expect(inReview.body).toMatchObject({ stage: 'review', movedIntoReviewBy: 'inspector-li-wei' });
    const before = await counts();
    const alone = await transition(application.id, 'approved', 'I reviewed it myself');
    expect(alone.status).toBe(409);
    expect(alone.headers['content-type']).toContain('application/problem+json');
    expect(alone.body).toMatchObject({ type: '/problems/four-eyes', status: 409 });
    expect(await counts()).toEqual(before);
    const approved = await transition(application.id, 'approved', 'Second review done', team.approver);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      stage: 'approved',
      certificateNumber: expect.any(String),
      movedIntoReviewBy: 'inspector-li-wei',
    });
  });

  it("keeps an application within the body the applicant chose: another body's certifiers get 404", async () => {
    const application = (await submit(pingchang, greenFood(pingchang))).body as ApplicationView;
    expect(application.certificationBodyId).toBe(team.bodyId);
    const before = await counts();
    for (const token of [otherBody.reviewer, otherBody.approver]) {
      const peek = await svc.call({ method: 'GET', url: `/v1/applications/${application.id}`, token });
      expect(peek.status).toBe(404);
      expect((await transition(application.id, 'accepted', 'not ours', token)).status).toBe(404);
      expect((await queue('?limit=100', token)).map((item) => item.id)).not.toContain(application.id);
    }
    expect(await counts()).toEqual(before);
    expect((await queue('?limit=100')).every((item) => item.certificationBodyId === team.bodyId)).toBe(true);

    const elsewhere = await submit(pingchang, {
      ...greenFood(pingchang),
      certificationBodyId: otherBody.bodyId,
    });
    expect(elsewhere.status).toBe(201);
    expect((await queue('?limit=100', otherBody.reviewer)).map((item) => item.id)).toEqual([
      elsewhere.body.id,
    ]);
  });

  it('keeps the register of certification bodies: the administrator adds, anyone who applies or reviews reads', async () => {
    const admin = await tokenFor('admin', 'ministry-of-agriculture');
    const added = await svc.call({
      method: 'POST',
      url: '/v1/certification-bodies',
      token: admin,
      body: { id: 'gi-office-liangshan', name: 'Liangshan geographical indication office' },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ id: 'gi-office-liangshan', registeredAt: expect.any(String) });
    const again = await svc.call({
      method: 'POST',
      url: '/v1/certification-bodies',
      token: admin,
      body: { id: 'gi-office-liangshan', name: 'Someone else' },
    });
    expect(again.status).toBe(409);
    const byCertifier = await svc.call({
      method: 'POST',
      url: '/v1/certification-bodies',
      token: certifier,
      body: { id: 'my-own-body', name: 'Mine' },
    });
    expect(byCertifier.status).toBe(403);
    const badId = await svc.call({
      method: 'POST',
      url: '/v1/certification-bodies',
      token: admin,
      body: { id: 'Not An Id', name: 'x' },
    });
    expect(badId.status).toBe(400);

    const first = await svc.call({
      method: 'GET',
      url: '/v1/certification-bodies?limit=2',
      token: zhaojue.token,
    });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    const rest = await svc.call({
      method: 'GET',
      url: `/v1/certification-bodies?limit=100&cursor=${first.body.nextCursor}`,
      token: zhaojue.token,
    });
    const ids = [...first.body.items, ...rest.body.items].map((body: { id: string }) => body.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'china-green-food-development-center',
        'gi-office-liangshan',
        'organic-food-development-center',
      ]),
    );
    expect(ids).toEqual([...ids].sort());
  });

  describe('refuses bad input with a problem and writes nothing', () => {
    it.each([
      ['an unknown scheme', () => ({ scheme: 'halal', productIds: [zhaojue.products[0].id] }), 400],
      ['no products', () => ({ scheme: 'organic', productIds: [] }), 400],
      [
        'the same product twice',
        () => ({ scheme: 'organic', productIds: [zhaojue.products[0].id, zhaojue.products[0].id] }),
        400,
      ],
      ['a fee set by the client', () => ({ ...greenFood(zhaojue), feeCents: 1 }), 400],
      [
        'no certification body (and no default one configured)',
        () => ({ ...greenFood(zhaojue), certificationBodyId: undefined }),
        400,
      ],
      [
        'a certification body that is not registered',
        () => ({ ...greenFood(zhaojue), certificationBodyId: 'unregistered-body' }),
        422,
      ],
      [
        'a malformed document hash',
        () => ({ ...greenFood(zhaojue), documents: [{ name: 'x.pdf', kind: 'other', sha256: 'abc' }] }),
        400,
      ],
      [
        'products of another producer',
        () => ({ scheme: 'organic', productIds: [zhaojue.products[0].id, butuo.products[0].id] }),
        422,
      ],
      ['a product catalog never announced', () => ({ scheme: 'organic', productIds: [randomUUID()] }), 422],
      [
        'the renewal of an unknown certificate',
        () => ({ ...greenFood(zhaojue), renewsCertificate: 'GF-2020-000001' }),
        422,
      ],
    ])('%s', async (_label, body, status) => {
      const before = await counts();
      const answer = await submit(zhaojue, body());
      expect(answer.status).toBe(status);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(await counts()).toEqual(before);
    });

    it('names the products that belong to another producer', async () => {
      const answer = await submit(zhaojue, { scheme: 'organic', productIds: [butuo.products[1].id] });
      expect(answer.status).toBe(422);
      expect(answer.body.products).toEqual([
        { productId: butuo.products[1].id, problem: 'belongs to another producer' },
      ]);
    });

    it('refuses a move that skips a stage (409), leaving the application as it was', async () => {
      const application = (await submit(zhaojue, greenFood(zhaojue))).body as ApplicationView;
      const before = await counts();
      const skipped = await transition(application.id, 'testing', 'Skip the inspection');
      expect(skipped.status).toBe(409);
      expect(skipped.headers['content-type']).toContain('application/problem+json');
      expect(skipped.body).toMatchObject({ from: 'submitted', to: 'testing' });
      expect((await transition(application.id, 'submitted')).status).toBe(409);
      expect((await transition(application.id, 'dispatched')).status).toBe(400);
      expect(await counts()).toEqual(before);
      const after = await svc.call({
        method: 'GET',
        url: `/v1/applications/${application.id}`,
        token: certifier,
      });
      expect(after.body).toMatchObject({
        stage: 'submitted',
        history: [expect.objectContaining({ to: 'submitted' })],
      });
    });

    it('refuses a producer calling the certifier endpoint, and a certifier withdrawing for the applicant (403)', async () => {
      const application = (await submit(zhaojue, greenFood(zhaojue))).body as ApplicationView;
      const before = await counts();
      const selfApproval = await transition(application.id, 'accepted', 'looks fine to me', zhaojue.token);
      expect(selfApproval.status).toBe(403);
      expect(selfApproval.headers['content-type']).toContain('application/problem+json');
      expect((await transition(application.id, 'withdrawn', 'on their behalf')).status).toBe(403);
      const certifierApplies = await svc.call({
        method: 'POST',
        url: '/v1/applications',
        token: certifier,
        body: greenFood(zhaojue),
      });
      expect(certifierApplies.status).toBe(403);
      const buyer = await tokenFor('buyer', randomUUID());
      expect((await svc.call({ method: 'GET', url: '/v1/applications', token: buyer })).status).toBe(403);
      expect((await svc.call({ method: 'GET', url: '/v1/applications' })).status).toBe(401);
      expect(await counts()).toEqual(before);
    });

    it('refuses a producer that catalog has not announced (422)', async () => {
      const stranger = await tokenFor('producer', randomUUID());
      const before = await counts();
      const answer = await svc.call({
        method: 'POST',
        url: '/v1/applications',
        token: stranger,
        body: greenFood(zhaojue),
      });
      expect(answer.status).toBe(422);
      expect(answer.body.detail).toContain('not known to certification');
      expect(await counts()).toEqual(before);
    });
  });

  it('is not fooled by a redelivered or stale catalog event: a county lifted out of poverty stays lifted', async () => {
    const county: CountySnapshot = countySnapshot({
      code: '522728',
      name: 'Luodian',
      province: 'Guizhou',
      povertyStatus: 'deep',
    });
    const registered = await events.publish(CountyRegistered, county);
    const applicant = await announceApplicant(events, county, { productName: 'navel orange' });
    await svc.caughtUp(...CATALOG_TOPICS);
    await events.publish(CountyUpdated, {
      ...county,
      povertyStatus: 'lifted',
      liftedOn: '2020-11-23',
      previousPovertyStatus: 'deep',
    });
    await svc.caughtUp('catalog.county.v1');

    await events.publishEnvelope(CountyRegistered, registered);
    await events.publishEnvelope(CountyRegistered, {
      ...envelopeOf(CountyRegistered, county),
      time: new Date(Date.now() - 30 * DAY_MS).toISOString(),
    });
    const [product] = applicant.products;
    await events.publish(ProductUpdated, { ...product, producerId: butuo.producer.id, version: 1 });
    await svc.caughtUp(...CATALOG_TOPICS);

    const inbox = await svc.db.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [registered.id]);
    expect(inbox).toHaveLength(1);
    const application = await submit(applicant, greenFood(applicant));
    expect(application.status).toBe(201);
    expect(application.body).toMatchObject({
      priority: false,
      povertyStatus: 'lifted',
      feeReliefCents: 0,
      amountDueCents: 800_000,
    });
  });
});
