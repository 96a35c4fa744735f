import { randomUUID } from 'node:crypto';
import { CountyRegistered, ProducerRegistered, ProductRegistered } from '@hb/contracts';
import { certificationService } from '../../../apps/certification/src';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import { registerCertificationBody } from '../../support/certification-fixtures';
import { countySnapshot, productSnapshot } from '../../support/orders-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

describe("certification: a county official reads its producers' applications, and nothing of another county", () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  const applications: Record<'zhaojue' | 'butuo', string> = {} as never;

  beforeAll(async () => {
    svc = await runService(certificationService, 'county_officials');
    events = await EventPublisherForTests.start(svc.prefix);
    const body = await registerCertificationBody(svc, `body-${randomUUID().slice(0, 8)}`);
    for (const [key, code, name] of [
      ['zhaojue', '513431', 'Zhaojue'],
      ['butuo', '513429', 'Butuo'],
    ] as const) {
      const producerId = randomUUID();
      await events.publish(CountyRegistered, countySnapshot({ code, name }));
      await events.publish(ProducerRegistered, {
        id: producerId,
        name: `${name} cooperative`,
        kind: 'cooperative',
        countyCode: code,
        countyPovertyStatus: 'deep',
        creditCode: '93513431MA6ABCDE1X',
        povertyHouseholds: 80,
      });
      const item = productSnapshot({
        producerId,
        countyCode: code,
        status: 'draft',
        badges: [],
        reliefEligible: false,
      });
      await events.publish(ProductRegistered, item);
      const producer = await tokenFor('producer', producerId);
      const submitted = await waitFor(
        async () => {
          const answer = await svc.call({
            method: 'POST',
            url: '/v1/applications',
            token: producer,
            body: { scheme: 'green_food', productIds: [item.id], certificationBodyId: body.bodyId },
          });
          return answer.status === 201 ? (answer.body as { id: string }) : undefined;
        },
        { what: `certification to know the ${name} product` },
      );
      applications[key] = submitted.id;
    }
  });

  afterAll(async () => {
    await events?.stop();
    await svc?.stop();
  });

  it("lists and reads its county's applications and certificates only", async () => {
    const official = await tokenFor('county_official', '513431');
    const list = await svc.call({ method: 'GET', url: '/v1/applications', token: official });
    expect(list.status).toBe(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([applications.zhaojue]);
    expect(
      (await svc.call({ method: 'GET', url: `/v1/applications/${applications.zhaojue}`, token: official }))
        .status,
    ).toBe(200);
    expect(
      (await svc.call({ method: 'GET', url: `/v1/applications/${applications.butuo}`, token: official }))
        .status,
    ).toBe(404);
    const certificates = await svc.call({ method: 'GET', url: '/v1/certificates', token: official });
    expect(certificates.status).toBe(200);
    expect(certificates.body.items).toEqual([]);
  });
});
