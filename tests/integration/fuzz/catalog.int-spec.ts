import { randomUUID } from 'node:crypto';
import {
  CertificateExpired,
  CertificateIssued,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  OrderCancelled,
  OrderCompleted,
  OrderConfirmed,
  OrderDisputed,
  OrderPlaced,
  PriceCleared,
  PriceFlagged,
  type CertificateData,
} from '@hb/contracts';
import { catalogService } from '../../../apps/catalog/src';
import { county, creditCode, day, product } from '../../support/catalog-factories';
import { fuzzService } from '../../support/fuzz-suite';
import { tokenFor } from '../../support/http';

fuzzService('catalog', catalogService, async (svc) => {
  const admin = await tokenFor('admin', 'harvest-ops');
  const write = async (url: string, body: unknown, token: string) => {
    const answer = await svc.call({ method: 'POST', url, token, body });
    if (answer.status >= 300)
      throw new Error(`${url} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body as Record<string, string>;
  };
  const registered = await write('/v1/counties', county(), admin);
  const producer = await write(
    '/v1/producers',
    {
      name: 'Fuzz Cooperative',
      kind: 'cooperative',
      countyCode: registered.code,
      creditCode: creditCode(),
      povertyHouseholds: 12,
    },
    admin,
  );
  const producerToken = await tokenFor('producer', producer.id);
  const draft = await write('/v1/products', product(), producerToken);
  const listed = await write('/v1/products', product(), producerToken);
  await write(`/v1/products/${listed.id}/list`, undefined, producerToken);
  await write(
    `/v1/products/${listed.id}/lots`,
    { quantity: 500, harvestedOn: day(-3), expiresOn: day(60) },
    producerToken,
  );
  const sale = await write(
    '/v1/emergency-sales',
    {
      productId: listed.id,
      quantity: 50,
      unitPriceCents: 5000,
      reason: 'glut',
      endsAt: `${day(7)}T12:00:00Z`,
    },
    producerToken,
  );
  const brand = await write(
    '/v1/brands',
    { name: 'Fuzz Highland', kind: 'enterprise', countyCode: registered.code },
    producerToken,
  );
  const admittedBrand = await write(
    '/v1/brands',
    { name: '大凉山 Fuzz', kind: 'regional_public', countyCode: registered.code },
    admin,
  );
  await write(`/v1/brands/${admittedBrand.id}/decision`, { decision: 'admitted', note: 'fuzz' }, admin);
  const officialToken = await tokenFor('county_official', registered.code);
  const platformToken = await tokenFor('platform', 'fuzz-platform');
  const listing = await write(
    '/v1/listings',
    { productId: listed.id, externalSku: 'FUZZ-SKU-1' },
    platformToken,
  );

  const order = () => ({ orderId: randomUUID(), buyerId: 'fuzz-canteen' });
  const certificate = (): CertificateData => ({
    number: `GF-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
    scheme: 'green_food',
    holderId: producer.id,
    productIds: [draft.id],
    issuedOn: day(-1),
    validUntil: day(364),
  });
  return {
    http: {
      tokens: { admin, producer: producerToken, platform: platformToken, county_official: officialToken },
      known: {
        path: {
          code: [registered.code],
          id: [draft.id, listed.id, listing.id, sale.id, brand.id, admittedBrand.id],
          producerId: [producer.id],
        },
        body: {
          countyCode: [registered.code],
          producerId: [producer.id],
          ownerProducerId: [producer.id],
          productId: [listed.id, draft.id],
          brandId: [admittedBrand.id, brand.id],
        },
        requests: {
          'POST /v1/counties': () => county(),
          'POST /v1/products': () => product({ brandId: admittedBrand.id }),
          'POST /v1/brands': () => ({
            name: `Fuzz brand ${randomUUID().slice(0, 8)}`,
            kind: 'regional_public',
            countyCode: registered.code,
            geographicalIndicationCertificate: 'AGI-2026-0001',
          }),
          'POST /v1/brands/{id}/decision': () => ({ decision: 'admitted', note: 'Checked.' }),
          'PATCH /v1/products/{id}': () => ({ name: `Tartary buckwheat tea ${randomUUID().slice(0, 4)}` }),
          'POST /v1/products/{id}/lots': () => ({ quantity: 40, harvestedOn: day(-1), expiresOn: day(30) }),
          'POST /v1/emergency-sales': () => ({
            productId: listed.id,
            quantity: 5,
            unitPriceCents: 5000,
            reason: 'near_expiry',
            endsAt: `${day(3)}T18:00:00+08:00`,
            note: 'Cold store full',
          }),
          'POST /v1/platforms': () => ({ id: `fuzz-mall-${randomUUID().slice(0, 8)}`, name: 'Fuzz mall' }),
          'POST /v1/listings': () => ({
            productId: listed.id,
            externalSku: `SKU-${randomUUID().slice(0, 8)}`,
          }),
        },
      },
      async stillServes() {
        expect(
          (await svc.call({ method: 'GET', url: `/v1/products/${listed.id}`, token: admin })).status,
        ).toBe(200);
        expect(
          (await svc.call({ method: 'POST', url: '/v1/counties', token: admin, body: county() })).status,
        ).toBe(201);
      },
    },
    events: {
      [OrderPlaced.type]: () => ({
        ...order(),
        lines: [
          {
            productId: listed.id,
            quantity: 1,
            unitPriceCents: 100,
            lineTotalCents: 100,
            emergencySaleId: sale.id,
          },
        ],
        totalCents: 100,
        placedAt: new Date().toISOString(),
      }),
      [OrderCancelled.type]: () => ({ ...order(), reason: 'buyer changed its mind' }),
      [OrderCompleted.type]: () => order(),
      [OrderConfirmed.type]: () => ({
        ...order(),
        deliveryAddress: '1 Jiannan Road, Mianyang',
        requestedDeliveryDate: day(5),
        lines: [
          {
            productId: listed.id,
            producerId: randomUUID(),
            quantity: 1,
            coldChainProfile: { minC: 0, maxC: 25, maxDwellMinutes: 720 },
          },
        ],
      }),
      [OrderDisputed.type]: () => ({ ...order(), lines: [], refundCents: 0 }),
      [CertificateIssued.type]: certificate,
      [CertificateReinstated.type]: certificate,
      [CertificateSuspended.type]: () => ({ ...certificate(), reason: 'sample failed' }),
      [CertificateRevoked.type]: () => ({ ...certificate(), reason: 'fraud' }),
      [CertificateExpired.type]: certificate,
      [PriceFlagged.type]: () => ({
        productId: listed.id,
        unitPriceCents: 900,
        referenceCents: 300,
        ratio: 3,
      }),
      [PriceCleared.type]: () => ({
        productId: listed.id,
        unitPriceCents: 300,
        referenceCents: 300,
        ratio: 1,
      }),
    },
  };
});
