/**
 * After the system drained: what the databases and the topics say about everything the workload had
 * accepted, counted per fault (by when it was accepted, or when it happened).
 */
import { readFileSync } from 'node:fs';
import { Kafka, logLevel } from 'kafkajs';
import { kafkajsSecurity, kafkaSecurityFromEnv } from '@hb/messaging';
import type { Pool } from 'pg';
import {
  ALL_TOPICS,
  CertificateExpired,
  LotExpired,
  PledgeBehindPace,
  SERVICES,
  type ServiceName,
} from '@hb/contracts';
import type { Crash } from './cluster';
import type { AcceptedOrder, AcceptedReading } from './workload';

/** What a fault did, as the suite saw it: when, with what signal, and which processes it crashed. */
export interface Struck {
  at: number;
  /** The signal the faulted process died of (or was stopped with); null for a fault without one. */
  signal: NodeJS.Signals | null;
  /** Services killed at their crash points: each must show its own redelivery after its restart. */
  crashes: Crash[];
  /** What shows a fault outside the services was real (the broker stopped, connections refused). */
  evidence?: string;
  /** Whether the services must have redelivered or retried something (a crash, an outage), or may have ridden it out. */
  mustRedeliver: boolean;
  /** What the fault's own checks found wrong (a migration applied twice, say): each fails the run. */
  problems?: string[];
}

export interface Phase {
  name: string;
  start: number;
  end: number;
  recoveryMs: number | null;
  struck?: Struck;
}

/** The fault shown to be real, by the process it struck where there is one. */
export interface Proof {
  crashedAt: string | null;
  signal: string | null;
  /** The crash point each crashed process named in its last words. */
  point: string | null;
  /** The log lines that show the work in hand at the fault done again, and by whom. */
  redeliveredBy: string | null;
  evidence: string | null;
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
  proofs: Map<string, Proof>;
  /** Each line a broken promise, with the ids to look at. */
  findings: string[];
  totals: Record<string, number>;
}

type Databases = Record<ServiceName, Pool>;

/** A lot the lot expiry sweep had to announce, and since when. */
/** A buyer the month-end pledge-pace sweep must warn once for a month (`YYYY-MM`). */
export interface PaceWarningDue {
  buyerId: string;
  month: string;
  dueAt: number;
}

export interface ExpiringLot {
  id: string;
  dueAt: number;
}

/** Devices publish bare envelopes, without the headers the relays add. */
function envelopeId(value: Buffer | null): string {
  try {
    return String((JSON.parse(value?.toString('utf8') ?? '') as { id?: unknown }).id);
  } catch {
    return '';
  }
}

interface LogEntry {
  time: number;
  msg: string;
  [field: string]: unknown;
}

/**
 * A service's logs (each of its processes writes one), one JSON object a line (lines that are not,
 * such as a stack trace, are skipped), in the order they were written.
 */
function entriesOf(files: string[]): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const [replica, file] of files.entries()) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      try {
        const entry = JSON.parse(line) as { time?: unknown; msg?: unknown };
        if (typeof entry.msg === 'string')
          entries.push({
            ...entry,
            time: Date.parse(String(entry.time)),
            msg: entry.msg,
            replica: replica + 1,
          });
      } catch {
        // not a log entry of ours
      }
    }
  }
  return entries.sort((a, b) => a.time - b.time);
}

const LAST_WORDS = 'crash point reached; killing this process with SIGKILL';
const SKIPPED = 'event already applied; redelivery skipped';
const REPUBLISHED = 'outbox rows published by the first pass since start';
/** What a sweep says when it has finished a run that did something. */
export const SWEPT = {
  lotExpiry: 'expired lots announced',
  autoAcceptance: 'delivered orders settled after the acceptance period',
  certificateExpiry: 'certificates swept',
  pledgePace: 'buyers warned they are behind their pledge pace',
} as const;

/** What the services write when they meet a fault, and what each counts as. */
const FAULT_LINES: [string, 'redelivered' | 'retried'][] = [
  [SKIPPED, 'redelivered'],
  ['left for redelivery', 'redelivered'],
  ['outbox relay pass failed', 'retried'],
];

/** Stock a decision holds for an order in each status (a finished order holds none). */
const DECISION_FOR_STATUS: Record<string, string> = {
  COMPLETED: 'committed',
  CANCELLED: 'released',
  REJECTED: 'rejected',
  CONFIRMED: 'reserved',
  IN_TRANSIT: 'reserved',
  DELIVERED: 'reserved',
};

const FINAL_EXPECTED: Record<AcceptedOrder['kind'], string[]> = {
  journey: ['COMPLETED', 'REJECTED'],
  probe: ['CANCELLED', 'REJECTED'],
  unanswered: ['COMPLETED'],
};

export class Audit {
  private readonly perPhase = new Map<string, PhaseCounts>();
  private readonly proofs = new Map<string, Proof>();
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
    logs: Record<ServiceName, string[]>,
    kafka: { brokers: string; prefix: string },
    expiredLots: ExpiringLot[] = [],
    paceWarnings: PaceWarningDue[] = [],
    expiredCertificates: ExpiringLot[] = [],
  ): Promise<AuditResult> {
    await this.orders(orders);
    await this.stock(orders);
    await this.shipments(orders);
    await this.readings(readings);
    await this.relief(orders);
    await this.reconciliation();
    const entries = Object.fromEntries(
      SERVICES.map((service) => [service, entriesOf(logs[service])]),
    ) as Record<ServiceName, LogEntry[]>;
    this.redeliveries(entries);
    for (const phase of this.phases) if (phase.struck) this.prove(phase, phase.struck, entries);
    const announcements = await this.topics(kafka);
    await this.expiredLots(expiredLots, announcements);
    await this.paceWarnings(paceWarnings, announcements);
    await this.expiredCertificates(expiredCertificates, announcements);
    return { perPhase: this.perPhase, proofs: this.proofs, findings: this.findings, totals: this.totals };
  }

  /**
   * Every lot the lot expiry sweep had to announce was announced, once: marked in catalog, and one
   * LotExpired event (however many copies a relay crash left) on the topic.
   */
  private async expiredLots(lots: ExpiringLot[], announcements: Map<string, Set<string>>): Promise<void> {
    if (lots.length === 0) return;
    const { rows } = await this.dbs.catalog.query<{ id: string; expiry_announced: boolean }>(
      `SELECT id, expiry_announced FROM lots WHERE id = ANY($1::uuid[])`,
      [lots.map((lot) => lot.id)],
    );
    const marked = new Map(rows.map((row) => [row.id, row.expiry_announced]));
    for (const lot of lots) {
      const events = announcements.get(lot.id)?.size ?? 0;
      if (!marked.get(lot.id) || events === 0)
        this.count(
          'lost',
          lot.dueAt,
          `lot ${lot.id} expired but was announced ${events} times (marked: ${marked.get(lot.id)})`,
        );
      if (events > 1)
        this.count('duplicated', lot.dueAt, `lot ${lot.id} announced expired by ${events} events`);
    }
    this.totals.lotsExpired = lots.length;
  }

  /**
   * Every certificate the expiry sweep had to expire was expired, once: `expired` in certification,
   * and one CertificateExpired event (however many copies a relay crash left) on the topic.
   */
  private async expiredCertificates(
    due: ExpiringLot[],
    announcements: Map<string, Set<string>>,
  ): Promise<void> {
    if (due.length === 0) return;
    const { rows } = await this.dbs.certification.query<{ number: string; status: string }>(
      `SELECT number, status FROM certificates WHERE number = ANY($1::text[])`,
      [due.map((certificate) => certificate.id)],
    );
    const status = new Map(rows.map((row) => [row.number, row.status]));
    for (const certificate of due) {
      const events = announcements.get(`certificate ${certificate.id}`)?.size ?? 0;
      if (status.get(certificate.id) !== 'expired' || events === 0)
        this.count(
          'lost',
          certificate.dueAt,
          `certificate ${certificate.id} due to expire is ${status.get(certificate.id)} with ${events} CertificateExpired events`,
        );
      if (events > 1)
        this.count(
          'duplicated',
          certificate.dueAt,
          `certificate ${certificate.id} expired by ${events} events`,
        );
    }
    this.totals.certificatesExpired = due.length;
  }

  /**
   * Every buyer the month-end pledge-pace sweep had to warn was warned once: one warning row for the
   * month, and one PledgeBehindPace event (however many copies a relay crash left) on the topic.
   */
  private async paceWarnings(due: PaceWarningDue[], announcements: Map<string, Set<string>>): Promise<void> {
    if (due.length === 0) return;
    const { rows } = await this.dbs.orders.query<{ buyer_id: string; month: string; n: number }>(
      `SELECT buyer_id, month, count(*)::int AS n FROM pace_warnings WHERE buyer_id = ANY($1::uuid[]) GROUP BY 1, 2`,
      [due.map((warning) => warning.buyerId)],
    );
    const recorded = new Map(rows.map((row) => [`${row.buyer_id}/${row.month}`, row.n]));
    for (const warning of due) {
      const key = `${warning.buyerId}/${warning.month}`;
      const events = announcements.get(key)?.size ?? 0;
      const marked = recorded.get(key) ?? 0;
      if (marked === 0 || events === 0)
        this.count(
          'lost',
          warning.dueAt,
          `buyer ${warning.buyerId} behind pace in ${warning.month}: ${marked} warning rows, ${events} events`,
        );
      if (events > 1)
        this.count(
          'duplicated',
          warning.dueAt,
          `buyer ${warning.buyerId} warned for ${warning.month} by ${events} events`,
        );
    }
    this.totals.paceWarnings = due.length;
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
   * Catalog decided once on every order, completed or not, holding stock that matches the order's
   * status and adds up to its quantity; and every lot agrees with the reservations made on it:
   * reserved is the sum of the open ones, committed the sum of those of delivered (completed) orders,
   * and never more than the lot was sold out of.
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
    const acceptedAt = new Map(orders.map((order) => [order.id, order.acceptedAt]));
    const at = this.phases.at(-1)?.start ?? Date.now();
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
    }
    for (const [orderId, decision] of decisions) {
      const status = statusOf.get(orderId);
      const when = acceptedAt.get(orderId) ?? at;
      if (status === undefined) {
        this.count(
          'duplicated',
          when,
          `catalog holds a ${decision.state} decision for an unknown order ${orderId}`,
        );
        continue;
      }
      const expected = DECISION_FOR_STATUS[status];
      if (expected && decision.state !== expected)
        this.count('lost', when, `order ${orderId} is ${status} but its stock is ${decision.state}`);
    }

    const { rows: lots } = await this.dbs.catalog.query<{
      id: string;
      quantity: number;
      reserved: number;
      committed: number;
      open: number;
      settled: number;
    }>(
      `SELECT l.id, l.quantity, l.reserved, l.committed,
              coalesce(sum(r.quantity) FILTER (WHERE d.state = 'reserved'), 0)::int AS open,
              coalesce(sum(r.quantity) FILTER (WHERE d.state = 'committed'), 0)::int AS settled
         FROM lots l
         LEFT JOIN reservations r ON r.lot_id = l.id
         LEFT JOIN stock_decisions d ON d.order_id = r.order_id
        GROUP BY l.id`,
    );
    const { rows: holds } = await this.dbs.catalog.query<{
      order_id: string;
      lot_id: string;
      quantity: number;
    }>(`SELECT order_id, lot_id, quantity FROM reservations`);
    const deliveredByLot = new Map<string, number>();
    for (const hold of holds) {
      if (statusOf.get(hold.order_id) === 'COMPLETED')
        deliveredByLot.set(hold.lot_id, (deliveredByLot.get(hold.lot_id) ?? 0) + hold.quantity);
    }
    for (const lot of lots) {
      const delivered = deliveredByLot.get(lot.id) ?? 0;
      if (lot.reserved !== lot.open)
        this.count(
          lot.reserved > lot.open ? 'duplicated' : 'lost',
          at,
          `lot ${lot.id}: ${lot.reserved} reserved, open reservations add up to ${lot.open}`,
        );
      if (lot.committed !== delivered || lot.committed !== lot.settled)
        this.count(
          lot.committed > delivered ? 'duplicated' : 'lost',
          at,
          `lot ${lot.id}: ${lot.committed} committed, ${delivered} delivered, ${lot.settled} in committed reservations`,
        );
      if (lot.quantity - lot.reserved - lot.committed < 0)
        this.findings.push(
          `oversold: lot ${lot.id} (${lot.quantity} in it, ${lot.reserved} reserved, ${lot.committed} committed)`,
        );
    }
    this.totals.lots = lots.length;
    this.totals.unitsCommitted = lots.reduce((sum, lot) => sum + lot.committed, 0);
    this.totals.unitsReserved = lots.reduce((sum, lot) => sum + lot.reserved, 0);
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
  private redeliveries(entries: Record<ServiceName, LogEntry[]>): void {
    for (const service of SERVICES) {
      for (const entry of entries[service]) {
        const line = FAULT_LINES.find(([text]) => entry.msg.includes(text));
        if (!line) continue;
        const counts = this.phaseAt(entry.time);
        if (counts) counts[line[1]] += 1;
        this.totals[line[1]] = (this.totals[line[1]] ?? 0) + 1;
      }
    }
  }

  /**
   * A crash is proven by the process that crashed: its last words name the crash point and the events
   * in hand, it died of SIGKILL, and after its restart its own log shows those same events delivered
   * again and skipped (a consumer) or published again (a relay). A fault outside the services (the
   * broker, the database) is proven by its evidence and by the services that had to ride it out.
   */
  private prove(phase: Phase, struck: Struck, entries: Record<ServiceName, LogEntry[]>): void {
    const unproven = (why: string) => this.findings.push(`not proven: ${phase.name}: ${why}`);
    const proof: Proof = {
      crashedAt: new Date(struck.at).toISOString(),
      signal: struck.signal,
      point: null,
      redeliveredBy: null,
      evidence: struck.evidence ?? null,
    };
    this.proofs.set(phase.name, proof);
    for (const problem of struck.problems ?? []) unproven(problem);
    if (struck.crashes.length === 0) {
      const riders = SERVICES.flatMap((service) => {
        const lines = entries[service].filter(
          (entry) =>
            entry.time >= struck.at &&
            entry.time < phase.end &&
            FAULT_LINES.some(([text]) => entry.msg.includes(text)),
        );
        return lines.length ? [`${service} (${lines.length}× ${lines[0].msg})`] : [];
      });
      proof.redeliveredBy = riders.length ? riders.join('; ') : null;
      if (!riders.length && struck.mustRedeliver)
        unproven('no service redelivered, retried or skipped anything in this phase');
      return;
    }
    const found = struck.crashes.map((crash) =>
      this.proveCrash(phase, crash, entries[crash.service], unproven),
    );
    proof.crashedAt = found.map((one) => one.crashedAt ?? '?').join(' + ');
    proof.signal = struck.crashes.map((crash) => crash.signal ?? 'no signal').join(' + ');
    proof.point = found.map((one) => one.point ?? '?').join(' + ');
    proof.redeliveredBy = found.every((one) => one.redeliveredBy)
      ? found.map((one) => one.redeliveredBy).join('; ')
      : null;
  }

  private proveCrash(
    phase: Phase,
    crash: Crash,
    log: LogEntry[],
    unproven: (why: string) => void,
  ): { crashedAt: string | null; point: string | null; redeliveredBy: string | null } {
    const lastWords = log.find(
      (entry) => entry.msg === LAST_WORDS && entry.pid === crash.pid && entry.point === crash.point,
    );
    if (crash.signal !== 'SIGKILL')
      unproven(`${crash.service} (pid ${crash.pid}) exited with ${crash.signal ?? 'no signal'}`);
    if (!lastWords) {
      unproven(`${crash.service} (pid ${crash.pid}) left no last words at ${crash.point}`);
      return { crashedAt: null, point: null, redeliveredBy: null };
    }
    const found = {
      crashedAt: new Date(lastWords.time).toISOString(),
      point: `${crash.service} ${String(lastWords.point)}`,
      redeliveredBy: null as string | null,
    };
    const inHand = new Set(lastWords.eventIds as string[]);
    const after = log.filter((entry) => entry.time >= lastWords.time && entry.time < phase.end);
    if (crash.point === 'sweep-after-batch') {
      // Its last words are its last line: any sweep line after them is its successor's.
      const sweeps: string[] = crash.sweptBy ? [crash.sweptBy] : Object.values(SWEPT);
      const finished = after.find((entry) => sweeps.includes(entry.msg) && entry.time > lastWords.time);
      if (finished)
        found.redeliveredBy = `${crash.service} after its restart finished the sweep it died in (${inHand.size} done before): ${finished.msg} (${String(finished.announced ?? finished.count ?? finished.expired ?? finished.warned)})`;
      else unproven(`${crash.service} never finished the sweep after its restart`);
    } else if (crash.point === 'consumer-after-commit') {
      const skipped = after.find((entry) => entry.msg === SKIPPED && inHand.has(String(entry.eventId)));
      if (skipped)
        found.redeliveredBy = `${crash.service} after its restart: ${SKIPPED} (event ${String(skipped.eventId)}, ${String(skipped.type)})`;
      else
        unproven(
          `${crash.service} never skipped the redelivered event ${[...inHand].join(', ')} after its restart`,
        );
    } else {
      const again = new Set(
        after
          .filter((entry) => entry.msg.startsWith(REPUBLISHED))
          .flatMap((entry) => (entry.eventIds as string[]).filter((id) => inHand.has(id))),
      );
      if (again.size === inHand.size)
        found.redeliveredBy = `${crash.service} relay after its restart: published again ${again.size} of the ${inHand.size} events it had published and not marked`;
      else
        unproven(
          `${crash.service} relay republished ${again.size} of the ${inHand.size} events it had published before it died`,
        );
    }
    return found;
  }

  /** Copies of events on the topics (a relay that published and crashed before marking), and dead letters. */
  private async topics({
    brokers,
    prefix,
  }: {
    brokers: string;
    prefix: string;
  }): Promise<Map<string, Set<string>>> {
    /**
     * Per lot, the ids of the LotExpired events about it; per buyer and month (`<buyerId>/<month>`),
     * the ids of the PledgeBehindPace events about it; per certificate (`certificate <number>`), the ids
     * of the CertificateExpired events about it.
     */
    const announcements = new Map<string, Set<string>>();
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
              const type = message.headers?.ce_type?.toString();
              if (
                type === LotExpired.type ||
                type === PledgeBehindPace.type ||
                type === CertificateExpired.type
              ) {
                const { data } = JSON.parse(message.value?.toString('utf8') ?? '{}') as {
                  data: { lotId?: string; buyerId?: string; month?: string; number?: string };
                };
                const about =
                  type === LotExpired.type
                    ? String(data.lotId)
                    : type === CertificateExpired.type
                      ? `certificate ${data.number}`
                      : `${data.buyerId}/${data.month}`;
                announcements.set(about, (announcements.get(about) ?? new Set()).add(id));
              }
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
    return announcements;
  }
}
