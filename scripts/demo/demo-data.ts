/**
 * Loads the demo world into a running system through its public APIs, as its users would: counties
 * and producers (admin), products, lots and listings (producers, a platform), certificates (producers
 * apply, a certifier reviews), buyers and orders in every state (buyers, a cold-chain operator with
 * temperature readings). Safe to run again: everything is found by its natural key first.
 *   npm run demo-data          (service URLs from CATALOG_URL, ORDERS_URL, LOGISTICS_URL, CERTIFICATION_URL)
 */
import { Kafka, logLevel } from 'kafkajs';
import { mintDevelopmentToken } from '@hb/platform';
import { Api, waitUntil } from './api';
import {
  BUYERS,
  CERTIFICATIONS,
  COUNTIES,
  OPEN_APPLICATIONS,
  ORGS,
  PRODUCERS,
  PRODUCTS,
  type BuyerKey,
  type ProducerKey,
  type ProductKey,
} from './scenario';

const URLS = {
  catalog: process.env.CATALOG_URL ?? 'http://127.0.0.1:3001',
  orders: process.env.ORDERS_URL ?? 'http://127.0.0.1:3002',
  logistics: process.env.LOGISTICS_URL ?? 'http://127.0.0.1:3003',
  certification: process.env.CERTIFICATION_URL ?? 'http://127.0.0.1:3004',
};
const STAGES = ['submitted', 'accepted', 'inspection', 'testing', 'review', 'approved'] as const;
const today = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const log = (message: string) => console.log(`[demo] ${message}`);

interface World {
  producerIds: Record<ProducerKey, string>;
  productIds: Record<ProductKey, string>;
  buyerIds: Record<BuyerKey, string>;
  certificates: Record<string, string>;
  orders: Record<string, { id: string; status: string }>;
}

/** Waits until a service's consumer group has read everything now on a topic (so its read model is current). */
async function caughtUp(groupId: string, topic: string): Promise<void> {
  const kafka = new Kafka({
    clientId: 'demo-data',
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]));
    await waitUntil(async () => {
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      return committed.partitions.every(
        ({ partition, offset }) =>
          (ends.get(partition) ?? 0) === 0 || Number(offset) >= (ends.get(partition) ?? 0),
      );
    }, `${groupId} to read ${topic}`);
  } finally {
    await admin.disconnect();
  }
}

async function loadCatalog(admin: Api, platform: Api, world: World): Promise<void> {
  for (const county of COUNTIES) {
    if ((await admin.call('GET', `/counties/${county.code}`)).status === 404)
      await admin.must([201], 'POST', '/counties', county);
  }
  log(`${COUNTIES.length} counties`);
  for (const { key, ...producer } of PRODUCERS) {
    const existing = (
      await admin.must([200], 'GET', `/producers?countyCode=${producer.countyCode}&limit=100`)
    ).items.find((candidate: { creditCode: string }) => candidate.creditCode === producer.creditCode);
    world.producerIds[key] = existing?.id ?? (await admin.must([201], 'POST', '/producers', producer)).id;
  }
  log(`${PRODUCERS.length} producers`);
  for (const { key, producer, lot, ...described } of PRODUCTS) {
    const { sku, ...product } = { sku: undefined as string | undefined, ...described };
    const owner = await Api.as(URLS.catalog, 'producer', world.producerIds[producer]);
    const found = (
      await owner.must([200], 'GET', `/products?q=${encodeURIComponent(product.name)}&limit=100`)
    ).items.find(
      (candidate: { name: string; producerId: string }) =>
        candidate.name === product.name && candidate.producerId === owner.org,
    );
    const current = found ?? (await owner.must([201], 'POST', '/products', product));
    world.productIds[key] = current.id;
    if (current.status !== 'listed') await owner.must([200], 'POST', `/products/${current.id}/list`);
    const stock = await owner.must([200], 'GET', `/products/${current.id}/stock`);
    if (stock.lots.length === 0) {
      await owner.must([201], 'POST', `/products/${current.id}/lots`, {
        quantity: lot,
        harvestedOn: today(-7),
        expiresOn: today(product.shelfLifeDays - 7),
      });
    }
    if (sku) {
      const listings = (await platform.must([200], 'GET', '/listings?limit=100')).items;
      if (!listings.some((listing: { productId: string }) => listing.productId === current.id)) {
        await platform.must([201], 'POST', '/listings', { productId: current.id, externalSku: sku });
      }
    }
  }
  log(
    `${PRODUCTS.length} products listed with harvest lots; ${PRODUCTS.filter((p) => 'sku' in p && p.sku).length} on ${ORGS.platform}`,
  );
}

/** Finds or submits an application, then moves it (as the certifier) up to `target`. */
async function application(
  certifier: Api,
  world: World,
  producer: ProducerKey,
  scheme: string,
  products: readonly ProductKey[],
  target: (typeof STAGES)[number],
): Promise<{ id: string; certificateNumber?: string }> {
  const applicant = await Api.as(URLS.certification, 'producer', world.producerIds[producer]);
  const productIds = products.map((product) => world.productIds[product]).sort();
  const mine = (await applicant.must([200], 'GET', '/applications?limit=100')).items as {
    id: string;
    scheme: string;
    productIds: string[];
    stage: string;
  }[];
  let current = mine.find(
    (candidate) =>
      candidate.scheme === scheme &&
      [...candidate.productIds].sort().join() === productIds.join() &&
      !['rejected', 'withdrawn'].includes(candidate.stage),
  );
  if (!current) {
    // Certification learns producers and products from catalog's events: wait for them.
    current = await waitUntil(async () => {
      const answer = await applicant.call('POST', '/applications', {
        scheme,
        productIds,
        documents: [{ name: 'Site inspection request.pdf', kind: 'application_form' }],
      });
      if (answer.status === 201) return answer.body;
      if (answer.status !== 422)
        throw new Error(`applying answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      return undefined;
    }, `certification to know ${producer}'s products`);
  }
  for (
    let stage = STAGES.indexOf(current!.stage as (typeof STAGES)[number]);
    stage < STAGES.indexOf(target);
    stage += 1
  ) {
    current = await certifier.must([200], 'POST', `/applications/${current!.id}/transitions`, {
      to: STAGES[stage + 1],
      note: `${STAGES[stage + 1]} (demo)`,
    });
  }
  const full = await certifier.must([200], 'GET', `/applications/${current!.id}`);
  return { id: full.id, certificateNumber: full.certificateNumber ?? undefined };
}

async function loadCertificates(certifier: Api, world: World): Promise<void> {
  for (const certification of CERTIFICATIONS) {
    const { certificateNumber } = await application(
      certifier,
      world,
      certification.producer,
      certification.scheme,
      certification.products,
      'approved',
    );
    world.certificates[certification.key] = certificateNumber!;
    if ('revoke' in certification) {
      const certificate = await certifier.must([200], 'GET', `/certificates/${certificateNumber}`);
      if (certificate.status !== 'revoked')
        await certifier.must([200], 'POST', `/certificates/${certificateNumber}/revoke`, {
          reason: certification.revoke,
        });
    }
  }
  for (const open of OPEN_APPLICATIONS)
    await application(certifier, world, open.producer, open.scheme, open.products, open.stage);
  log(
    `${CERTIFICATIONS.length} certificates (one revoked), ${OPEN_APPLICATIONS.length} applications in the certifier's queue`,
  );
}

async function loadBuyers(admin: Api, world: World): Promise<void> {
  for (const { key, ...buyer } of BUYERS) {
    const found = (await admin.must([200], 'GET', `/buyers?name=${encodeURIComponent(buyer.name)}`)).items[0];
    world.buyerIds[key] = found?.id ?? (await admin.must([201], 'POST', '/buyers', buyer)).id;
  }
  log(`${BUYERS.length} buyers`);
}

export async function loadDemoData(): Promise<World> {
  const world: World = {
    producerIds: {} as World['producerIds'],
    productIds: {} as World['productIds'],
    buyerIds: {} as World['buyerIds'],
    certificates: {},
    orders: {},
  };
  const catalogAdmin = await Api.as(URLS.catalog, 'admin', ORGS.admin);
  const platform = await Api.as(URLS.catalog, 'platform', ORGS.platform);
  const certifier = await Api.as(URLS.certification, 'certifier', ORGS.certifier);
  const ordersAdmin = await Api.as(URLS.orders, 'admin', ORGS.admin);

  await loadCatalog(catalogAdmin, platform, world);
  await loadCertificates(certifier, world);
  // Orders price and count relief from their copy of the catalog: let it catch up with the badges.
  await caughtUp('harvest.catalog', `certification.certificate.v1`);
  await caughtUp('harvest.orders', 'catalog.product.v1');
  await loadBuyers(ordersAdmin, world);
  const { loadOrders } = await import('./orders-flow');
  await loadOrders(URLS, world);
  return world;
}

/** Where to look, and who to be: a token per role, for the organisations of the demo. */
async function printGuide(world: World): Promise<void> {
  const identities: [string, Parameters<typeof mintDevelopmentToken>[0]['role'], string][] = [
    [`administrator (${ORGS.admin})`, 'admin', ORGS.admin],
    [`canteen buyer (${BUYERS[0].name})`, 'buyer', world.buyerIds.canteen],
    [`producer (${PRODUCERS[0].name})`, 'producer', world.producerIds.buckwheat],
    [`cold-chain operator (${ORGS.operator})`, 'operator', ORGS.operator],
    [`certifier (${ORGS.certifier})`, 'certifier', ORGS.certifier],
    [`e-commerce platform (${ORGS.platform})`, 'platform', ORGS.platform],
  ];
  const lines = [
    '',
    'Harvest Bridge demo data is loaded.',
    `  OpenAPI: ${Object.entries(URLS)
      .map(([name, url]) => `${name} ${url}/docs`)
      .join(' | ')}`,
    `  Public:  ${URLS.orders}/v1/relief/summary   ${URLS.certification}/v1/certificates/${world.certificates.teaRelief}`,
    `  Revoked certificate: ${world.certificates.mangoOrganic}`,
    `  Orders:  ${Object.entries(world.orders)
      .map(([key, order]) => `${order.status} ${order.id} (${key})`)
      .join('\n           ')}`,
    'Development tokens (30 days; send as "Authorization: Bearer <token>"):',
  ];
  for (const [who, role, org] of identities) {
    lines.push(
      `  ${who}\n    ${await mintDevelopmentToken({ sub: `${role}-demo`, role, org, expiresIn: '30d' })}`,
    );
  }
  console.log(lines.join('\n'));
}

if (require.main === module) {
  loadDemoData()
    .then(printGuide)
    .catch((error: unknown) => {
      console.error('[demo] failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    });
}

export type { World };
