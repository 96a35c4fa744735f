/**
 * Outbox latency: from the commit of a transaction that appends an event (Outbox.append, as the
 * services do) until the event is on its Kafka topic, at a steady rate of single-event transactions.
 * "On the topic" is the broker's append time: the topic is created with
 * `message.timestamp.type=LogAppendTime`, so every record carries the time the broker wrote it, on the
 * same clock as the commit. The same-run reference is the floor of that path: a bare kafkajs producer
 * with the relay's settings (idempotent, acks=all) sending the same records one at a time (never
 * queued behind another send), at most at the same rate, timed from the send call to the append,
 * running at the same time as the outbox writer.
 *
 *   npx ts-node -r tsconfig-paths/register bench/outbox-latency.ts [--quick] [--rate 100] [--duration 20]
 */
import { Partitioners } from 'kafkajs';
import { DataSource } from 'typeorm';
import { OrderPlaced, Topics } from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import { createDatabase } from './lib/db';
import { byMode, logger, numberFlag, sleep, uniqueLabel } from './lib/env';
import { createTopics, deleteTopics, kafka, TopicTap } from './lib/kafka';
import { openLoop } from './lib/load';
import { orderPlacedData, orderPlacedEnvelope, relayHeaders, startOutboxService } from './lib/outbox-service';
import { profiled } from './lib/profile';
import { finished, meets, newResult, runStandalone, type BenchResult } from './lib/results';
import { distribution, ratio, round, type Distribution } from './lib/stats';

const log = logger('outbox-latency');
const GOAL_P50_MS = 10;

/** Latencies of ids once their records are on the topic: started → append time. */
class Arrivals {
  private readonly started = new Map<string, number>();
  /** Records that arrived before their start was noted (not expected, but never lost). */
  private readonly early = new Map<string, number>();
  private readonly latencies: number[] = [];
  private waiting: (() => void) | null = null;

  has(id: string): boolean {
    return this.started.has(id);
  }

  start(id: string, at: number): void {
    this.started.set(id, at);
    const appendedAt = this.early.get(id);
    if (appendedAt !== undefined) {
      this.early.delete(id);
      this.arrived(id, appendedAt);
    }
  }

  arrived(id: string, appendedAt: number): void {
    const started = this.started.get(id);
    if (started === undefined) {
      this.early.set(id, appendedAt);
      return;
    }
    this.started.delete(id);
    this.latencies.push(appendedAt - started);
    if (this.started.size === 0) this.waiting?.();
  }

  /** Waits until every started id has arrived (or `timeoutMs`); returns the latencies and how many are missing. */
  async collect(timeoutMs = 30_000): Promise<{ latencies: number[]; missing: number }> {
    if (this.started.size > 0) {
      await Promise.race([new Promise<void>((done) => (this.waiting = done)), sleep(timeoutMs)]);
    }
    this.waiting = null;
    const result = { latencies: [...this.latencies], missing: this.started.size };
    this.latencies.length = 0;
    this.started.clear();
    return result;
  }
}

export async function run(): Promise<BenchResult> {
  const result = newResult('outbox-latency', 'Outbox latency (commit → on the topic)');
  const rate = numberFlag('rate', 100);
  const seconds = numberFlag('duration', byMode(5, 20));
  const label = uniqueLabel();
  const prefix = `bench-${label}`;
  const topic = `${prefix}.${Topics.order.name}`;
  const db = await createDatabase(`hb_bench_latency_${label}`);
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const arrivals = new Arrivals();
  const referenceArrivals = new Arrivals();
  let tap: TopicTap | null = null;
  let app: Awaited<ReturnType<typeof startOutboxService>> | null = null;
  try {
    await createTopics([
      {
        name: topic,
        partitions: Topics.order.partitions,
        config: { 'message.timestamp.type': 'LogAppendTime' },
      },
    ]);
    tap = await TopicTap.start([topic], ({ message, timestamp }) => {
      const id = message.headers?.ce_id?.toString();
      if (!id) return;
      if (referenceArrivals.has(id)) referenceArrivals.arrived(id, timestamp);
      else arrivals.arrived(id, timestamp);
    });
    app = await startOutboxService(db.url, prefix, [Topics.order]);
    const outbox = app.get(Outbox);
    const dataSource = app.get(DataSource);
    await producer.connect();

    /** One bare send at a time (never queued behind another), at most `rate` a second. */
    const reference = async (duration: number): Promise<{ latencies: number[]; missing: number }> => {
      const deadline = Date.now() + duration * 1000;
      while (Date.now() < deadline) {
        const envelope = orderPlacedEnvelope();
        const started = Date.now();
        referenceArrivals.start(envelope.id, started);
        await producer.send({
          topic,
          acks: -1,
          messages: [
            { key: envelope.subject, value: JSON.stringify(envelope), headers: relayHeaders(envelope) },
          ],
        });
        await sleep(Math.max(0, 1000 / rate - (Date.now() - started)));
      }
      return referenceArrivals.collect();
    };
    const relay = async (duration: number): Promise<{ latencies: number[]; missing: number }> => {
      const loop = await openLoop(rate, duration, async () => {
        const [envelope] = await dataSource.transaction((tx) =>
          outbox.append(tx, event(OrderPlaced, orderPlacedData())),
        );
        arrivals.start(envelope.id, Date.now());
      });
      if (loop.failed > 0) throw new Error(`${loop.failed} outbox writes failed: ${loop.firstError}`);
      return arrivals.collect();
    };

    log(
      `warming up; then ${rate} events/s through the outbox, and bare sends one at a time, for ${seconds} s`,
    );
    await reference(1);
    await relay(1);
    // Both at once, so that both see the same machine; each adds only `rate` small records a second.
    const [[measured, profile], bare] = await Promise.all([
      profiled('outbox-latency-relay', () => relay(seconds)),
      reference(seconds),
    ]);
    if (profile) result.profiles = { 'bench process (writer and relay)': profile };

    const relayLatency: Distribution = distribution(measured.latencies);
    const referenceLatency: Distribution = distribution(bare.latencies);
    log(
      `relay p50 ${relayLatency.p50} ms p99 ${relayLatency.p99} ms; reference p50 ${referenceLatency.p50} ms`,
    );
    const ms = (value: number) => `${value} ms`;
    result.rows.push(
      {
        measure: `commit → on the topic, p50 (${rate} events/s)`,
        figure: ms(relayLatency.p50),
        reference: `a bare kafkajs send → on the topic, p50: ${ms(referenceLatency.p50)}`,
        ratio: ratio(relayLatency.p50, referenceLatency.p50),
        goal: `p50 ≤ ${GOAL_P50_MS} ms`,
        met: meets(relayLatency.p50, '<=', GOAL_P50_MS),
      },
      {
        measure: `commit → on the topic, p99 (${rate} events/s)`,
        figure: ms(relayLatency.p99),
        reference: `a bare kafkajs send → on the topic, p99: ${ms(referenceLatency.p99)}`,
        ratio: ratio(relayLatency.p99, referenceLatency.p99),
      },
    );
    result.details = {
      rate,
      seconds,
      relay: relayLatency,
      relayMissing: measured.missing,
      reference: referenceLatency,
      referenceMissing: bare.missing,
    };
    if (measured.missing > 0) result.limits.push(`${measured.missing} events did not arrive within 30 s`);
    if (!meets(relayLatency.p50, '<=', GOAL_P50_MS)) {
      result.limits.push(
        `p50 ${relayLatency.p50} ms, against ${referenceLatency.p50} ms for a bare send to the same broker ` +
          'at the same rate and time: ' +
          (relayLatency.p50 > referenceLatency.p50
            ? `the relay's own part (notification, claim, publish, mark) is ${round(relayLatency.p50 - referenceLatency.p50, 1)} ms.`
            : 'the broker path itself was slower than the goal during this run.'),
      );
    }
    return finished(result);
  } finally {
    await app?.close().catch(() => undefined);
    await tap?.stop().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await db.drop();
    await deleteTopics(prefix);
  }
}

if (require.main === module) runStandalone(run);
