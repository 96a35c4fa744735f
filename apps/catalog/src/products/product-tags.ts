import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { Principal, ProductStatus } from '@hb/contracts';
import { pgClientConfig } from '@hb/messaging';
import { Revalidators, type CurrentTag } from '@hb/platform';
import { canSeeProduct } from './product-access';
import { ProductChangeListener } from './product-changes.repository';
import { productTag, type ProductRow } from './product-search';

/** The name GET /v1/products/{id} is revalidated by (@RevalidatedBy). */
export const PRODUCT_REVALIDATOR = 'product';

/** Products remembered at most (about 200 bytes each); the oldest remembered is forgotten first. */
const MAX_REMEMBERED = 50_000;
const RECONNECT_MS = 1_000;
/**
 * How often the listener's connection is checked, and how long the check may take: a connection that
 * died without closing (a network partition) would otherwise miss notices unnoticed.
 */
const HEARTBEAT_MS = 1_000;
const HEARTBEAT_TIMEOUT_MS = 2_000;

interface Remembered {
  readonly tag: string;
  readonly producerId: string;
  readonly status: ProductStatus;
  readonly countyCode: string;
}

/**
 * The ETags of products this replica has read, with what deciding who may see them takes (producer,
 * status, county), so that a revalidation of an unchanged product is answered 304 without reading
 * PostgreSQL (the platform's answerRevalidationsEarly asks currentTag).
 *
 * Never a stale 304 for a change seen elsewhere:
 * - every change of a product's row or of its producer is announced by triggers (NOTIFY, sent at
 *   commit) and forgets the product (or all of them); this replica LISTENs on a connection of its own;
 * - a product read is remembered only if no notice arrived between the moment before the read and
 *   its answer (`ticket`/`remember`), so a read that raced a change is not kept;
 * - nothing is remembered or answered while the listener is not connected (and all is forgotten when
 *   it drops: notices may have been missed); its connection is checked every second and counts as
 *   dropped when a check takes over two seconds, so a connection lost without closing (a network
 *   partition) answers 304 from memory for three seconds at most;
 * - a write answered by this replica waits for `caughtUp` (the platform's answerWritesOnceSeen), so a
 *   client that saw its write succeed never gets a 304 for the version before it from this replica.
 *   Another replica forgets the product when its listener receives the notice, which PostgreSQL sends
 *   at the writer's commit, before the writer hears that it committed.
 */
@Injectable()
export class ProductTags implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProductTags.name);
  private readonly known = new Map<string, Remembered>();
  /** Bumped by every notice, every loss and every (re)connection of the listener. */
  private generation = 0;
  private listener: ProductChangeListener | null = null;
  private running = false;
  private reconnect: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    revalidators: Revalidators,
  ) {
    const currentTag: CurrentTag = (params, caller) => this.currentTag(params.id, caller);
    revalidators.register(PRODUCT_REVALIDATOR, currentTag, () => this.caughtUp());
  }

  async onApplicationBootstrap(): Promise<void> {
    this.running = true;
    await this.listen();
    this.heartbeat = setInterval(() => void this.caughtUp(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    if (this.reconnect) clearTimeout(this.reconnect);
    if (this.heartbeat) clearInterval(this.heartbeat);
    const listener = this.listener;
    this.forgetAll();
    await listener?.close();
  }

  /** Whether the listener is connected (products are remembered and answered only then). */
  get listening(): boolean {
    return this.listener !== null;
  }

  /** Products remembered now. */
  get size(): number {
    return this.known.size;
  }

  /** Taken just before reading a product, for `remember`; undefined while nothing may be remembered. */
  ticket(): number | undefined {
    return this.listener ? this.generation : undefined;
  }

  /** Remembers a product read after `ticket`, unless a notice (or a loss of the listener) came between. */
  remember(ticket: number | undefined, row: ProductRow): void {
    if (ticket === undefined || ticket !== this.generation || !this.listener) return;
    if (!this.known.has(row.id) && this.known.size >= MAX_REMEMBERED) {
      const oldest = this.known.keys().next();
      if (!oldest.done) this.known.delete(oldest.value);
    }
    this.known.set(row.id, {
      tag: productTag(row),
      producerId: row.producerId,
      status: row.status,
      countyCode: row.countyCode,
    });
  }

  /** The product's ETag if it is remembered and this caller may see it; undefined means "read it". */
  currentTag(id: string | undefined, caller: Principal): { tag: string; scope: 'private' } | undefined {
    const remembered = id === undefined ? undefined : this.known.get(id);
    if (!remembered || !canSeeProduct(caller, remembered)) return undefined;
    return { tag: remembered.tag, scope: 'private' };
  }

  /**
   * Resolves once every product change committed before the call has been forgotten here (or, if the
   * listener does not answer within two seconds, everything has been).
   */
  async caughtUp(): Promise<void> {
    const listener = this.listener;
    if (listener) await this.check(listener);
  }

  private async check(listener: ProductChangeListener): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), HEARTBEAT_TIMEOUT_MS);
    });
    const answer = await Promise.race([
      listener.caughtUp().then(
        () => 'ok' as const,
        () => 'late' as const,
      ),
      late,
    ]);
    clearTimeout(timer);
    if (answer === 'ok' || this.listener !== listener) return;
    this.logger.warn({ msg: 'product change listener not answering; product tags forgotten, reconnecting' });
    this.forgetAll();
    void listener.close();
    this.scheduleReconnect();
  }

  private changed(payload: string): void {
    this.generation += 1;
    if (payload === '*') this.known.clear();
    else this.known.delete(payload);
  }

  private forgetAll(): void {
    this.listener = null;
    this.generation += 1;
    this.known.clear();
  }

  private async listen(): Promise<void> {
    let opened: ProductChangeListener | null = null;
    try {
      const listener = await ProductChangeListener.open(
        pgClientConfig(this.dataSource.options as PostgresConnectionOptions),
        (payload) => this.changed(payload),
        (error) => {
          if (opened === null || this.listener !== opened) return;
          this.logger.warn({
            msg: 'product change listener lost; product tags forgotten until it is back',
            err: error,
          });
          this.forgetAll();
          this.scheduleReconnect();
        },
      );
      if (!this.running) return void (await listener.close());
      opened = listener;
      this.generation += 1;
      this.known.clear();
      this.listener = listener;
    } catch (error) {
      this.logger.warn({ msg: 'product change listener could not connect; retrying', err: error });
      this.scheduleReconnect();
    }
  }

  private scheduleReconnect(): void {
    if (!this.running || this.reconnect) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      if (this.running && !this.listener) void this.listen();
    }, RECONNECT_MS);
  }
}
