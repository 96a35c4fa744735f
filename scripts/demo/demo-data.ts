/**
 * Loads the demo world into a running system through its public APIs, as its users would: counties
 * and producers (admin), products, lots and listings (producers, a platform), certificates (producers
 * apply, a certifier reviews), buyers and orders in every state (buyers, a cold-chain operator with
 * temperature readings). Safe to run again: everything is found by its natural key first.
 *   npm run demo-data          (service URLs from CATALOG_URL, ORDERS_URL, LOGISTICS_URL, CERTIFICATION_URL,
 *                               topics and consumer groups as the services name them: KAFKA_TOPIC_PREFIX)
 */
import { Kafka, logLevel } from 'kafkajs';
import { kafkajsSecurity, kafkaSecurityFromEnv } from '@hb/messaging';
import type { ServiceName } from '@hb/contracts';
import { mintDevelopmentToken } from '@hb/platform';
import { Api, waitUntil } from './api';
import { loadMarketHistory, loadProducerAtRisk } from './monitoring-alerts';
import {
  BUYERS,
  CERTIFICATION_BODY,
  CERTIFICATIONS,
  COUNTIES,
  DEMO_APPROVING_CERTIFIER,
  DEMO_IDENTITIES,
  demoOrganisationId,
  PAIRINGS,
  OPEN_APPLICATIONS,
  ORGS,
  PLATFORM,
  PRODUCERS,
  PRODUCTS,
  type BuyerKey,
  type ProducerKey,
  type ProductKey,
} from '@hb/demo';

export type ServiceUrls = Record<ServiceName, string>;

/** The running system to load: where its services answer, and how they name topics and consumer groups. */
export interface DemoTarget {
  readonly urls: ServiceUrls;
  /** The physical name of a contract topic. */
  topic(logical: string): string;
  /** The consumer group of a service. */
  consumerGroup(service: ServiceName): string;
}

/** The system as scripts/up.sh starts it (or as the environment says). */
export function demoTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DemoTarget {
  const prefix = env.KAFKA_TOPIC_PREFIX ?? '';
  return {
    urls: {
      catalog: env.CATALOG_URL ?? 'http://127.0.0.1:3001',
      orders: env.ORDERS_URL ?? 'http://127.0.0.1:3002',
      logistics: env.LOGISTICS_URL ?? 'http://127.0.0.1:3003',
      certification: env.CERTIFICATION_URL ?? 'http://127.0.0.1:3004',
      monitoring: env.MONITORING_URL ?? 'http://127.0.0.1:3005',
    },
    topic: (logical) => (prefix ? `${prefix}.${logical}` : logical),
    consumerGroup: (service) => `harvest.${service}`,
  };
}
const STAGES = ['submitted', 'accepted', 'inspection', 'testing', 'review', 'approved'] as const;
const today = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const log = (message: string) => console.log(`[demo] ${message}`);

interface World {
  producerIds: Record<ProducerKey, string>;
  productIds: Record<ProductKey, string>;
  buyerIds: Record<BuyerKey, string>;
  certificates: Record<string, string>;
  orders: Record<string, { id: string; status: string }>;
  emergencySales: { open: string; closed: string } | null;
  brands: string[];
}

/** Waits until a service's consumer group has read everything now on a topic (so its read model is current). */
async function caughtUp(groupId: string, topic: string): Promise<void> {
  const kafka = new Kafka({
    clientId: 'demo-data',
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.NOTHING,
    ...kafkajsSecurity(kafkaSecurityFromEnv()),
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

async function loadCatalog(urls: ServiceUrls, admin: Api, platform: Api, world: World): Promise<void> {
  for (const county of COUNTIES) {
    if ((await admin.call('GET', `/counties/${county.code}`)).status === 404)
      await admin.must([201], 'POST', '/counties', county);
  }
  log(`${COUNTIES.length} counties`);
  for (const pairing of PAIRINGS) {
    const known = await admin.must(
      [200],
      'GET',
      `/pairings?assistedCountyCode=${pairing.assistedCountyCode}&assistingRegionCode=${pairing.assistingRegionCode}`,
    );
    if (known.items.length === 0) await admin.must([201], 'POST', '/pairings', pairing);
  }
  log(`${PAIRINGS.length} pairings`);
  // Named in the register, so that producers see the platform's name on their listings.
  await admin.must([201, 409], 'POST', '/platforms', PLATFORM);
  for (const { key, ...producer } of PRODUCERS) {
    const existing = (
      await admin.must([200], 'GET', `/producers?countyCode=${producer.countyCode}&limit=100`)
    ).items.find((candidate: { creditCode: string }) => candidate.creditCode === producer.creditCode);
    world.producerIds[key] = existing?.id ?? (await admin.must([201], 'POST', '/producers', producer)).id;
  }
  log(`${PRODUCERS.length} producers`);
  for (const { key, producer, lot, ...described } of PRODUCTS) {
    const { sku, ...product } = { sku: undefined as string | undefined, ...described };
    const owner = await Api.as(urls.catalog, 'producer', world.producerIds[producer]);
    const found = (
      await owner.must([200], 'GET', `/products?q=${encodeURIComponent(product.name)}&limit=100`)
    ).items.find(
      (candidate: { name: string; producerId: string }) =>
        candidate.name === product.name && candidate.producerId === owner.org,
    );
    const current = found ?? (await owner.must([201], 'POST', '/products', product));
    // A product registered by an earlier run, before demo products had GTINs, gets its GTIN now.
    if (found && 'gtin' in product && !found.gtin) {
      await owner.must([200], 'PATCH', `/products/${found.id}`, { gtin: product.gtin });
    }
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

/** The certifier who takes applications through the review, and the second person who approves. */
interface ReviewTeam {
  readonly certifier: Api;
  readonly approver: Api;
}

/** Finds or submits an application, then moves it (as the certifiers) up to `target`. */
async function application(
  urls: ServiceUrls,
  { certifier, approver }: ReviewTeam,
  world: World,
  producer: ProducerKey,
  scheme: string,
  products: readonly ProductKey[],
  target: (typeof STAGES)[number],
): Promise<{ id: string; certificateNumber?: string }> {
  const applicant = await Api.as(urls.certification, 'producer', world.producerIds[producer]);
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
        certificationBodyId: CERTIFICATION_BODY.id,
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
    const mover = STAGES[stage + 1] === 'approved' ? approver : certifier;
    current = await mover.must([200], 'POST', `/applications/${current!.id}/transitions`, {
      to: STAGES[stage + 1],
      note: `${STAGES[stage + 1]} (demo)`,
    });
  }
  const full = await certifier.must([200], 'GET', `/applications/${current!.id}`);
  return { id: full.id, certificateNumber: full.certificateNumber ?? undefined };
}

async function loadCertificates(
  urls: ServiceUrls,
  certificationAdmin: Api,
  team: ReviewTeam,
  world: World,
): Promise<void> {
  const { certifier } = team;
  const registered = await certificationAdmin.call('POST', '/certification-bodies', CERTIFICATION_BODY);
  if (![201, 409].includes(registered.status)) {
    throw new Error(`registering ${CERTIFICATION_BODY.id} answered ${registered.status}`);
  }
  for (const certification of CERTIFICATIONS) {
    const { certificateNumber } = await application(
      urls,
      team,
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
    await application(urls, team, world, open.producer, open.scheme, open.products, open.stage);
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

/**
 * A harvest lot of the first product that expires in 3 days and holds more than the rest of its
 * stock: monitoring raises `unsold_near_expiry` for it (price_drop and sales_slump: monitoring-alerts.ts).
 */
async function loadNearExpiryLot(urls: ServiceUrls, world: World): Promise<void> {
  const [{ key, producer }] = PRODUCTS;
  const owner = await Api.as(urls.catalog, 'producer', world.producerIds[producer]);
  const productId = world.productIds[key];
  const stock = await owner.must([200], 'GET', `/products/${productId}/stock`);
  if (stock.lots.some((lot: { expiresOn: string }) => lot.expiresOn <= today(7))) return;
  await owner.must([201], 'POST', `/products/${productId}/lots`, {
    quantity: Math.max(1, stock.available * 2),
    harvestedOn: today(-7),
    expiresOn: today(3),
  });
  log('a lot expiring in 3 days (monitoring: unsold_near_expiry)');
}

export async function loadDemoData(target: DemoTarget = demoTargetFromEnv()): Promise<World> {
  const { urls } = target;
  const world: World = {
    producerIds: {} as World['producerIds'],
    productIds: {} as World['productIds'],
    buyerIds: {} as World['buyerIds'],
    certificates: {},
    orders: {},
    emergencySales: null,
    brands: [],
  };
  const catalogAdmin = await Api.as(urls.catalog, 'admin', ORGS.admin);
  const platform = await Api.as(urls.catalog, 'platform', ORGS.platform);
  const certificationAdmin = await Api.as(urls.certification, 'admin', ORGS.admin);
  const team: ReviewTeam = {
    certifier: await Api.as(urls.certification, 'certifier', ORGS.certifier),
    approver: await Api.as(urls.certification, 'certifier', ORGS.certifier, DEMO_APPROVING_CERTIFIER.subject),
  };
  const ordersAdmin = await Api.as(urls.orders, 'admin', ORGS.admin);

  await loadCatalog(urls, catalogAdmin, platform, world);
  await loadNearExpiryLot(urls, world);
  await loadCertificates(urls, certificationAdmin, team, world);
  // Orders price and count relief from their copy of the catalog: let it catch up with the badges.
  await caughtUp(target.consumerGroup('catalog'), target.topic('certification.certificate.v1'));
  // The brands name products and show the geographical indication catalog has just caught up with.
  const { loadBrands } = await import('./brands');
  world.brands = await loadBrands(urls, world);
  await caughtUp(target.consumerGroup('orders'), target.topic('catalog.product.v1'));
  await loadBuyers(ordersAdmin, world);
  const { loadOrders } = await import('./orders-flow');
  await loadOrders(urls, world);
  await loadProducerAtRisk(urls, world);
  await loadMarketHistory(urls);
  // Sales open after the orders, so that the demo orders are served from ordinary stock.
  const { loadEmergencySales } = await import('./emergency-sales');
  await caughtUp(target.consumerGroup('orders'), target.topic('catalog.pairing.v1'));
  world.emergencySales = await loadEmergencySales(urls, world, log);
  const { loadMarketAccess } = await import('./market-access');
  await loadMarketAccess(urls, world);
  const { loadDockingFair } = await import('./docking-fair');
  await loadDockingFair(urls, world);
  return world;
}

/** Where to look, and who to be: a token per role, for the organisations of the demo. */
async function printGuide(world: World, { urls } = demoTargetFromEnv()): Promise<void> {
  const lines = [
    '',
    'Harvest Bridge demo data is loaded.',
    `  OpenAPI: ${Object.entries(urls)
      .map(([name, url]) => `${name} ${url}/docs`)
      .join(' | ')}`,
    `  Public:  ${urls.orders}/v1/relief/summary   ${urls.certification}/v1/certificates/${world.certificates.teaRelief}`,
    `  Revoked certificate: ${world.certificates.mangoOrganic}`,
    `  Brands:  ${urls.catalog}/v1/brands (${world.brands.map((id) => `${urls.catalog}/v1/brands/${id}`).join(', ')})`,
    `  Emergency sales: ${urls.catalog}/v1/emergency-sales (open ${world.emergencySales?.open}, closed ${world.emergencySales?.closed}); matches ${urls.orders}/v1/emergency-sales/${world.emergencySales?.open}/matches; behind pace ${urls.orders}/v1/relief/buyers?behindPace=true`,
    `  Orders:  ${Object.entries(world.orders)
      .map(([key, order]) => `${order.status} ${order.id} (${key})`)
      .join('\n           ')}`,
    'Development tokens (12 hours, the longest JWT_MAX_AGE allows by default; accepted with HB_DEV_AUTH=1; send as "Authorization: Bearer <token>"):',
  ];
  const lookup = {
    buyer: async (key: BuyerKey) => world.buyerIds[key],
    producer: async (key: ProducerKey) => world.producerIds[key],
  };
  for (const { role, subject, description, organisation } of [
    ...Object.values(DEMO_IDENTITIES),
    DEMO_APPROVING_CERTIFIER,
  ]) {
    const org = (await demoOrganisationId(organisation, lookup))!;
    lines.push(`  ${description}\n    ${await mintDevelopmentToken({ sub: subject, role, org })}`);
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
