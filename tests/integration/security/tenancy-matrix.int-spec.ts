import { randomUUID } from 'node:crypto';
import {
  CountyRegistered,
  EmergencySaleOpened,
  LotRecalled,
  OrderConfirmed,
  ProductListed,
  ROLES,
  StockReserved,
  type Role,
} from '@hb/contracts';
import type { ServiceDescription } from '@hb/platform';
import { catalogService } from '../../../apps/catalog/src';
import { certificationService } from '../../../apps/certification/src';
import { logisticsService } from '../../../apps/logistics/src';
import { ordersService } from '../../../apps/orders/src';
import { county, day, producer, product } from '../../support/catalog-factories';
import {
  announceApplicant,
  approve,
  CATALOG_TOPICS,
  registerCertificationBody,
} from '../../support/certification-fixtures';
import { databaseFingerprint, stopFingerprinting } from '../../support/db-fingerprint';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import {
  confirmedLine,
  hoursAgo,
  orderConfirmed,
  readingsFrom,
  steady,
} from '../../support/logistics-fixtures';
import { countySnapshot, productSnapshot } from '../../support/orders-fixtures';
import { routesOf, type Route } from '../../support/routes';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

type Side = 'a' | 'b';
const OTHER: Record<Side, Side> = { a: 'b', b: 'a' };

/** A resource of organisation a and one of organisation b, reached by a route's path parameter. */
interface OwnedPair {
  readonly a: string;
  readonly b: string;
  /** A body the owner could send, so that a refusal is about ownership, not validation. */
  readonly body?: unknown;
}

/** A list that must show each organisation its own resources and none of the other's. */
interface ListCheck {
  readonly route: string;
  readonly role: Role;
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly idOf: (item: Record<string, unknown>) => string;
  /** The value of the route's path parameter, for a list inside a resource every caller may reach. */
  readonly within?: string;
}

/** Two organisations per role with real resources in one service, and how its routes reach them. */
interface Tenancy {
  /** The two organisations of every role that owns something here. */
  readonly orgs: Partial<Record<Role, Record<Side, string>>>;
  /** `METHOD /path` → the resources of a and b its path parameter names. */
  readonly owned: Readonly<Record<string, OwnedPair>>;
  /** `METHOD /path` with a path parameter that every caller of the route may reach, and why. */
  readonly shared: Readonly<Record<string, string>>;
  readonly lists: readonly ListCheck[];
}

/** Administrators act across organisations by design; every other role is bound to its `org`. */
const TENANT_ROLES = ROLES.filter((role) => role !== 'admin');

const keyOf = (route: Route) => `${route.method} ${route.path}`;
const withParameter = (path: string, value: string) => path.replace(/:\w+/, value);

async function catalogTenancy(svc: RunningService): Promise<Tenancy> {
  const admin = await tokenFor('admin', 'harvest-bridge-ops');
  const call = async (method: 'POST' | 'GET', url: string, token: string, body?: unknown) => {
    const answer = await svc.call({ method, url, token, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${url}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as Record<string, string>;
  };
  const counties = { a: '', b: '' };
  const producers = { a: '', b: '' };
  const products = { a: '', b: '' };
  const listings = { a: '', b: '' };
  const openSales = { a: '', b: '' };
  const closedSales = { a: '', b: '' };
  const lots = { a: '', b: '' };
  const platforms = { a: `platform-a-${randomUUID()}`, b: `platform-b-${randomUUID()}` };
  for (const side of ['a', 'b'] as const) {
    counties[side] = (await call('POST', '/v1/counties', admin, county())).code;
    producers[side] = (await call('POST', '/v1/producers', admin, producer(counties[side]))).id;
    const owner = await tokenFor('producer', producers[side]);
    products[side] = (await call('POST', '/v1/products', owner, product())).id;
    await call('POST', `/v1/products/${products[side]}/list`, owner);
    lots[side] = (
      await call('POST', `/v1/products/${products[side]}/lots`, owner, {
        quantity: 100,
        harvestedOn: day(-2),
        expiresOn: day(60),
      })
    ).id;
    const platform = await tokenFor('platform', platforms[side]);
    listings[side] = (
      await call('POST', '/v1/listings', platform, { productId: products[side], externalSku: `SKU-${side}` })
    ).id;
    await call('POST', `/v1/products/${products[side]}/lots`, owner, {
      quantity: 100,
      harvestedOn: day(-1),
      expiresOn: day(30),
    });
    const sale = () =>
      call('POST', '/v1/emergency-sales', owner, {
        productId: products[side],
        quantity: 10,
        unitPriceCents: 5000,
        reason: 'glut',
        endsAt: `${day(7)}T12:00:00Z`,
      });
    openSales[side] = (await sale()).id;
    closedSales[side] = (await sale()).id;
    await call('POST', `/v1/emergency-sales/${closedSales[side]}/close`, owner);
  }
  return {
    orgs: { producer: producers, platform: platforms, county_official: counties },
    owned: {
      'POST /v1/products/:id/price-review': {
        ...products,
        body: { decision: 'justified', note: 'the price of another county’s product' },
      },
      'PATCH /v1/products/:id': { ...products, body: { name: 'Renamed by someone else' } },
      'POST /v1/products/:id/list': products,
      'POST /v1/products/:id/delist': products,
      'POST /v1/products/:id/lots': {
        ...products,
        body: { quantity: 10, harvestedOn: day(-1), expiresOn: day(30) },
      },
      'DELETE /v1/listings/:id': listings,
      // Where a producer's products are sold: its own, refused to the other producer.
      'GET /v1/producers/:producerId/listings': producers,
      // A producer's own brands in every status (the pending and rejected ones are not public).
      'GET /v1/producers/:producerId/brands': producers,
      'POST /v1/emergency-sales/:id/close': openSales,
      // A closed sale is seen only by its producer, its county's official and administrators.
      'GET /v1/emergency-sales/:id': closedSales,
      'GET /v1/lots/:id/trace': lots,
      'POST /v1/lots/:id/recall': { ...lots, body: { reason: 'not ours to recall', class: 'III' } },
    },
    shared: {
      'GET /v1/products/:id':
        'the catalogue: every role reads products (buyers and platforms the listed ones)',
      'GET /v1/products/:id/stock': 'the stock of a product any caller may see',
      'GET /v1/producers/:id': 'producers are named publicly on their products',
      'GET /v1/counties/:code': 'the national register of counties',
      'PATCH /v1/counties/:code': 'the national register, kept by administrators only',
      'GET /v1/pairings/:id': 'the public register of paired assistance',
      'PATCH /v1/pairings/:id': 'the register of paired assistance, kept by administrators only',
      'POST /v1/brands/:id/decision':
        'the admission of brands to the catalogue, decided by administrators only',
    },
    lists: [
      {
        route: 'GET /v1/listings',
        role: 'platform',
        a: [listings.a],
        b: [listings.b],
        idOf: (item) => String(item.id),
      },
      ...(['producer', 'county_official'] as const).map((role) => ({
        route: 'GET /v1/emergency-sales',
        role,
        a: [closedSales.a],
        b: [closedSales.b],
        idOf: (item: Record<string, unknown>) => String(item.id),
      })),
    ],
  };
}

async function ordersTenancy(svc: RunningService, events: EventPublisherForTests): Promise<Tenancy> {
  const admin = await tokenFor('admin', 'harvest-bridge-ops');
  const tea = productSnapshot({ reliefEligible: true, badges: ['poverty_alleviation_product'] });
  await events.publish(CountyRegistered, countySnapshot({ code: tea.countyCode }));
  await events.publish(ProductListed, tea);
  await waitFor(async () => (await svc.db.query(`SELECT 1 FROM catalog_products`)).length === 1, {
    what: 'the catalog read model',
  });
  const buyers = { a: '', b: '' };
  const orders = { a: '', b: '' };
  const standingOrders = { a: '', b: '' };
  const rfqs = { a: '', b: '' };
  for (const side of ['a', 'b'] as const) {
    const registered = await svc.call({
      method: 'POST',
      url: '/v1/buyers',
      token: admin,
      body: {
        name: `Canteen ${side} ${randomUUID()}`,
        kind: 'budget_unit',
        annualFoodBudgetCents: 100_000_000,
        pledgedSharePercent: 15,
        regionCode: '510703',
      },
    });
    expect(registered.status).toBe(201);
    buyers[side] = String(registered.body.id);
    const placed = await svc.call({
      method: 'POST',
      url: '/v1/orders',
      token: await tokenFor('buyer', buyers[side]),
      headers: { 'idempotency-key': randomUUID() },
      body: {
        lines: [{ productId: tea.id, quantity: tea.minOrderQuantity }],
        deliveryAddress: `Canteen ${side}, 1 Jiannan Road, Fucheng District, Mianyang`,
        requestedDeliveryDate: day(7),
      },
    });
    expect(placed.status).toBe(201);
    orders[side] = String(placed.body.id);
    const standing = await svc.call({
      method: 'POST',
      url: '/v1/standing-orders',
      token: await tokenFor('buyer', buyers[side]),
      body: {
        lines: [{ productId: tea.id, quantity: tea.minOrderQuantity }],
        every: 'week',
        dayOfWeek: 1,
        startsOn: day(30),
        deliveryAddress: `Canteen ${side}, 1 Jiannan Road, Fucheng District, Mianyang`,
      },
    });
    expect(standing.status).toBe(201);
    standingOrders[side] = String(standing.body.id);
    const rfq = await svc.call({
      method: 'POST',
      url: '/v1/rfqs',
      token: await tokenFor('buyer', buyers[side]),
      body: {
        category: 'tea',
        quantity: 500,
        needBy: day(20),
        povertyCountiesOnly: true,
        note: `side ${side}`,
      },
    });
    expect(rfq.status).toBe(201);
    rfqs[side] = String(rfq.body.id);
  }
  // A fair where the tea's producer exhibits and each buyer records an intent.
  const fair = await svc.call({
    method: 'POST',
    url: '/v1/docking-events',
    token: admin,
    body: { name: 'Tenancy fair', city: 'Mianyang', startsOn: day(10), endsOn: day(11), boothFeeCents: 1000 },
  });
  expect(fair.status).toBe(201);
  const fairId = String(fair.body.id);
  const exhibitor = await svc.call({
    method: 'POST',
    url: `/v1/docking-events/${fairId}/exhibitors`,
    token: admin,
    body: { producerId: tea.producerId },
  });
  expect(exhibitor.status).toBe(201);
  const intents = { a: '', b: '' };
  for (const side of ['a', 'b'] as const) {
    const intent = await svc.call({
      method: 'POST',
      url: `/v1/docking-events/${fairId}/intents`,
      token: await tokenFor('buyer', buyers[side]),
      body: {
        productId: tea.id,
        quantity: tea.minOrderQuantity,
        deliveryAddress: `Canteen ${side}, 1 Jiannan Road, Fucheng District, Mianyang`,
      },
    });
    expect(intent.status).toBe(201);
    intents[side] = String(intent.body.id);
  }
  // Each order confirmed from a lot of its own, then that lot recalled: each buyer has one recall.
  const lots = { a: randomUUID(), b: randomUUID() };
  for (const side of ['a', 'b'] as const) {
    await events.publish(StockReserved, {
      orderId: orders[side],
      lines: [
        {
          productId: tea.id,
          quantity: tea.minOrderQuantity,
          lots: [{ lotId: lots[side], quantity: tea.minOrderQuantity, expiresOn: day(60) }],
        },
      ],
    });
    await events.publish(LotRecalled, {
      lotId: lots[side],
      productId: tea.id,
      producerId: tea.producerId,
      countyCode: tea.countyCode,
      harvestedOn: day(-2),
      expiresOn: day(60),
      class: 'III',
      reason: `lot of ${side} recalled`,
      blockedQuantity: 0,
      releasedOrders: 0,
      recalledAt: new Date().toISOString(),
    });
  }
  await svc.caughtUp('catalog.stock.v1', 'catalog.lot.v1');
  await waitFor(async () => (await svc.db.query(`SELECT 1 FROM order_recalls`)).length === 2, {
    what: 'both orders marked by their recalls',
    timeoutMs: 60_000,
  });
  const counties = { a: '513431', b: '513429' };
  const producers = { a: randomUUID(), b: randomUUID() };
  const sales = { a: randomUUID(), b: randomUUID() };
  for (const side of ['a', 'b'] as const) {
    await events.publish(EmergencySaleOpened, {
      saleId: sales[side],
      productId: tea.id,
      producerId: producers[side],
      countyCode: counties[side],
      category: 'tea',
      quantity: 50,
      unitPriceCents: 5000,
      reason: 'glut',
      endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      note: null,
      openedAt: new Date().toISOString(),
    });
  }
  await waitFor(async () => (await svc.db.query(`SELECT 1 FROM emergency_offers`)).length === 4, {
    what: 'both sales offered to both buyers',
  });
  return {
    orgs: { buyer: buyers, county_official: counties, producer: producers },
    owned: {
      'GET /v1/emergency-sales/:id/matches': sales,
      'GET /v1/relief/counties/:code': counties,
      'POST /v1/orders/:id/dispute/resolve': {
        ...orders,
        body: { resolution: 'rejected', note: 'not ours' },
      },
      'GET /v1/buyers/:id': buyers,
      'GET /v1/orders/:id': orders,
      'POST /v1/orders/:id/cancel': orders,
      'POST /v1/orders/:id/accept': { ...orders, body: {} },
      'GET /v1/relief/buyers/:id': buyers,
      'GET /v1/standing-orders/:id': standingOrders,
      'POST /v1/standing-orders/:id/pause': standingOrders,
      'POST /v1/standing-orders/:id/resume': standingOrders,
      'POST /v1/standing-orders/:id/cancel': standingOrders,
      'GET /v1/rfqs/:id': rfqs,
      'POST /v1/rfqs/:id/quotes': {
        ...rfqs,
        body: { productId: tea.id, unitPriceCents: 7000, quantity: 500, validUntil: day(10) },
      },
      'POST /v1/rfqs/:id/award': { ...rfqs, body: { quoteId: randomUUID() } },
      'POST /v1/intents/:id/order': { ...intents, body: {} },
    },
    shared: {
      'GET /v1/docking-events/:id': 'a docking fair is announced to every signed-in caller',
      'GET /v1/docking-events/:id/exhibitors': 'the booths of a fair are on show to every visitor',
      'POST /v1/docking-events/:id/exhibitors':
        'every producer may take a booth at any fair (for itself only)',
      'POST /v1/docking-events/:id/intents': 'every buyer may record intents at any fair (as itself)',
      'GET /v1/docking-events/:id/intents':
        "any caller reaches a fair's intents, filtered to its own (lists below; officials: docking-events.int-spec)",
      'GET /v1/docking-events/:id/report':
        "administrators and county officials, an official's rows only its county's (docking-events.int-spec)",
    },
    lists: [
      {
        route: 'GET /v1/orders',
        role: 'buyer',
        a: [orders.a],
        b: [orders.b],
        idOf: (item) => String(item.id),
      },
      {
        route: 'GET /v1/recalls',
        role: 'buyer',
        a: [orders.a],
        b: [orders.b],
        idOf: (item) => String(item.orderId),
      },
      {
        route: 'GET /v1/rfqs',
        role: 'buyer',
        a: [rfqs.a],
        b: [rfqs.b],
        idOf: (item) => String(item.id),
      },
      {
        route: 'GET /v1/standing-orders',
        role: 'buyer',
        a: [standingOrders.a],
        b: [standingOrders.b],
        idOf: (item) => String(item.id),
      },
      {
        route: 'GET /v1/docking-events/:id/intents',
        role: 'buyer',
        within: fairId,
        a: [intents.a],
        b: [intents.b],
        idOf: (item) => String(item.id),
      },
    ],
  };
}

async function logisticsTenancy(svc: RunningService, events: EventPublisherForTests): Promise<Tenancy> {
  const admin = await tokenFor('admin', 'harvest-bridge-ops');
  const orgs = {
    buyer: { a: randomUUID(), b: randomUUID() },
    producer: { a: randomUUID(), b: randomUUID() },
    operator: { a: `coldchain-a-${randomUUID()}`, b: `coldchain-b-${randomUUID()}` },
  };
  const shipments = { a: '', b: '' };
  const lots = { a: randomUUID(), b: randomUUID() };
  for (const side of ['a', 'b'] as const) {
    const line = confirmedLine(orgs.producer[side], 'chilled_meat');
    const order = orderConfirmed(
      [
        {
          ...line,
          lots: [{ lotId: lots[side], quantity: line.quantity, harvestedOn: day(-2), expiresOn: day(20) }],
        },
      ],
      { buyerId: orgs.buyer[side] },
    );
    await events.publish(OrderConfirmed, order);
    await svc.caughtUp('orders.order.v1');
    const found = await svc.call({
      method: 'GET',
      url: `/v1/shipments?orderId=${order.orderId}`,
      token: admin,
    });
    shipments[side] = String(found.body.items[0].id);
    const claimed = await svc.call({
      method: 'POST',
      url: `/v1/shipments/${shipments[side]}/claim`,
      token: await tokenFor('operator', orgs.operator[side]),
    });
    expect(claimed.status).toBe(200);
  }
  const list = (role: Role): ListCheck => ({
    route: 'GET /v1/shipments',
    role,
    a: [shipments.a],
    b: [shipments.b],
    idOf: (item) => String(item.id),
  });
  return {
    orgs,
    owned: {
      'GET /v1/shipments/:id': shipments,
      'GET /v1/shipments/:id/temperature': shipments,
      'GET /v1/shipments/:id/epcis': shipments,
      'GET /v1/lots/:id/epcis': lots,
      'POST /v1/shipments/:id/claim': shipments,
      'POST /v1/shipments/:id/events': {
        ...shipments,
        body: {
          type: 'picked_up',
          at: new Date().toISOString(),
          location: 'Butuo cooperative cold store',
          handedOverBy: 'Li Ming, warehouse keeper',
          receivedBy: 'Wang Qiang, driver',
        },
      },
      'POST /v1/shipments/:id/readings': {
        ...shipments,
        body: { readings: readingsFrom(hoursAgo(2), steady(3, 2)) },
      },
    },
    shared: {},
    lists: [list('operator'), list('buyer'), list('producer')],
  };
}

async function certificationTenancy(svc: RunningService, events: EventPublisherForTests): Promise<Tenancy> {
  const deep = countySnapshot({ code: '513431', name: 'Zhaojue', povertyStatus: 'deep' });
  await events.publish(CountyRegistered, deep);
  const teams = {
    a: await registerCertificationBody(svc, `body-a-${randomUUID().slice(0, 8)}`),
    b: await registerCertificationBody(svc, `body-b-${randomUUID().slice(0, 8)}`),
  };
  const applicants = {
    a: await announceApplicant(events, deep, { productCount: 2 }),
    b: await announceApplicant(events, deep, { productCount: 2 }),
  };
  await svc.caughtUp(...CATALOG_TOPICS);
  const open = { a: '', b: '' };
  const certificates = { a: '', b: '' };
  for (const side of ['a', 'b'] as const) {
    const submit = async (productId: string) => {
      const answer = await svc.call({
        method: 'POST',
        url: '/v1/applications',
        token: applicants[side].token,
        body: { certificationBodyId: teams[side].bodyId, scheme: 'green_food', productIds: [productId] },
      });
      expect(answer.status).toBe(201);
      return String(answer.body.id);
    };
    open[side] = await submit(applicants[side].products[0].id);
    const approved = await approve(svc, teams[side], await submit(applicants[side].products[1].id));
    certificates[side] = String(approved.certificateNumber);
  }
  const byId = (item: Record<string, unknown>) => String(item.id);
  const byNumber = (item: Record<string, unknown>) => String(item.number);
  return {
    orgs: {
      producer: { a: applicants.a.producer.id, b: applicants.b.producer.id },
      certifier: { a: teams.a.bodyId, b: teams.b.bodyId },
    },
    owned: {
      'GET /v1/applications/:id': open,
      'POST /v1/applications/:id/withdraw': { ...open, body: {} },
      'POST /v1/applications/:id/transitions': {
        ...open,
        body: { to: 'accepted', note: 'not mine to move' },
      },
      'GET /v1/certificates/:number/actions': certificates,
      'POST /v1/certificates/:number/suspend': { ...certificates, body: { reason: 'not ours to suspend' } },
      'POST /v1/certificates/:number/reinstate': {
        ...certificates,
        body: { reason: 'not ours to reinstate' },
      },
      'POST /v1/certificates/:number/revoke': { ...certificates, body: { reason: 'not ours to revoke' } },
    },
    shared: {},
    lists: [
      { route: 'GET /v1/applications', role: 'producer', a: [open.a], b: [open.b], idOf: byId },
      { route: 'GET /v1/applications', role: 'certifier', a: [open.a], b: [open.b], idOf: byId },
      {
        route: 'GET /v1/certificates',
        role: 'producer',
        a: [certificates.a],
        b: [certificates.b],
        idOf: byNumber,
      },
      {
        route: 'GET /v1/certificates',
        role: 'certifier',
        a: [certificates.a],
        b: [certificates.b],
        idOf: byNumber,
      },
    ],
  };
}

describe.each<
  [string, ServiceDescription, (svc: RunningService, events: EventPublisherForTests) => Promise<Tenancy>]
>([
  ['catalog', catalogService, catalogTenancy],
  ['orders', ordersService, ordersTenancy],
  ['logistics', logisticsService, logisticsTenancy],
  ['certification', certificationService, certificationTenancy],
])(
  'tenancy matrix of %s: two organisations per role with real resources, each trying the other’s',
  (name, service, build) => {
    let svc: RunningService;
    let events: EventPublisherForTests;
    let routes: Route[];
    let tenancy: Tenancy;

    /** A caller of `role` for organisation `side` (for a role that owns nothing here, an organisation of its own). */
    const callerOf = (role: Role, side: Side) =>
      tokenFor(role, tenancy.orgs[role]?.[side] ?? `${role}-${side}-organisation`, `${role}-${side}-user`);

    beforeAll(async () => {
      svc = await runService(service, `tenancy-${name}`);
      events = await EventPublisherForTests.start(svc.prefix);
      routes = routesOf(svc.app);
      tenancy = await build(svc, events);
    });

    afterAll(async () => {
      if (svc) await stopFingerprinting(svc.db);
      await events?.stop();
      await svc?.stop();
    });

    it('knows every route that names a resource: owned by an organisation, or shared by design', () => {
      const naming = routes.filter((route) => !route.isPublic && route.path.includes(':')).map(keyOf);
      const classified = [...Object.keys(tenancy.owned), ...Object.keys(tenancy.shared)];
      expect(naming.filter((route) => !classified.includes(route))).toEqual([]);
      expect(classified.filter((route) => !naming.includes(route))).toEqual([]);
    });

    it("lets no role of one organisation read or change the other's resources: 403 or 404, never 2xx or 5xx, nothing written", async () => {
      const before = await databaseFingerprint(svc.db);
      const outcomes: { attempt: string; status: number }[] = [];
      for (const [key, pair] of Object.entries(tenancy.owned)) {
        const route = routes.find((candidate) => keyOf(candidate) === key)!;
        for (const role of TENANT_ROLES) {
          for (const side of ['a', 'b'] as const) {
            const answer = await svc.call({
              method: route.method,
              url: withParameter(route.path, pair[OTHER[side]]),
              token: await callerOf(role, side),
              body: route.takesBody ? (pair.body ?? {}) : undefined,
              headers: { 'idempotency-key': randomUUID() },
            });
            outcomes.push({
              attempt: `${role} of ${side} → ${key} of ${OTHER[side]}`,
              status: answer.status,
            });
          }
        }
      }
      expect(outcomes.filter((outcome) => ![403, 404].includes(outcome.status))).toEqual([]);
      expect(await databaseFingerprint(svc.db)).toEqual(before);
    });

    it('shows each organisation its own resources in its lists, and none of the other’s', async () => {
      for (const list of tenancy.lists) {
        const route = routes.find((candidate) => keyOf(candidate) === list.route)!;
        for (const side of ['a', 'b'] as const) {
          const answer = await svc.call({
            method: 'GET',
            url: `${list.within ? withParameter(route.path, list.within) : route.path}?limit=100`,
            token: await callerOf(list.role, side),
          });
          expect(answer.status).toBe(200);
          const seen = (answer.body.items as Record<string, unknown>[]).map(list.idOf);
          const where = `${list.role} of ${side} on ${list.route}`;
          expect({ where, own: list[side].filter((id) => seen.includes(id)) }).toEqual({
            where,
            own: list[side],
          });
          expect({ where, others: list[OTHER[side]].filter((id) => seen.includes(id)) }).toEqual({
            where,
            others: [],
          });
        }
      }
    });
  },
);
