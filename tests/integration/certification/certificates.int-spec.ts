import { randomUUID } from 'node:crypto';
import { CountyRegistered } from '@hb/contracts';
import { Clock } from '@hb/platform';
import {
  type ApplicationView,
  type CertificateVerification,
  type CertificateView,
  certificationService,
} from '../../../apps/certification/src';
import {
  announceApplicant,
  approve,
  CATALOG_TOPICS,
  registerCertificationBody,
  type Applicant,
  type ReviewTeam,
} from '../../support/certification-fixtures';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import { countySnapshot } from '../../support/orders-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

const DAY_MS = 86_400_000;

describe('certification: certificates, public verification and renewal (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  let certificateEvents: TopicReader;
  let certifier: string;
  let team: ReviewTeam;
  let otherBody: ReviewTeam;
  let admin: string;
  let zhaojue: Applicant;
  let butuo: Applicant;

  /** Applies and walks the application to approval; answers the certificate number. */
  const certify = async (
    applicant: Applicant,
    scheme: string,
    productIds = [applicant.products[0].id],
  ): Promise<string> => {
    const submitted = await svc.call({
      method: 'POST',
      url: '/v1/applications',
      token: applicant.token,
      body: { certificationBodyId: team.bodyId, scheme, productIds },
    });
    expect(submitted.status).toBe(201);
    const approved = await approve(svc, team, String(submitted.body.id));
    return String(approved.certificateNumber);
  };

  const act = (number: string, action: string, reason?: string, token = certifier) =>
    svc.call({
      method: 'POST',
      url: `/v1/certificates/${number}/${action}`,
      token,
      body: reason === undefined ? {} : { reason },
    });

  const verify = async (number: string): Promise<CertificateVerification> => {
    const answer = await svc.call({ method: 'GET', url: `/v1/certificates/${number}` });
    expect(answer.status).toBe(200);
    return answer.body as CertificateVerification;
  };

  const announced = (number: string, type: string) =>
    waitFor(() => certificateEvents.envelopes().find((e) => e.subject === number && e.type === type), {
      what: `${type} for ${number}`,
    });

  beforeAll(async () => {
    process.env.CERT_EXPIRY_SWEEP_INTERVAL_MS = '3600000';
    svc = await runService(certificationService, 'cert-certificates');
    events = await EventPublisherForTests.start(svc.prefix);
    certificateEvents = await svc.read('certification.certificate.v1');
    team = await registerCertificationBody(svc, 'organic-food-development-center', {
      reviewer: 'auditor-wang-fang',
      approver: 'auditor-chen-jie',
    });
    certifier = team.reviewer;
    otherBody = await registerCertificationBody(svc, 'china-quality-certification-centre');
    admin = await tokenFor('admin', 'harvest-bridge-ops');
    const deep = countySnapshot({ code: '513431', name: 'Zhaojue', povertyStatus: 'deep' });
    const key = countySnapshot({ code: '513429', name: 'Butuo', povertyStatus: 'key' });
    await events.publish(CountyRegistered, deep);
    await events.publish(CountyRegistered, key);
    zhaojue = await announceApplicant(events, deep, { productCount: 3 });
    butuo = await announceApplicant(events, key, { productCount: 2, productName: 'black goat' });
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

  it('verifies a certificate publicly, without a token: valid, holder, scheme, products and validity, no internal ids', async () => {
    const number = await certify(
      butuo,
      'geographical_indication',
      butuo.products.map((p) => p.id),
    );
    expect(number).toMatch(/^GI-\d{4}-\d{6}-[0-9A-Z]{5}$/);
    const verification = await verify(number);
    expect(verification).toMatchObject({
      number,
      valid: true,
      reason: 'active, without end date',
      status: 'active',
      scheme: 'geographical_indication',
      holderName: butuo.producer.name,
      validUntil: null,
    });
    expect(verification.products).toEqual(butuo.products.map((p) => ({ name: p.name })));
    const published = JSON.stringify(verification);
    for (const internalId of [butuo.producer.id, ...butuo.products.map((p) => p.id)]) {
      expect(published).not.toContain(internalId);
    }
    expect(Object.keys(verification)).not.toEqual(expect.arrayContaining(['holderId']));
  });

  it('still verifies a number given out before check suffixes', async () => {
    const number = await certify(zhaojue, 'green_food');
    const [prefix, year] = number.split('-');
    const oldStyle = `${prefix}-${year}-900001`;
    await svc.db.query(
      `INSERT INTO certificates (number, scheme, certification_body_id, holder_id, product_ids, issued_on, valid_from,
                                 valid_until, status, application_id, issued_at)
       SELECT $2, scheme, certification_body_id, holder_id, product_ids, issued_on, valid_from, valid_until, status,
              gen_random_uuid(), issued_at
       FROM certificates WHERE number = $1`,
      [number, oldStyle],
    );
    expect(await verify(oldStyle)).toMatchObject({
      number: oldStyle,
      valid: true,
      holderName: zhaojue.producer.name,
    });
  });

  it('answers an unknown certificate number with a clean 404, for anyone', async () => {
    for (const number of ['GF-2026-999999', 'not-a-number']) {
      const answer = await svc.call({ method: 'GET', url: `/v1/certificates/${number}` });
      expect(answer.status).toBe(404);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.body).toMatchObject({ status: 404, title: 'Not found' });
    }
  });

  it('numbers certificates by scheme and year in sequence, with a suffix that cannot be guessed from a neighbour', async () => {
    const first = await certify(zhaojue, 'organic');
    const second = await certify(zhaojue, 'organic');
    const [, year, sequence, suffix] = first.split('-');
    const nextPlace = `OG-${year}-${String(Number(sequence) + 1).padStart(6, '0')}`;
    expect(second).toMatch(new RegExp(`^${nextPlace}-[0-9A-Z]{5}$`));
    expect(second.endsWith(suffix)).toBe(false);
    for (const guess of [nextPlace, `${nextPlace}-${suffix}`]) {
      expect((await svc.call({ method: 'GET', url: `/v1/certificates/${guess}` })).status).toBe(404);
    }
  });

  it('suspends, reinstates and revokes with reasons, announcing each, and verification says why it is not valid', async () => {
    const number = await certify(zhaojue, 'green_food');
    await announced(number, 'certification.certificate.issued.v1');

    const suspension = 'Sulfur dioxide residue above the limit in the March market sample';
    const suspended = await act(number, 'suspend', suspension);
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ status: 'suspended', statusReason: suspension });
    expect((await announced(number, 'certification.certificate.suspended.v1')).data).toMatchObject({
      number,
      reason: suspension,
      productIds: [zhaojue.products[0].id],
    });
    const whileSuspended = await verify(number);
    expect(whileSuspended.valid).toBe(false);
    expect(whileSuspended.reason).toMatch(
      new RegExp(`^suspended since \\d{4}-\\d{2}-\\d{2}: ${suspension}$`),
    );

    expect((await act(number, 'reinstate', 'Re-test of three lots within limits')).body.status).toBe(
      'active',
    );
    await announced(number, 'certification.certificate.reinstated.v1');
    expect((await verify(number)).valid).toBe(true);

    const revocation = 'Certified tea gardens sprayed with glyphosate (inspection of 14 May)';
    expect((await act(number, 'revoke', revocation)).body.status).toBe('revoked');
    expect((await announced(number, 'certification.certificate.revoked.v1')).data).toMatchObject({
      reason: revocation,
      holderId: zhaojue.producer.id,
    });
    const revoked = await verify(number);
    expect(revoked).toMatchObject({ valid: false, status: 'revoked' });
    expect(revoked.reason).toContain(revocation);

    const trail = await svc.call({
      method: 'GET',
      url: `/v1/certificates/${number}/actions`,
      token: zhaojue.token,
    });
    expect(trail.status).toBe(200);
    expect(trail.body.items).toEqual(
      ['suspend', 'reinstate', 'revoke'].map((action, index) =>
        expect.objectContaining({
          seq: index + 1,
          action,
          by: 'auditor-wang-fang',
        }),
      ),
    );
    expect(trail.body.items[2]).toMatchObject({ from: 'active', to: 'revoked', reason: revocation });
    const firstPage = await svc.call({
      method: 'GET',
      url: `/v1/certificates/${number}/actions?limit=2`,
      token: certifier,
    });
    const secondPage = await svc.call({
      method: 'GET',
      url: `/v1/certificates/${number}/actions?cursor=${firstPage.body.nextCursor}`,
      token: certifier,
    });
    expect(
      [...firstPage.body.items, ...secondPage.body.items].map((item: { seq: number }) => item.seq),
    ).toEqual([1, 2, 3]);
    for (const stranger of [butuo.token, otherBody.reviewer]) {
      const peek = await svc.call({
        method: 'GET',
        url: `/v1/certificates/${number}/actions`,
        token: stranger,
      });
      expect(peek.status).toBe(404);
    }
  });

  it('refuses what the lifecycle forbids (409), a missing reason (400) and anyone but a certifier (403), changing nothing', async () => {
    const number = await certify(zhaojue, 'green_food');
    const outbox = async () =>
      (await svc.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE key = $1`, [number]))[0]
        .n;
    const before = await outbox();

    const reinstateActive = await act(number, 'reinstate', 'Nothing to reinstate');
    expect(reinstateActive.status).toBe(409);
    expect(reinstateActive.headers['content-type']).toContain('application/problem+json');
    expect((await act(number, 'suspend')).status).toBe(400);
    expect((await act(number, 'revoke', 'I grow it, I may revoke it', zhaojue.token)).status).toBe(403);
    expect((await act(number, 'revoke', 'Administrators do not certify', admin)).status).toBe(403);
    expect((await act('GF-2026-999999', 'revoke', 'No such certificate')).status).toBe(404);
    for (const token of [otherBody.reviewer, otherBody.approver]) {
      for (const action of ['suspend', 'revoke']) {
        expect((await act(number, action, 'Not our certificate', token)).status).toBe(404);
      }
    }
    expect(await outbox()).toBe(before);
    expect((await verify(number)).valid).toBe(true);

    await act(number, 'revoke', 'Fraudulent test report');
    expect((await act(number, 'reinstate', 'Changed our mind')).status).toBe(409);
  });

  it("lists certificates newest first: a holder sees its own, certifiers their body's, filtered and page by page", async () => {
    const goat = await certify(butuo, 'organic', [butuo.products[1].id]);
    const everyone = await svc.call({ method: 'GET', url: '/v1/certificates?limit=100', token: certifier });
    expect(everyone.status).toBe(200);
    const all = everyone.body.items as CertificateView[];
    expect(new Set(all.map((c) => c.holderId))).toEqual(new Set([zhaojue.producer.id, butuo.producer.id]));
    expect(all[0].number).toBe(goat);
    expect(all.every((c) => c.certificationBodyId === team.bodyId)).toBe(true);
    const otherBodys = await svc.call({
      method: 'GET',
      url: '/v1/certificates?limit=100',
      token: otherBody.reviewer,
    });
    expect(otherBodys.body).toEqual({ items: [], nextCursor: null });

    const own = await svc.call({ method: 'GET', url: '/v1/certificates?limit=100', token: butuo.token });
    expect((own.body.items as CertificateView[]).every((c) => c.holderId === butuo.producer.id)).toBe(true);
    const peek = await svc.call({
      method: 'GET',
      url: `/v1/certificates?holderId=${zhaojue.producer.id}`,
      token: butuo.token,
    });
    expect(peek.body).toEqual({ items: [], nextCursor: null });

    const covering = await svc.call({
      method: 'GET',
      url: `/v1/certificates?productId=${butuo.products[1].id}&scheme=organic&status=active`,
      token: certifier,
    });
    expect((covering.body.items as CertificateView[]).map((c) => c.number)).toEqual([goat]);

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await svc.call({
        method: 'GET',
        url: `/v1/certificates?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        token: certifier,
      });
      paged.push(...(page.body.items as CertificateView[]).map((c) => c.number));
      cursor = page.body.nextCursor as string | null;
    } while (cursor);
    expect(paged).toEqual(all.map((c) => c.number));

    const buyer = await tokenFor('buyer', randomUUID());
    expect((await svc.call({ method: 'GET', url: '/v1/certificates', token: buyer })).status).toBe(403);
    expect((await svc.call({ method: 'GET', url: '/v1/certificates' })).status).toBe(401);
  });

  describe('renewal', () => {
    const renew = (number: string, applicant = zhaojue, scheme = 'organic') =>
      svc.call({
        method: 'POST',
        url: '/v1/applications',
        token: applicant.token,
        body: {
          certificationBodyId: team.bodyId,
          scheme,
          productIds: [applicant.products[2].id],
          renewsCertificate: number,
        },
      });

    const atDay = (day: string) =>
      jest.spyOn(svc.app.get(Clock), 'now').mockReturnValue(new Date(`${day}T06:00:00.000Z`));

    const dayBefore = (day: string, days: number) =>
      new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

    it('refuses a renewal before its window opens three months ahead of the end, saying when it opens', async () => {
      const number = await certify(zhaojue, 'organic');
      const answer = await renew(number);
      expect(answer.status).toBe(422);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.body.detail).toMatch(/opens on \d{4}-\d{2}-\d{2}, 3 months before it ends on/);
    });

    it('renews from the day after the old certificate ends, once', async () => {
      const number = await certify(zhaojue, 'organic');
      const old = await verify(number);
      atDay(dayBefore(old.validUntil!, 60));

      const renewal = await renew(number);
      expect(renewal.status).toBe(201);
      expect(renewal.body).toMatchObject({ renewsCertificate: number, stage: 'submitted' });
      const second = await renew(number);
      expect(second.status).toBe(409);
      expect(second.body.detail).toContain(String(renewal.body.id));

      const approved = (await approve(svc, team, String(renewal.body.id))) as unknown as ApplicationView;
      const renewed = await verify(approved.certificateNumber!);
      const startsOn = new Date(Date.parse(`${old.validUntil}T00:00:00Z`) + DAY_MS)
        .toISOString()
        .slice(0, 10);
      expect(renewed).toMatchObject({ validFrom: startsOn, renewsCertificate: number, valid: false });
      expect(renewed.reason).toBe(`not yet in force: valid from ${startsOn} (it renews ${number})`);
      const [year, month, date] = startsOn.split('-').map(Number);
      expect(renewed.validUntil).toBe(
        new Date(Date.UTC(year + 1, month - 1, date) - DAY_MS).toISOString().slice(0, 10),
      );
      expect((await verify(number)).renewedBy).toBe(approved.certificateNumber);

      const issued = await announced(approved.certificateNumber!, 'certification.certificate.issued.v1');
      expect(issued.data).toMatchObject({ validFrom: startsOn, renewsCertificate: number });
      expect((await renew(number)).body.detail).toContain('already renewed');
    });

    it.each([
      [
        'a geographical indication, which has no end',
        'geographical_indication',
        'geographical_indication',
        /no end date/,
      ],
      ['under another scheme', 'green_food', 'organic', /renewal keeps the scheme/],
    ])('refuses to renew %s (422)', async (_label, scheme, renewalScheme, reason) => {
      const number = await certify(zhaojue, scheme);
      const answer = await renew(number, zhaojue, renewalScheme);
      expect(answer.status).toBe(422);
      expect(answer.body.detail).toMatch(reason);
    });

    it("refuses to renew another producer's certificate (422)", async () => {
      const number = await certify(butuo, 'organic');
      const answer = await renew(number, zhaojue);
      expect(answer.status).toBe(422);
      expect(answer.body.detail).toContain('not one of yours');
    });
  });
});
