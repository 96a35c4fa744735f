/**
 * The steady stream the faults are injected into, driven through the public APIs and the device
 * topic as real clients would, with the retries real clients make (the same Idempotency-Key for an
 * order; a look before repeating a custody move). Everything the system accepted is recorded, so the
 * audit can find it again afterwards.
 */
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { Pool } from 'pg';
import { kafkajsSecurity } from '@hb/messaging';
import { TELEMETRY_GATEWAY, TelemetryReadingsRecorded, type Role, type ServiceName } from '@hb/contracts';
import { Api, type Answer } from '../../scripts/demo/api';
import { county, day, producer, product } from '../support/catalog-factories';
import { REVIEW_PATH } from '../support/certification-fixtures';
import { envelopeOf } from '../support/events';
import { credentialsOf } from '../support/kafka';
import { waitFor } from '../support/wait';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const FINAL = ['COMPLETED', 'REJECTED', 'CANCELLED', 'DISPUTED'];

/** An answer that was not one: what the service said (or that it could not be reached), and when. */
export interface Outage {
  at: number;
  /** The HTTP status, or `unreachable` (refused, reset: a service restarting). */
  status: number | 'unreachable';
  what: string;
}

/** 502, 503 and 504, 429, 408 and unreachable: an outage a client rides out. Any other 5xx is a defect. */
export function isServerError(outage: Outage): boolean {
  return (
    typeof outage.status === 'number' && outage.status >= 500 && ![502, 503, 504].includes(outage.status)
  );
}

/**
 * Calls until the service gives an answer that is not an outage (network error, 5xx, 429), writing
 * down each outage it rode out: a 500 is retried as a client would, but the run reports it.
 */
export async function persist(
  call: () => Promise<Answer>,
  expected: number[],
  what: string,
  outages: Outage[],
  timeoutMs = 180_000,
): Promise<Answer> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (let attempt = 0; ; attempt += 1) {
    try {
      const answer = await call();
      if (expected.includes(answer.status)) return answer;
      last = `${answer.status} ${JSON.stringify(answer.body)}`;
      if (answer.status < 500 && answer.status !== 429 && answer.status !== 408) {
        throw new Error(`${what} answered ${last}`);
      }
      outages.push({ at: Date.now(), status: answer.status, what: `${what}: ${last.slice(0, 300)}` });
    } catch (error) {
      if (error instanceof Error && error.message.startsWith(what)) throw error;
      last = error instanceof Error ? error.message : String(error);
      outages.push({ at: Date.now(), status: 'unreachable', what: `${what}: ${last}` });
    }
    if (Date.now() > deadline)
      throw new Error(`${what}: no usable answer in ${timeoutMs} ms (last: ${last})`);
    await sleep(Math.min(100 * 2 ** attempt, 1_000));
  }
}

/** How long and how often the workload waits for the system to move on. */
const PATIENCE = { timeoutMs: 180_000, intervalMs: 500 };

/** Device batches a burst has in flight at once. */
const BURST_SENDS_IN_FLIGHT = 25;

/** Journeys under way at most: beyond it, the stream waits (as buyers stop ordering when nothing ships). */
const MAX_JOURNEYS_IN_FLIGHT = 12;

export interface AcceptedOrder {
  id: string;
  key: string;
  /** A journey ends accepted by its buyer, a probe cancelled, an unanswered order settled by the auto-acceptance sweep. */
  kind: 'journey' | 'probe' | 'unanswered';
  productId: string;
  quantity: number;
  acceptedAt: number;
}

export interface AcceptedReading {
  shipmentId: string;
  deviceId: string;
  atMs: number;
  acceptedAt: number;
}

interface World {
  productIds: string[];
  buyer: Api;
  operator: Api;
  producer: Api;
  /** The producer applying for certificates, the body's certifier and its second pair of eyes. */
  certification: { applicant: Api; certifier: Api; approver: Api };
}

interface Shipment {
  id: string;
  status: string;
  operatorId: string | null;
  coldChainProfile: { minC: number; maxC: number };
}

const CUSTODY_PATH = ['created', 'picked_up', 'in_transit', 'out_for_delivery', 'delivered'];

/** What the suite sends, and what the system accepted of it. */
export class Workload {
  readonly orders: AcceptedOrder[] = [];
  readonly readings: AcceptedReading[] = [];
  readonly failures: string[] = [];
  /** Every 5xx, 429 and unreachable service the workload rode out, for the audit to place in its phase. */
  readonly outages: Outage[] = [];
  /** When each answered call was made and how long it took, for the soak's percentiles. */
  readonly latencies: { at: number; ms: number }[] = [];
  private world!: World;
  private device!: Producer;
  private running = false;
  private sequence = 0;
  private workers: Promise<void>[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  /** An order whose shipment stays on the road until the end: what bursts of readings are for. */
  private longHaul: { order: AcceptedOrder; shipment: Shipment } | null = null;
  /** Per shipment, the device time of its logger's next reading: every reading at a millisecond of its own, in the past. */
  private readonly clocks = new Map<string, number>();
  private editsPaused = false;
  private editing: Promise<void> = Promise.resolve();

  constructor(
    private readonly urls: Record<ServiceName, string>,
    private readonly brokers: string,
    private readonly topicPrefix: string,
    private readonly ordersDb: Pool,
    private readonly runId: string,
  ) {}

  private api(service: ServiceName, role: Role, org: string): Promise<Api> {
    return Api.as(this.urls[service], role, org, `faults-${role}`);
  }

  /** A county, a producer with relief-certified products and large lots, a canteen, an operator. */
  async prepare(productCount = 3): Promise<void> {
    const admin = await this.api('catalog', 'admin', 'faults-admin');
    const place = county({ povertyStatus: 'deep' });
    await admin.must([201], 'POST', '/counties', place);
    const registered = await admin.must([201], 'POST', '/producers', producer(place.code));
    const owner = await this.api('catalog', 'producer', registered.id);
    const productIds: string[] = [];
    for (let index = 0; index < productCount; index += 1) {
      const created = await owner.must(
        [201],
        'POST',
        '/products',
        product({ priceTiers: [{ minQuantity: 10, unitPriceCents: 5000 + index * 100 }] }),
      );
      await owner.must([200], 'POST', `/products/${created.id}/list`);
      await owner.must([201], 'POST', `/products/${created.id}/lots`, {
        quantity: 5_000_000,
        harvestedOn: day(-2),
        expiresOn: day(300),
      });
      productIds.push(created.id);
    }

    const applicant = await this.api('certification', 'producer', registered.id);
    const certificationAdmin = await this.api('certification', 'admin', 'faults-admin');
    const body = await certificationAdmin.call('POST', '/certification-bodies', {
      id: 'faults-certifier',
      name: 'Fault suite certification body',
    });
    if (![201, 409].includes(body.status)) throw new Error(`registering the body answered ${body.status}`);
    const certifier = await this.api('certification', 'certifier', 'faults-certifier');
    // Four eyes: a second certifier of the body approves.
    const approver = await Api.as(
      this.urls.certification,
      'certifier',
      'faults-certifier',
      'faults-approver',
    );
    const application = await waitFor(
      async () => {
        const answer = await applicant.call('POST', '/applications', {
          certificationBodyId: 'faults-certifier',
          scheme: 'poverty_alleviation_product',
          productIds,
        });
        return answer.status === 201 ? (answer.body as { id: string }) : undefined;
      },
      { ...PATIENCE, what: 'certification to know the products' },
    );
    for (const to of REVIEW_PATH) {
      const mover = to === 'approved' ? approver : certifier;
      await mover.must([200], 'POST', `/applications/${application.id}/transitions`, { to, note: to });
    }
    await waitFor(
      async () => {
        const { rows } = await this.ordersDb.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM catalog_products WHERE relief_eligible AND id = ANY($1::uuid[])`,
          [productIds],
        );
        return rows[0].n === productIds.length ? true : undefined;
      },
      { ...PATIENCE, what: 'orders to learn the products are relief-eligible' },
    );

    const ordersAdmin = await this.api('orders', 'admin', 'faults-admin');
    const canteen = await ordersAdmin.must([201], 'POST', '/buyers', {
      name: `Fault-suite canteen ${this.runId}`,
      kind: 'budget_unit',
      regionCode: '510703',
      annualFoodBudgetCents: 10_000_000_000,
      pledgedSharePercent: 15,
    });
    this.world = {
      productIds,
      buyer: await this.api('orders', 'buyer', canteen.id),
      operator: await this.api('logistics', 'operator', 'faults-operator'),
      producer: owner,
      certification: { applicant, certifier, approver },
    };
    this.device = new Kafka({
      clientId: 'faults-devices',
      brokers: this.brokers.split(','),
      logLevel: logLevel.NOTHING,
      retry: { retries: 3 },
      ...kafkajsSecurity(credentialsOf(TELEMETRY_GATEWAY)),
    }).producer({ idempotent: true, maxInFlightRequests: 1 });
    await this.device.connect();
    const order = await this.place('journey');
    const shipment = await this.onTheRoad(order);
    if (!shipment) throw new Error(`the long-haul order ${order.id} was not confirmed`);
    this.longHaul = { order, shipment };
  }

  /**
   * Starts order journeys at a steady rate (each on its own, however long it takes), a stream of
   * catalog edits, and reads of products, orders and shipments as their users make them.
   */
  start(ordersPerSecond: number, readsPerSecond = 0): void {
    this.running = true;
    if (readsPerSecond > 0) this.workers.push(this.browse(readsPerSecond));
    this.workers.push(
      (async () => {
        while (this.running) {
          if (this.inFlight.size >= MAX_JOURNEYS_IN_FLIGHT) {
            await sleep(100);
            continue;
          }
          const journey = this.journey().catch((error: unknown) => {
            this.failures.push(error instanceof Error ? error.message : String(error));
          });
          this.inFlight.add(journey);
          void journey.finally(() => this.inFlight.delete(journey));
          await sleep(1_000 / ordersPerSecond);
        }
      })(),
      this.churn(),
    );
  }

  /** Lets the journeys under way finish, starts no new ones, and brings the long haul home. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
    await Promise.all(this.inFlight);
    if (this.longHaul) {
      // Delivery needs a cold-chain verdict: the long haul has readings even if no burst came.
      await this.sendReadings(this.longHaul.shipment, 1);
      await this.finishJourney(this.longHaul.order, this.longHaul.shipment);
    }
    await this.device.disconnect().catch(() => undefined);
  }

  /**
   * A burst of device readings for the long-haul shipment (still on the road, so every reading
   * counts): answers once the broker has acknowledged them all, while the logistics consumer is busy
   * with them.
   */
  async burst(batches: number): Promise<void> {
    const { shipment } = this.longHaul!;
    // A gateway has a few sends in flight, not a thousand: the idempotent producer serialises them on
    // one lock, and a frozen broker would leave a thousand waiting past its lock timeout.
    let next = 0;
    const sender = async () => {
      while (next < batches) {
        next += 1;
        await this.sendDeviceBatch(shipment);
      }
    };
    await Promise.all(Array.from({ length: BURST_SENDS_IN_FLIGHT }, sender));
  }

  /**
   * Orders delivered that their buyer neither accepts nor disputes (the auto-acceptance sweep's work),
   * all at once; answers those that got as far as DELIVERED (a rejected one stops at REJECTED).
   */
  async deliveredUnanswered(count: number): Promise<AcceptedOrder[]> {
    const delivered = await Promise.all(
      Array.from({ length: count }, async () => {
        const order = await this.place('unanswered');
        const shipment = await this.onTheRoad(order);
        if (!shipment) return null;
        await this.sendReadings(shipment, 1);
        await this.advance(shipment.id, 'out_for_delivery');
        await this.advance(shipment.id, 'delivered');
        await waitFor(async () => ((await this.orderStatus(order.id)) === 'DELIVERED' ? true : undefined), {
          ...PATIENCE,
          what: `order ${order.id} to be DELIVERED`,
        });
        return order;
      }),
    );
    return delivered.filter((order) => order !== null);
  }

  /** A product of its own with `count` lots whose last day of sale is today (the lot expiry sweep's work); answers the lots' ids. */
  /**
   * Enterprise canteens registered without a pledge yet (the month-end pledge-pace sweep's work once they make
   * one); returns their ids.
   */
  async canteensWithoutPledge(count: number): Promise<string[]> {
    const ordersAdmin = await this.api('orders', 'admin', 'faults-admin');
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const canteen = await ordersAdmin.must<{ id: string }>([201], 'POST', '/buyers', {
        name: `Fault-suite enterprise canteen ${this.runId} #${index + 1}`,
        kind: 'enterprise',
        regionCode: '510703',
        annualFoodBudgetCents: 1_000_000_000,
      });
      ids.push(canteen.id);
    }
    return ids;
  }

  /**
   * Applications approved through the whole review (a product of their own each, four eyes on the
   * approval), whose certificates are the certificate expiry sweep's work once their validity ends;
   * returns the applications' ids.
   */
  async applicationsApproved(count: number): Promise<string[]> {
    const { producer: owner, certification } = this.world;
    const applications: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const created = await owner.must<{ id: string }>([201], 'POST', '/products', product());
      const application = await waitFor(
        async () => {
          const answer = await certification.applicant.call('POST', '/applications', {
            certificationBodyId: 'faults-certifier',
            scheme: 'poverty_alleviation_product',
            productIds: [created.id],
          });
          return answer.status === 201 ? (answer.body as { id: string }) : undefined;
        },
        { ...PATIENCE, what: `certification to know product ${created.id}` },
      );
      for (const to of REVIEW_PATH) {
        const mover = to === 'approved' ? certification.approver : certification.certifier;
        await mover.must([200], 'POST', `/applications/${application.id}/transitions`, { to, note: to });
      }
      applications.push(application.id);
    }
    return applications;
  }

  async lotsExpiringToday(count: number): Promise<string[]> {
    const { producer: owner } = this.world;
    const created = await owner.must<{ id: string }>([201], 'POST', '/products', product());
    const lots: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const lot = await owner.must<{ id: string }>([201], 'POST', `/products/${created.id}/lots`, {
        quantity: 100 + index,
        harvestedOn: day(-2),
        expiresOn: day(0),
      });
      lots.push(lot.id);
    }
    return lots;
  }

  /**
   * One order placed (its key written down first, so that a retry after a lost answer is the same
   * order), and, once it is CONFIRMED, cancelled again. Answers when it was confirmed: the end of an
   * outage as a buyer sees it.
   */
  async probe(): Promise<number> {
    const order = await this.place('probe');
    const status = await this.statusOnceAnswered(order.id, 100);
    const answeredAt = Date.now();
    if (status === 'CONFIRMED') {
      await this.persist(
        () => this.world.buyer.call('POST', `/orders/${order.id}/cancel`, { reason: 'fault-suite probe' }),
        [200, 409],
        `cancelling probe ${order.id}`,
      );
    }
    return answeredAt;
  }

  private persist(call: () => Promise<Answer>, expected: number[], what: string): Promise<Answer> {
    const timed = async () => {
      const started = performance.now();
      const answer = await call();
      this.latencies.push({ at: Date.now(), ms: performance.now() - started });
      return answer;
    };
    return persist(timed, expected, what, this.outages);
  }

  private async place(kind: AcceptedOrder['kind']): Promise<AcceptedOrder> {
    this.sequence += 1;
    const key = `${this.runId}-${kind}-${this.sequence}`;
    const productId = this.world.productIds[this.sequence % this.world.productIds.length];
    const quantity = 10 + (this.sequence % 41);
    const answer = await this.persist(
      () =>
        this.world.buyer.call(
          'POST',
          '/orders',
          {
            lines: [{ productId, quantity }],
            deliveryAddress: 'Mianyang Municipal Government Canteen, 1 Jiannan Road',
            requestedDeliveryDate: day(3),
          },
          { 'idempotency-key': key },
        ),
      [200, 201],
      `placing order ${key}`,
    );
    const order: AcceptedOrder = {
      id: String(answer.body.id),
      key,
      kind,
      productId,
      quantity,
      acceptedAt: Date.now(),
    };
    this.orders.push(order);
    return order;
  }

  private async orderStatus(id: string): Promise<string> {
    return String(
      (await this.persist(() => this.world.buyer.call('GET', `/orders/${id}`), [200], `reading order ${id}`))
        .body.status,
    );
  }

  private statusOnceAnswered(id: string, intervalMs = 500): Promise<string> {
    return waitFor(
      async () => {
        const status = await this.orderStatus(id);
        return status === 'PLACED' ? undefined : status;
      },
      { ...PATIENCE, intervalMs, what: `order ${id} to be answered` },
    );
  }

  private async journey(): Promise<void> {
    const order = await this.place('journey');
    const shipment = await this.onTheRoad(order);
    if (!shipment) return;
    await this.sendReadings(shipment, 4);
    await this.finishJourney(order, shipment);
  }

  /** The order once confirmed, its shipment claimed and in transit; null if the order was rejected. */
  private async onTheRoad(order: AcceptedOrder): Promise<Shipment | null> {
    if ((await this.statusOnceAnswered(order.id)) !== 'CONFIRMED') return null;
    const { operator } = this.world;
    const shipment = await waitFor(
      async () => {
        const items = (
          await this.persist(
            () => operator.call('GET', `/shipments?orderId=${order.id}`),
            [200],
            `listing shipments of ${order.id}`,
          )
        ).body.items as Shipment[];
        return items[0];
      },
      { ...PATIENCE, what: `the shipment of order ${order.id}` },
    );
    if (!shipment.operatorId) {
      await this.persist(
        () => operator.call('POST', `/shipments/${shipment.id}/claim`),
        [200, 201, 409],
        `claiming ${shipment.id}`,
      );
    }
    await this.advance(shipment.id, 'picked_up');
    await this.advance(shipment.id, 'in_transit');
    return shipment;
  }

  /** Delivered, accepted by the buyer, and final. */
  private async finishJourney(order: AcceptedOrder, shipment: Shipment): Promise<void> {
    await this.advance(shipment.id, 'out_for_delivery');
    await this.advance(shipment.id, 'delivered');
    await waitFor(async () => ((await this.orderStatus(order.id)) === 'DELIVERED' ? true : undefined), {
      ...PATIENCE,
      what: `order ${order.id} to be DELIVERED`,
    });
    await this.persist(
      () => this.world.buyer.call('POST', `/orders/${order.id}/accept`, {}),
      [200, 409],
      `accepting ${order.id}`,
    );
    await waitFor(
      async () => {
        const status = await this.orderStatus(order.id);
        return FINAL.includes(status) ? status : undefined;
      },
      { ...PATIENCE, what: `order ${order.id} to be final` },
    );
  }

  /** One custody move, made at most once: an answer lost to a crash is found by looking first. */
  private async advance(shipmentId: string, to: string): Promise<void> {
    const { operator } = this.world;
    for (;;) {
      const current = (
        await this.persist(
          () => operator.call('GET', `/shipments/${shipmentId}`),
          [200],
          `reading ${shipmentId}`,
        )
      ).body as Shipment;
      if (CUSTODY_PATH.indexOf(current.status) >= CUSTODY_PATH.indexOf(to)) return;
      const moved = await this.persist(
        () =>
          operator.call('POST', `/shipments/${shipmentId}/events`, {
            type: to,
            at: new Date().toISOString(),
            location: to === 'delivered' ? 'canteen dock' : 'G5 expressway',
            handedOverBy: 'fault-suite driver',
            receivedBy: to === 'delivered' ? 'canteen clerk' : 'fault-suite driver',
          }),
        [200, 201, 409],
        `moving ${shipmentId} to ${to}`,
      );
      if (moved.status !== 409) return;
    }
  }

  /** A batch of 25 readings of the shipment's logger, each at a millisecond of its own, in range. */
  private readingsOf(shipment: Shipment): { deviceId: string; recordedAt: string; temperatureC: number }[] {
    const middle = (shipment.coldChainProfile.minC + shipment.coldChainProfile.maxC) / 2;
    const start = this.clocks.get(shipment.id) ?? Date.now() - 10 * 60_000;
    this.clocks.set(shipment.id, start + 25);
    return Array.from({ length: 25 }, (_, index) => ({
      deviceId: `faults-logger-${shipment.id.slice(0, 8)}`,
      recordedAt: new Date(start + index).toISOString(),
      temperatureC: Math.round((middle + Math.sin(index / 4) / 2) * 10) / 10,
    }));
  }

  private accepted(shipment: Shipment, readings: { deviceId: string; recordedAt: string }[]): void {
    const acceptedAt = Date.now();
    for (const reading of readings) {
      this.readings.push({
        shipmentId: shipment.id,
        deviceId: reading.deviceId,
        atMs: Date.parse(reading.recordedAt),
        acceptedAt,
      });
    }
  }

  /** Published as a logger's gateway does; accepted once the broker acknowledged it (acks=all). */
  private async sendDeviceBatch(shipment: Shipment): Promise<void> {
    const readings = this.readingsOf(shipment);
    const envelope = envelopeOf(
      TelemetryReadingsRecorded,
      { shipmentId: shipment.id, readings },
      TELEMETRY_GATEWAY,
    );
    await this.persist(
      async () => {
        await this.device.send({
          topic: `${this.topicPrefix}.${TelemetryReadingsRecorded.topic.name}`,
          acks: -1,
          messages: [{ key: shipment.id, value: JSON.stringify(envelope) }],
        });
        return { status: 200, body: null };
      },
      [200],
      `publishing readings of ${shipment.id}`,
    );
    this.accepted(shipment, readings);
  }

  /** Readings through the device topic, and one batch uploaded over HTTP. */
  private async sendReadings(shipment: Shipment, deviceBatches: number): Promise<void> {
    for (let index = 0; index < deviceBatches; index += 1) await this.sendDeviceBatch(shipment);
    const readings = this.readingsOf(shipment);
    await this.persist(
      () => this.world.operator.call('POST', `/shipments/${shipment.id}/readings`, { readings }),
      [200],
      `uploading readings of ${shipment.id}`,
    );
    this.accepted(shipment, readings);
  }

  private async browse(perSecond: number): Promise<void> {
    const { buyer, operator, producer } = this.world;
    const reads: [string, () => Promise<Answer>][] = [
      ['listing products', () => producer.call('GET', '/products?limit=20')],
      ['listing orders', () => buyer.call('GET', '/orders?limit=20')],
      ['listing shipments', () => operator.call('GET', '/shipments?limit=20')],
    ];
    for (let index = 0; this.running; index += 1) {
      const [what, read] = reads[index % reads.length];
      await this.persist(read, [200], what).catch((error: unknown) => {
        this.failures.push(error instanceof Error ? error.message : String(error));
      });
      await sleep(1_000 / perSecond);
    }
  }

  /**
   * Producers edit their products now and then: events that every consumer of the catalog applies.
   * An edit the catalog refuses is a failure of the run; one lost to an outage is tried again.
   */
  private async churn(): Promise<void> {
    for (let edit = 0; this.running; edit += 1) {
      if (this.editsPaused) {
        await sleep(100);
        continue;
      }
      const productId = this.world.productIds[edit % this.world.productIds.length];
      this.editing = this.persist(
        () =>
          this.world.producer.call('PATCH', `/products/${productId}`, { shelfLifeDays: 365 + (edit % 30) }),
        [200],
        `editing product ${productId}`,
      )
        .then(() => undefined)
        .catch((error: unknown) => {
          this.failures.push(error instanceof Error ? error.message : String(error));
        });
      await this.editing;
      await sleep(400);
    }
  }

  /**
   * Pauses the edits and waits until orders' and certification's views of every product are at the
   * catalog's version; answers the products that did not get there (empty when they all did), and
   * lets the edits go on.
   */
  async editsConverged(catalogDb: Pool, certificationDb: Pool, timeoutMs = 120_000): Promise<string[]> {
    this.editsPaused = true;
    await this.editing;
    const { productIds } = this.world;
    const behind = async (): Promise<string[]> => {
      const versions = async (pool: Pool, table: string) =>
        new Map(
          (
            await pool.query<{ id: string; version: number }>(
              `SELECT id, version FROM ${table} WHERE id = ANY($1::uuid[])`,
              [productIds],
            )
          ).rows.map((row) => [row.id, row.version]),
        );
      const [catalog, orders, certification] = await Promise.all([
        versions(catalogDb, 'products'),
        versions(this.ordersDb, 'catalog_products'),
        versions(certificationDb, 'viewed_products'),
      ]);
      return productIds
        .filter((id) => orders.get(id) !== catalog.get(id) || certification.get(id) !== catalog.get(id))
        .map(
          (id) =>
            `product ${id}: catalog v${catalog.get(id)}, orders v${orders.get(id)}, certification v${certification.get(id)}`,
        );
    };
    try {
      return await waitFor(
        async () => {
          const lagging = await behind().catch(() => undefined);
          return lagging?.length === 0 ? lagging : undefined;
        },
        { timeoutMs, intervalMs: 500, what: 'product edits to reach orders and certification' },
      ).catch(() => behind());
    } finally {
      this.editsPaused = false;
    }
  }
}
