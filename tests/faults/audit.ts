/**
 * After the system drained: what the databases and the topics say about everything the workload had
 * accepted, counted per fault (by when it was accepted, or when it happened).
 */
import { readFileSync } from 'node:fs';
import { Kafka, logLevel } from 'kafkajs';
import { kafkajsSecurity, kafkaSecurityFromEnv } from '@hb/messaging';
import type { Pool } from 'pg';
import { ALL_TOPICS, SERVICES, type ServiceName } from '@hb/contracts';
import type { AcceptedOrder, AcceptedReading } from './workload';

export interface Phase {
  name: string;
  start: number;
  end: number;
  recoveryMs: number | null;
}

export interface PhaseCounts {
  lost: number;
  duplicated: number;
  /** Deliveries a consumer saw again: absorbed by its inbox, or left for redelivery while its database was down. */
  redelivered: number;
  /** Extra copies of events on the topics: a relay published a batch and crashed before marking it. */
  republished: number;
  /** Relay passes that failed (broker or database gone) and were done again. */
  retried: number;
}

export interface AuditResult {
  perPhase: Map<string, PhaseCounts>;
  /** Each line a broken promise, with the ids to look at. */
  findings: string[];
  totals: Record<string, number>;
}

type Databases = Record<ServiceName, Pool>;

/** Devices publish bare envelopes, without the headers the relays add. */
function envelopeId(value: Buffer | null): string {
  try {
    return String((JSON.parse(value?.toString('utf8') ?? '') as { id?: unknown }).id);
  } catch {
    return '';
  }
}

const FINAL_EXPECTED: Record<AcceptedOrder['kind'], string[]> = {
  journey: ['COMPLETED', 'REJECTED'],
  probe: ['CANCELLED', 'REJECTED'],
};

export class Audit {
  private readonly perPhase = new Map<string, PhaseCounts>();
  private readonly findings: string[] = [];
  private readonly totals: Record<string, number> = {};

  constructor(
    private readonly phases: Phase[],
    private readonly dbs: Databases,
  ) {
    for (const phase of phases)
      this.perPhase.set(phase.name, { lost: 0, duplicated: 0, redelivered: 0, republished: 0, retried: 0 });
  }

  private phaseAt(time: number): PhaseCounts | undefined {
    const phase =
      this.phases.find((candidate) => time >= candidate.start && time < candidate.end) ?? this.phases.at(-1);
    return phase && this.perPhase.get(phase.name);
  }

  private count(kind: 'lost' | 'duplicated', at: number, finding: string): void {
    const counts = this.phaseAt(at);
    if (counts) counts[kind] += 1;
    this.findings.push(`${kind}: ${finding}`);
  }

  async run(
    orders: AcceptedOrder[],
    readings: AcceptedReading[],
    logs: Record<ServiceName, string>,
    kafka: { brokers: string; prefix: string },
  ): Promise<AuditResult> {
    await this.orders(orders);
    await this.stock(orders);
    await this.shipments(orders);
    await this.readings(readings);
    await this.relief(orders);
    await this.reconciliation();
    this.redeliveries(logs);
    await this.topics(kafka);
    return { perPhase: this.perPhase, findings: this.findings, totals: this.totals };
  }

  /** Every accepted order is there once, in the final state its journey leads to; no order nobody placed. */
  private async orders(orders: AcceptedOrder[]): Promise<void> {
    const { rows } = await this.dbs.orders.query<{ id: string; status: string; buyer_id: string }>(
      `SELECT id, status, buyer_id FROM orders`,
    );
    const stored = new Map(rows.map((row) => [row.id, row.status]));
    const accepted = new Set(orders.map((order) => order.id));
    for (const order of orders) {
      const status = stored.get(order.id);
      if (!status)
        this.count(
          'lost',
          order.acceptedAt,
          `order ${order.id} (${order.key}) is not in the orders database`,
        );
      else if (!FINAL_EXPECTED[order.kind].includes(status))
        this.count('lost', order.acceptedAt, `order ${order.id} (${order.key}) stopped at ${status}`);
    }
    for (const row of rows) {
      if (!accepted.has(row.id))
        this.findings.push(`duplicated: order ${row.id} was never accepted by the workload`);
    }
    this.totals.orders = orders.length;
    this.totals.ordersCompleted = rows.filter((row) => row.status === 'COMPLETED').length;
  }

  /**
   * Catalog reserved each order's quantity once (one decision per order, reservations adding up to the
   * quantity), committed exactly the delivered quantities, holds nothing for finished orders, and no
   * lot is oversold.
   */
  private async stock(orders: AcceptedOrder[]): Promise<void> {
    const decisions = new Map(
      (
        await this.dbs.catalog.query<{ order_id: string; state: string; reserved: number | null }>(
          `SELECT d.order_id, d.state, (SELECT sum(quantity)::int FROM reservations r WHERE r.order_id = d.order_id) AS reserved
             FROM stock_decisions d`,
        )
      ).rows.map((row) => [row.order_id, row]),
    );
    const { rows: statuses } = await this.dbs.orders.query<{ id: string; status: string }>(
      `SELECT id, status FROM orders`,
    );
    const statusOf = new Map(statuses.map((row) => [row.id, row.status]));
    const committedByProduct = new Map<string, number>();
    for (const order of orders) {
      const decision = decisions.get(order.id);
      if (!decision) {
        this.count('lost', order.acceptedAt, `catalog never decided on the stock of order ${order.id}`);
        continue;
      }
      if (decision.state !== 'rejected' && decision.reserved !== order.quantity) {
        const kind = (decision.reserved ?? 0) > order.quantity ? 'duplicated' : 'lost';
        this.count(
          kind,
          order.acceptedAt,
          `order ${order.id} holds ${decision.reserved} reserved for ${order.quantity} ordered`,
        );
      }
      const expected = { COMPLETED: 'committed', CANCELLED: 'released', REJECTED: 'rejected' }[
        statusOf.get(order.id) ?? ''
      ];
      if (expected && decision.state !== expected)
        this.count(
          'lost',
          order.acceptedAt,
          `order ${order.id} is ${statusOf.get(order.id)} but its stock is ${decision.state}`,
        );
      if (statusOf.get(order.id) === 'COMPLETED')
        committedByProduct.set(
          order.productId,
          (committedByProduct.get(order.productId) ?? 0) + order.quantity,
        );
    }
    const { rows: lots } = await this.dbs.catalog.query<{
      product_id: string;
      quantity: number;
      reserved: number;
      committed: number;
    }>(
      `SELECT product_id, sum(quantity)::int AS quantity, sum(reserved)::int AS reserved, sum(committed)::int AS committed
         FROM lots GROUP BY product_id`,
    );
    const at = this.phases.at(-1)?.start ?? Date.now();
    for (const lot of lots) {
      const expected = committedByProduct.get(lot.product_id);
      if (expected === undefined) continue;
      if (lot.committed !== expected)
        this.count(
          lot.committed > expected ? 'duplicated' : 'lost',
          at,
          `product ${lot.product_id}: ${lot.committed} committed, ${expected} delivered`,
        );
      if (lot.reserved !== 0)
        this.count(
          'lost',
          at,
          `product ${lot.product_id}: ${lot.reserved} still reserved after every order finished`,
        );
      if (lot.reserved + lot.committed > lot.quantity)
        this.findings.push(`oversold: product ${lot.product_id}`);
    }
    this.totals.unitsCommitted = [...committedByProduct.values()].reduce((sum, value) => sum + value, 0);
  }

  /** One shipment per confirmed order, however often OrderConfirmed arrived. */
  private async shipments(orders: AcceptedOrder[]): Promise<void> {
    const { rows } = await this.dbs.logistics.query<{ order_id: string; n: number }>(
      `SELECT order_id, count(*)::int AS n FROM shipments GROUP BY order_id`,
    );
    const count = new Map(rows.map((row) => [row.order_id, row.n]));
    for (const order of orders) {
      const n = count.get(order.id) ?? 0;
      if (n > 1) this.count('duplicated', order.acceptedAt, `order ${order.id} has ${n} shipments`);
    }
    this.totals.shipments = rows.reduce((sum, row) => sum + row.n, 0);
  }

  /** Every accepted reading is stored, once. */
  private async readings(readings: AcceptedReading[]): Promise<void> {
    const shipmentIds = [...new Set(readings.map((reading) => reading.shipmentId))];
    const { rows } = await this.dbs.logistics.query<{ key: string; n: number }>(
      `SELECT shipment_id || '|' || device_id || '|' || (extract(epoch FROM recorded_at) * 1000)::bigint AS key,
              count(*)::int AS n
         FROM temperature_readings WHERE shipment_id = ANY($1::uuid[]) GROUP BY 1`,
      [shipmentIds],
    );
    const stored = new Map(rows.map((row) => [row.key, row.n]));
    for (const reading of readings) {
      const n = stored.get(`${reading.shipmentId}|${reading.deviceId}|${reading.atMs}`) ?? 0;
      if (n === 0)
        this.count(
          'lost',
          reading.acceptedAt,
          `reading ${reading.deviceId}@${reading.atMs} of ${reading.shipmentId}`,
        );
      if (n > 1)
        this.count(
          'duplicated',
          reading.acceptedAt,
          `reading ${reading.deviceId}@${reading.atMs} stored ${n} times`,
        );
    }
    this.totals.readings = readings.length;
  }

  /** One relief entry per completed relief-eligible line: the money counted once. */
  private async relief(orders: AcceptedOrder[]): Promise<void> {
    const { rows } = await this.dbs.orders.query<{ order_id: string; n: number; status: string }>(
      `SELECT o.id AS order_id, o.status, count(r.id)::int AS n
         FROM orders o LEFT JOIN relief_entries r ON r.order_id = o.id GROUP BY o.id, o.status`,
    );
    const byOrder = new Map(rows.map((row) => [row.order_id, row]));
    for (const order of orders) {
      const row = byOrder.get(order.id);
      if (!row) continue;
      if (row.status === 'COMPLETED' && row.n === 0)
        this.count('lost', order.acceptedAt, `completed order ${order.id} has no relief entry`);
      if (row.n > 1)
        this.count('duplicated', order.acceptedAt, `order ${order.id} has ${row.n} relief entries`);
      if (row.status !== 'COMPLETED' && row.n > 0)
        this.count('duplicated', order.acceptedAt, `${row.status} order ${order.id} has relief entries`);
    }
    this.totals.reliefEntries = rows.reduce((sum, row) => sum + row.n, 0);
  }

  /** The ledger adds up: its sum is the accepted value of relief lines minus refunds after acceptance. */
  private async reconciliation(): Promise<void> {
    const { rows } = await this.dbs.orders.query<{ difference: string }>(
      `SELECT (SELECT coalesce(sum(amount_cents), 0) FROM relief_entries)
            - (SELECT coalesce(sum(l.accepted_quantity * l.unit_price_cents), 0)
                 FROM order_lines l JOIN orders o ON o.id = l.order_id
                WHERE l.relief_eligible AND l.accepted_quantity > 0 AND o.accepted_at IS NOT NULL)
            + (SELECT coalesce(sum(r.amount_cents), 0)
                 FROM order_refunds r JOIN order_lines l ON l.order_id = r.order_id AND l.line_no = r.line_no
                WHERE l.relief_eligible) AS difference`,
    );
    const difference = Number(rows[0].difference);
    if (difference !== 0)
      this.findings.push(`unreconciled: the relief ledger differs from the orders by ${difference} cents`);
  }

  /** What the services wrote when they met a fault, from their own logs (which survive the crashes). */
  private redeliveries(logs: Record<ServiceName, string>): void {
    const signals: [string, 'redelivered' | 'retried'][] = [
      ['redelivery skipped', 'redelivered'],
      ['left for redelivery', 'redelivered'],
      ['outbox relay pass failed', 'retried'],
    ];
    for (const service of SERVICES) {
      for (const line of readFileSync(logs[service], 'utf8').split('\n')) {
        const signal = signals.find(([text]) => line.includes(text));
        if (!signal) continue;
        let at: number;
        try {
          at = Date.parse(String((JSON.parse(line) as { time?: string }).time));
        } catch {
          continue; // not a log entry of ours
        }
        const counts = this.phaseAt(at);
        if (counts) counts[signal[1]] += 1;
        this.totals[signal[1]] = (this.totals[signal[1]] ?? 0) + 1;
      }
    }
  }

  /** Copies of events on the topics (a relay that published and crashed before marking), and dead letters. */
  private async topics({ brokers, prefix }: { brokers: string; prefix: string }): Promise<void> {
    const client = new Kafka({
      clientId: 'faults-audit',
      brokers: brokers.split(','),
      logLevel: logLevel.NOTHING,
      ...kafkajsSecurity(kafkaSecurityFromEnv()),
    });
    const admin = client.admin();
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const topics = ALL_TOPICS.map((topic) => `${prefix}.${topic.name}`).filter((topic) =>
      existing.has(topic),
    );
    const deadLetters = [...existing].filter(
      (topic) => topic.startsWith(`${prefix}.`) && topic.endsWith('.dlt'),
    );
    const ends = new Map<string, number>();
    for (const topic of [...topics, ...deadLetters]) {
      for (const partition of await admin.fetchTopicOffsets(topic)) {
        ends.set(`${topic}/${partition.partition}`, Number(partition.high));
      }
    }
    await admin.disconnect();
    const remaining = new Set([...ends].filter(([, high]) => high > 0).map(([key]) => key));
    const seen = new Map<string, number>();
    let records = 0;
    let deadLettered = 0;
    if (remaining.size > 0) {
      const consumer = client.consumer({ groupId: `faults-audit-${Date.now()}`, maxWaitTimeInMs: 200 });
      await consumer.connect();
      await consumer.subscribe({ topics: [...topics, ...deadLetters], fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('reading the topics took over 120 s')), 120_000);
        void consumer.run({
          eachMessage: async ({ topic, partition, message }) => {
            if (topic.endsWith('.dlt')) deadLettered += 1;
            else {
              records += 1;
              const id = message.headers?.ce_id?.toString() ?? envelopeId(message.value);
              const copies = (seen.get(id) ?? 0) + 1;
              seen.set(id, copies);
              if (copies > 1) {
                const counts = this.phaseAt(Number(message.timestamp));
                if (counts) counts.republished += 1;
              }
            }
            if (Number(message.offset) + 1 >= (ends.get(`${topic}/${partition}`) ?? 0)) {
              remaining.delete(`${topic}/${partition}`);
              if (remaining.size === 0) {
                clearTimeout(timer);
                resolve();
              }
            }
          },
        });
      });
      await consumer.disconnect();
    }
    this.totals.eventsOnTopics = records;
    this.totals.distinctEvents = seen.size;
    this.totals.deadLettered = deadLettered;
    if (deadLettered > 0)
      this.findings.push(`dead-lettered: ${deadLettered} events went to dead-letter topics`);
  }
}
