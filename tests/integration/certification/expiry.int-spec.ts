import { CountyRegistered } from '@hb/contracts';
import { Clock } from '@hb/platform';
import {
  CertificateExpiryService,
  type CertificateVerification,
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
import type { TopicReader } from '../../support/kafka';
import { countySnapshot } from '../../support/orders-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

const DAY_MS = 86_400_000;
const EXPIRING = 'certification.certificate.expiring.v1';
const EXPIRED = 'certification.certificate.expired.v1';

describe('certification: certificates run out on time (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  let certificateEvents: TopicReader;
  let certifier: string;
  let team: ReviewTeam;
  let applicant: Applicant;

  /** A one-year organic certificate issued today; answers its number and last valid day. */
  const certify = async (): Promise<{ number: string; validUntil: string }> => {
    const submitted = await svc.call({
      method: 'POST',
      url: '/v1/applications',
      token: applicant.token,
      body: {
        certificationBodyId: 'organic-food-development-center',
        scheme: 'organic',
        productIds: [applicant.products[0].id],
      },
    });
    const approved = await approve(svc, team, String(submitted.body.id));
    const number = String(approved.certificateNumber);
    const verification = (await svc.call({ method: 'GET', url: `/v1/certificates/${number}` }))
      .body as CertificateVerification;
    return { number, validUntil: verification.validUntil! };
  };

  /** Sets the service clock to noon (UTC) `days` before the certificate's last valid day. */
  const daysBefore = (validUntil: string, days: number) =>
    jest
      .spyOn(svc.app.get(Clock), 'now')
      .mockReturnValue(new Date(Date.parse(`${validUntil}T12:00:00.000Z`) - days * DAY_MS));

  /** The events about a certificate written so far (the sweep commits them before it returns). */
  const written = async (number: string, type: string) =>
    svc.db.query<{ daysLeft: number | null }>(
      `SELECT (envelope -> 'data' ->> 'daysLeft')::int AS "daysLeft" FROM outbox
        WHERE key = $1 AND type = $2 ORDER BY seq`,
      [number, type],
    );

  const sweep = () => svc.app.get(CertificateExpiryService).sweep();

  beforeAll(async () => {
    // The timer sweeps every 250 ms here, so expiry is seen happening without anyone calling.
    process.env.CERT_EXPIRY_SWEEP_INTERVAL_MS = '250';
    svc = await runService(certificationService, 'cert-expiry');
    events = await EventPublisherForTests.start(svc.prefix);
    certificateEvents = await svc.read('certification.certificate.v1');
    team = await registerCertificationBody(svc, 'organic-food-development-center', {
      reviewer: 'auditor-wang-fang',
    });
    certifier = team.reviewer;
    const county = countySnapshot({
      code: '522728',
      name: 'Luodian',
      province: 'Guizhou',
      povertyStatus: 'key',
    });
    await events.publish(CountyRegistered, county);
    applicant = await announceApplicant(events, county, { productName: 'navel orange' });
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

  it('warns the holder 90, 30 and 7 days before expiry, once each', async () => {
    const { number, validUntil } = await certify();
    const expectWarnings = async (at: number, expected: number[]) => {
      daysBefore(validUntil, at);
      await sweep();
      await sweep();
      // A timer sweep may hold the row (SKIP LOCKED) while this one passes it by: wait for it to commit.
      const warnings = await waitFor(
        async () => {
          const rows = await written(number, EXPIRING);
          return rows.length >= expected.length ? rows : undefined;
        },
        { what: `${expected.length} warning(s) for ${number}` },
      );
      expect(warnings.map((row) => row.daysLeft)).toEqual(expected);
    };

    await expectWarnings(120, []);
    await expectWarnings(90, [90]);
    await expectWarnings(89, [90]);
    await expectWarnings(45, [90]);
    await expectWarnings(30, [90, 30]);
    await expectWarnings(8, [90, 30]);
    await expectWarnings(7, [90, 30, 7]);
    await expectWarnings(1, [90, 30, 7]);
    await expectWarnings(0, [90, 30, 7]);

    const published = await waitFor(() => {
      const mine = certificateEvents.envelopes().filter((e) => e.subject === number && e.type === EXPIRING);
      return mine.length === 3 ? mine : undefined;
    });
    expect(published.map((e) => e.data.daysLeft)).toEqual([90, 30, 7]);
    for (const warning of published) {
      expect(warning.data).toMatchObject({ number, validUntil, holderId: applicant.producer.id });
    }
    expect(await written(number, EXPIRED)).toHaveLength(0);
  });

  it('expires a certificate the day after its last valid day without anyone calling, and says so publicly', async () => {
    const { number, validUntil } = await certify();
    daysBefore(validUntil, -1);

    const expired = await waitFor(
      () => certificateEvents.envelopes().find((e) => e.subject === number && e.type === EXPIRED),
      { what: `${number} to expire` },
    );
    expect(expired.data).toMatchObject({
      number,
      holderId: applicant.producer.id,
      productIds: [applicant.products[0].id],
      validUntil,
      reason: `validity ended on ${validUntil}`,
    });
    const verification = await svc.call({ method: 'GET', url: `/v1/certificates/${number}` });
    expect(verification.body).toMatchObject({
      valid: false,
      status: 'expired',
      reason: `expired: it was valid until ${validUntil}`,
    });

    await sweep();
    expect(await written(number, EXPIRED)).toHaveLength(1);
    const revoke = await svc.call({
      method: 'POST',
      url: `/v1/certificates/${number}/revoke`,
      token: certifier,
      body: { reason: 'Too late to revoke' },
    });
    expect(revoke.status).toBe(409);
  });

  it('lets a suspended certificate run out too, and does not warn a holder whose certificate is suspended', async () => {
    const { number, validUntil } = await certify();
    await svc.call({
      method: 'POST',
      url: `/v1/certificates/${number}/suspend`,
      token: certifier,
      body: { reason: 'Orchard flooded; organic status under review' },
    });
    daysBefore(validUntil, 5);
    await sweep();
    expect(await written(number, EXPIRING)).toHaveLength(0);

    daysBefore(validUntil, -1);
    await sweep();
    await waitFor(async () => (await written(number, EXPIRED)).length === 1, { what: `${number} to expire` });
    const verification = await svc.call({ method: 'GET', url: `/v1/certificates/${number}` });
    expect(verification.body.status).toBe('expired');
  });
});
