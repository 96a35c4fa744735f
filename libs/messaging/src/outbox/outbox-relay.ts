import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Client, type ClientConfig } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { CLOUDEVENTS_CONTENT_TYPE, correlationIdOf } from '@hb/contracts';
import { ServiceMetrics } from '@hb/observability';
import { CrashPoints } from '../faults/crash-points';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options';
import { TopicNamer } from '../topic-namer';
import { EVENT_PUBLISHER, type EventPublisher, type OutgoingRecord } from '../transport/ports';
import { OUTBOX_CHANNEL } from './outbox';

/** Any constant: the key of the advisory lock that lets one relay per database publish at a time. */
const RELAY_LOCK_KEY = 0x4842_0b0c;

/** Batches one relay transaction publishes at most before it commits their marks. */
const BATCHES_PER_TRANSACTION = 8;

interface OutboxRow {
  seq: number;
  topic: string;
  key: string;
  envelope: Record<string, unknown>;
}

/**
 * The envelope is the record value; its type and trace context are copied into headers as well, so
 * that tools (and the dead-letter inspector) can filter and follow records without parsing them.
 */
function traceHeaders(envelope: Record<string, unknown>): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': CLOUDEVENTS_CONTENT_TYPE };
  for (const [attribute, header] of [
    ['type', 'ce_type'],
    ['id', 'ce_id'],
    ['traceparent', 'traceparent'],
  ] as const) {
    if (typeof envelope[attribute] === 'string') headers[header] = envelope[attribute];
  }
  const correlationId = correlationIdOf(envelope);
  if (correlationId) headers['correlation-id'] = correlationId;
  return headers;
}

export function pgClientConfig(options: PostgresConnectionOptions): ClientConfig {
  if (options.url) return { connectionString: options.url };
  return {
    host: options.host,
    port: options.port,
    user: options.username,
    password: typeof options.password === 'string' ? options.password : undefined,
    database: options.database,
  };
}

/**
 * Publishes committed outbox rows to Kafka, oldest first. Wakes on LISTEN/NOTIFY (so a commit is on
 * the topic within milliseconds), with a slow poll as a safety net. Each pass claims a batch with
 * FOR UPDATE SKIP LOCKED inside a transaction that also holds an advisory lock, so that with several
 * replicas only one publishes at a time and per-key order is kept. A crash between publishing and
 * marking rows publishes them again: delivery is at least once, and consumers deduplicate by id.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly namer: TopicNamer;
  private listener: Client | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private running = false;
  private wakeRequested = false;
  private draining: Promise<void> | null = null;
  private failures = 0;
  private lastPrune = 0;
  private lastMeasure = 0;
  private reconnectScheduled = false;
  /**
   * Until the first pass since start succeeds, each batch is logged with its event ids: rows left
   * unmarked by a process that died after publishing them go out again now, and the log shows it.
   */
  private firstPassSinceStart = true;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly metrics: ServiceMetrics,
  ) {
    this.namer = new TopicNamer(options.topicPrefix);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.listen();
    this.pollTimer = setInterval(() => this.wake(), this.options.relay.pollIntervalMs);
    this.wake();
  }

  /** Stops waking, lets the pass in progress finish, and closes the listener. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.pollTimer = this.retryTimer = null;
    await this.draining;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  /** Asks for a pass; passes never overlap, and a wake during a pass causes one more pass. */
  wake(): void {
    if (!this.running) return;
    this.wakeRequested = true;
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
    });
  }

  private async drain(): Promise<void> {
    while (this.running && this.wakeRequested) {
      this.wakeRequested = false;
      try {
        let more: boolean;
        do {
          more = await this.publishBatches();
        } while (this.running && more);
        this.firstPassSinceStart = false;
        this.failures = 0;
        await this.measureAndPrune();
      } catch (error) {
        this.failures += 1;
        this.metrics.outboxPublishFailures.inc();
        const delay = Math.min(200 * 2 ** Math.min(this.failures, 6), 10_000);
        this.logger.warn({ msg: 'outbox relay pass failed; will retry', retryInMs: delay, err: error });
        if (this.running) this.retryTimer = setTimeout(() => this.wake(), delay);
        return;
      }
    }
  }

  /**
   * Claims batches and publishes them, oldest first, in one transaction of at most
   * BATCHES_PER_TRANSACTION batches. While a batch is on its way to the broker, the database marks it
   * and claims the next one, so that the two work at the same time; the marks commit once every batch
   * is acknowledged, and a failure rolls them all back (those rows are published again: at least
   * once, as after a crash). Returns whether more rows may be waiting.
   */
  private async publishBatches(): Promise<boolean> {
    const { batchSize } = this.options.relay;
    return this.dataSource.transaction(async (tx) => {
      // One round trip takes the relay's lock and claims the first batch (outbox_claim, see its
      // migration); without the lock (another replica is publishing, and will drain what is there) it
      // claims nothing. The marks need not wait for the disk (synchronous_commit off for this
      // transaction only): a mark lost in a database crash means its rows are published again, which
      // consumers absorb.
      let rows = await tx.query<OutboxRow[]>(
        `WITH relay AS MATERIALIZED (
           SELECT pg_try_advisory_xact_lock($1) AS locked, set_config('synchronous_commit', 'off', true)
         )
         SELECT seq, topic, key, envelope FROM outbox_claim(CASE WHEN (SELECT locked FROM relay) THEN $2 ELSE 0 END)
         ORDER BY seq`,
        [RELAY_LOCK_KEY, batchSize],
      );
      for (let batch = 1; rows.length > 0; batch += 1) {
        const full = rows.length === batchSize;
        const claimNext = full && batch < BATCHES_PER_TRANSACTION;
        const batchRows = rows;
        const records = new Array<OutgoingRecord>(batchRows.length);
        const seqs = new Array<number>(batchRows.length);
        const perTopic = new Map<string, number>();
        for (let index = 0; index < batchRows.length; index += 1) {
          const row = batchRows[index];
          seqs[index] = row.seq;
          records[index] = {
            topic: this.namer.physical(row.topic),
            key: row.key,
            value: JSON.stringify(row.envelope),
            headers: traceHeaders(row.envelope),
          };
          perTopic.set(row.topic, (perTopic.get(row.topic) ?? 0) + 1);
        }
        const [published, marked] = await Promise.allSettled([
          this.publisher.publish(records).then(() => {
            if (!this.firstPassSinceStart && !CrashPoints.isArmed('relay-after-publish')) return;
            const eventIds = batchRows.map((row) => String(row.envelope.id));
            if (this.firstPassSinceStart)
              this.logger.log({
                msg: 'outbox rows published by the first pass since start (a previous run may have published them already)',
                eventIds,
              });
            CrashPoints.reached('relay-after-publish', eventIds);
          }),
          // One round trip marks this batch and claims the next, after it: the claim may run before
          // the mark and see this batch unpublished (its locks are ours, which SKIP LOCKED does not
          // skip). A row committed meanwhile with an earlier seq waits for the next pass.
          claimNext
            ? tx.query<OutboxRow[]>(
                `WITH marked AS (UPDATE outbox SET published_at = now() WHERE seq = ANY($1::bigint[]))
                 SELECT seq, topic, key, envelope FROM outbox_claim($2, $3) ORDER BY seq`,
                [seqs, batchSize, seqs[seqs.length - 1]],
              )
            : tx
                .query(`UPDATE outbox SET published_at = now() WHERE seq = ANY($1::bigint[])`, [seqs])
                .then((): OutboxRow[] => []),
        ]);
        if (published.status === 'rejected') throw published.reason;
        if (marked.status === 'rejected') throw marked.reason;
        for (const [topic, count] of perTopic) this.metrics.outboxPublished.inc({ topic }, count);
        if (!claimNext) return full;
        rows = marked.value;
      }
      return false;
    });
  }

  /** Sets the pending gauge (at most once a second, not on every pass) and prunes old rows now and then. */
  private async measureAndPrune(): Promise<void> {
    if (Date.now() - this.lastMeasure < 1_000) return;
    this.lastMeasure = Date.now();
    const [{ pending }] = await this.dataSource.query<{ pending: number }[]>(
      `SELECT count(*)::int AS pending FROM outbox WHERE published_at IS NULL`,
    );
    this.metrics.outboxPending.set(pending);
    if (Date.now() - this.lastPrune < 10 * 60_000) return;
    this.lastPrune = Date.now();
    await this.dataSource.query(
      `DELETE FROM outbox WHERE published_at < now() - make_interval(hours => $1)`,
      [this.options.relay.retentionHours],
    );
  }

  private async listen(): Promise<void> {
    const client = new Client(pgClientConfig(this.dataSource.options as PostgresConnectionOptions));
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn({ msg: 'outbox listener lost its connection; reconnecting', err: error });
      this.reconnectListener(client);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn({ msg: 'outbox listener could not connect; polling until it can', err: error });
      this.reconnectListener(client);
    }
  }

  private reconnectListener(broken: Client): void {
    if (this.listener === broken) this.listener = null;
    void broken.end().catch(() => undefined);
    if (!this.running || this.reconnectScheduled) return;
    this.reconnectScheduled = true;
    setTimeout(() => {
      this.reconnectScheduled = false;
      if (this.running && !this.listener) void this.listen().then(() => this.wake());
    }, 1_000);
  }
}
