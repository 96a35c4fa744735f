import { randomUUID } from 'node:crypto';
import {
  CountyRegistered,
  CountyUpdated,
  ProducerRegistered,
  ProductDelisted,
  ProductListed,
  ProductRegistered,
  ProductUpdated,
} from '@hb/contracts';
import { certificationService } from '../../../apps/certification/src';
import {
  announceApplicant,
  approve,
  registerCertificationBody,
  CATALOG_TOPICS,
  producerSnapshot,
} from '../../support/certification-fixtures';
import { fuzzService } from '../../support/fuzz-suite';
import { tokenFor } from '../../support/http';
import { countySnapshot, productSnapshot } from '../../support/orders-fixtures';

const countyCode = () => String(100000 + Math.floor(Math.random() * 899999));

fuzzService('certification', certificationService, async (svc, events) => {
  const county = countySnapshot({ code: '513431', povertyStatus: 'deep' });
  await events.publish(CountyRegistered, county);
  const applicant = await announceApplicant(events, county, { productCount: 3 });
  await svc.caughtUp(...CATALOG_TOPICS);
  const team = await registerCertificationBody(svc, 'fuzz-certification-centre');
  const certifier = team.reviewer;
  const submit = async (productIds: string[]) => {
    const answer = await svc.call({
      method: 'POST',
      url: '/v1/applications',
      token: applicant.token,
      body: { certificationBodyId: team.bodyId, scheme: 'green_food', productIds },
    });
    expect(answer.status).toBe(201);
    return answer.body.id as string;
  };
  const submitted = await submit([applicant.products[0].id]);
  const approved = await approve(svc, team, await submit([applicant.products[1].id]));
  const number = approved.certificateNumber as string;

  const product = () => productSnapshot({ producerId: applicant.producer.id, countyCode: county.code });
  const newCounty = () => countySnapshot({ code: countyCode() });
  return {
    http: {
      tokens: {
        producer: applicant.token,
        certifier,
        admin: await tokenFor('admin', 'fuzz-ministry'),
      },
      known: {
        path: { id: [submitted, approved.id as string], number: [number] },
        body: {
          productIds: [applicant.products.map((known) => known.id), [applicant.products[2].id]],
          renewsCertificate: [number],
        },
        requests: {
          'POST /v1/applications': () => ({
            certificationBodyId: team.bodyId,
            scheme: 'organic',
            productIds: [applicant.products[2].id],
          }),
          'POST /v1/certification-bodies': () => ({
            id: `fuzz-body-${randomUUID().slice(0, 8)}`,
            name: 'Fuzz certification body',
          }),
          'POST /v1/applications/{id}/transitions': () => ({ to: 'accepted', note: 'documents complete' }),
          'POST /v1/applications/{id}/withdraw': () => ({ note: 'harvest lost to hail' }),
          'POST /v1/certificates/{number}/suspend': () => ({
            reason: 'market sample over the residue limit',
          }),
          'POST /v1/certificates/{number}/reinstate': () => ({ reason: 'new sample within the limit' }),
        },
      },
      async stillServes() {
        expect((await svc.call({ method: 'GET', url: `/v1/certificates/${number}` })).status).toBe(200);
        const queue = await svc.call({ method: 'GET', url: '/v1/applications', token: certifier });
        expect(queue.status).toBe(200);
      },
    },
    events: {
      [CountyRegistered.type]: newCounty,
      [CountyUpdated.type]: () => ({ ...newCounty(), previousPovertyStatus: 'key' }),
      [ProducerRegistered.type]: () => producerSnapshot(county),
      [ProductRegistered.type]: product,
      [ProductUpdated.type]: product,
      [ProductListed.type]: product,
      [ProductDelisted.type]: () => ({ ...product(), id: randomUUID() }),
    },
  };
});
