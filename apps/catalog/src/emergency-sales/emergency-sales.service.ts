import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  EmergencySaleClosed,
  EmergencySaleOpened,
  type EmergencySaleCloser,
  type Principal,
} from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import {
  Clock,
  creationPosition,
  DEFAULT_PAGE_SIZE,
  NotFoundError,
  type Page,
  pageOf,
  utcDay,
} from '@hb/platform';
import { canSeeProduct } from '../products/product-access';
import { allocateFirstExpiryFirstOut } from '../stock/first-expiry-first-out';
import { StockLevels } from '../stock/stock-levels';
import { answersForSale, canSeeSale } from './emergency-sale-access';
import {
  NotAnsweringForProduct,
  NotEnoughStockToHold,
  PriceAboveLowestTier,
  ProductNotOnSale,
  SaleEndsInThePast,
} from './emergency-sale-errors';
import { nextSaleStatus } from './emergency-sale-status';
import {
  toEmergencySaleView,
  type EmergencySaleView,
  type ListEmergencySalesQuery,
  type OpenEmergencySaleRequest,
} from './emergency-sale.dto';
import {
  EmergencySaleRepository,
  type EmergencySaleRow,
  type SaleFilters,
} from './emergency-sale.repository';

const SWEEP_BATCH = 100;

/**
 * Emergency sales of produce that cannot be sold the ordinary way: opening one sets stock aside from
 * the product's unexpired lots (first expiry first), closing one — sold out, at its end or by hand —
 * gives what is unsold back to ordinary stock. Orders buy from a sale through the saga
 * (EmergencySaleStock).
 */
@Injectable()
export class EmergencySalesService {
  private readonly logger = new Logger(EmergencySalesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly sales: EmergencySaleRepository,
    private readonly outbox: Outbox,
    private readonly stockLevels: StockLevels,
    private readonly clock: Clock,
  ) {}

  async open(caller: Principal, request: OpenEmergencySaleRequest): Promise<EmergencySaleView> {
    const now = this.clock.now();
    const today = utcDay(now);
    const endsAt = new Date(request.endsAt);
    return this.dataSource.transaction(async (tx) => {
      const product = await this.sales.productToSell(tx, request.productId);
      if (!product || !canSeeProduct(caller, product)) throw new NotFoundError('product', request.productId);
      if (!answersForSale(caller, product)) {
        throw new NotAnsweringForProduct(product.id);
      }
      if (product.status !== 'listed') throw new ProductNotOnSale(product.id, product.status);
      if (request.unitPriceCents > product.lowestTierPriceCents) {
        throw new PriceAboveLowestTier(request.unitPriceCents, product.lowestTierPriceCents);
      }
      if (endsAt.getTime() <= now.getTime()) throw new SaleEndsInThePast(request.endsAt);
      const lots = await this.sales.lockLotsOfProduct(tx, product.id, today);
      const holds = allocateFirstExpiryFirstOut(lots, request.quantity);
      if (!holds) {
        const available = lots.reduce((sum, lot) => sum + Math.max(lot.available, 0), 0);
        throw new NotEnoughStockToHold(product.id, request.quantity, available);
      }
      const id = randomUUID();
      await this.sales.insert(
        tx,
        {
          id,
          product,
          quantity: request.quantity,
          unitPriceCents: request.unitPriceCents,
          reason: request.reason,
          note: request.note ?? null,
          endsAt,
          openedBy: `${caller.role}:${caller.organisationId}`,
          openedAt: now,
        },
        holds,
      );
      await this.outbox.append(
        tx,
        event(
          EmergencySaleOpened,
          {
            saleId: id,
            productId: product.id,
            producerId: product.producerId,
            countyCode: product.countyCode,
            category: product.category,
            quantity: request.quantity,
            unitPriceCents: request.unitPriceCents,
            reason: request.reason,
            endsAt: endsAt.toISOString(),
            note: request.note ?? null,
            openedAt: now.toISOString(),
          },
          now,
        ),
      );
      await this.stockLevels.announce(tx, [product.id], today, now);
      return toEmergencySaleView((await this.sales.find(tx, id, today))!);
    });
  }

  async get(caller: Principal, id: string): Promise<EmergencySaleView> {
    return this.dataSource.transaction(async (tx) =>
      toEmergencySaleView(await this.visible(tx, caller, id, this.clock.today())),
    );
  }

  /** Newest first: open sales for everyone, closed ones for those who answer for them. */
  async list(caller: Principal, query: ListEmergencySalesQuery): Promise<Page<EmergencySaleView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const filters: SaleFilters = {
      status: query.status,
      countyCode: query.countyCode,
      category: query.category,
      closedOf: this.closedSalesVisibleTo(caller),
      after: query.cursor ? creationPosition(query.cursor) : undefined,
      limit,
    };
    const rows = await this.dataSource.transaction((tx) => this.sales.list(tx, filters, this.clock.today()));
    return pageOf(rows, limit, (row) => [row.position, row.id], toEmergencySaleView);
  }

  /** By hand: the producer, the county's official or an administrator; a closed sale is a 409. */
  async closeByHand(caller: Principal, id: string): Promise<EmergencySaleView> {
    return this.dataSource.transaction(async (tx) => {
      const today = this.clock.today();
      const sale = await this.visible(tx, caller, id, today);
      if (!answersForSale(caller, sale)) throw new NotFoundError('emergency sale', id);
      await this.close(tx, id, 'hand');
      return toEmergencySaleView((await this.sales.find(tx, id, today))!);
    });
  }

  /**
   * Closes every open sale whose end has come. Each sale closes in its own transaction after its
   * lots are locked (the order reservations lock them in), so replicas sweeping together close a
   * sale once: the second finds it closed and moves on.
   */
  async closeEnded(): Promise<number> {
    let closed = 0;
    for (;;) {
      const now = this.clock.now();
      const due = await this.dataSource.transaction((tx) => this.sales.due(tx, now, SWEEP_BATCH));
      for (const sale of due) {
        const done = await this.dataSource.transaction((tx) => this.close(tx, sale.id, 'ended', true));
        if (done) closed += 1;
      }
      if (due.length < SWEEP_BATCH) break;
    }
    if (closed > 0) this.logger.log({ msg: 'emergency sales closed at their end', closed });
    return closed;
  }

  /**
   * Moves an open sale to closed, gives what it still holds back to ordinary stock and announces
   * it. The product's lots are locked before the sale, as reservations do. With `quietly`, a sale
   * that is closed already is left as it is (a sweep racing another); otherwise it is a 409.
   */
  async close(tx: EntityManager, id: string, by: EmergencySaleCloser, quietly = false): Promise<boolean> {
    const now = this.clock.now();
    const today = utcDay(now);
    const productId = await this.sales.productOfSale(tx, id);
    if (!productId) throw new NotFoundError('emergency sale', id);
    await this.sales.lockLotsOfProduct(tx, productId, today);
    const [sale] = await this.sales.lockSales(tx, [id]);
    if (quietly && sale.status === 'closed') return false;
    nextSaleStatus(id, sale.status, by);
    await this.closeLocked(tx, { id, productId, soldQuantity: sale.soldQuantity }, by, now, today);
    return true;
  }

  /** Closes the sales a reservation just emptied (their lots and rows are locked by it). */
  async closeSoldOut(tx: EntityManager, saleIds: readonly string[], now: Date, today: string): Promise<void> {
    for (const sale of await this.sales.lockSales(tx, saleIds)) {
      nextSaleStatus(sale.id, sale.status, 'sold_out');
      await this.closeLocked(tx, sale, 'sold_out', now, today);
    }
  }

  private async closeLocked(
    tx: EntityManager,
    sale: { id: string; productId: string; soldQuantity: number },
    by: EmergencySaleCloser,
    now: Date,
    today: string,
  ): Promise<void> {
    const unsold = await this.sales.close(tx, sale.id, by, now);
    await this.outbox.append(
      tx,
      event(
        EmergencySaleClosed,
        {
          saleId: sale.id,
          productId: sale.productId,
          soldQuantity: sale.soldQuantity,
          unsoldQuantity: unsold,
          closedBy: by,
          closedAt: now.toISOString(),
        },
        now,
      ),
    );
    if (unsold > 0) await this.stockLevels.announce(tx, [sale.productId], today, now);
  }

  private async visible(
    tx: EntityManager,
    caller: Principal,
    id: string,
    today: string,
  ): Promise<EmergencySaleRow> {
    const sale = await this.sales.find(tx, id, today);
    if (!sale || !canSeeSale(caller, sale)) throw new NotFoundError('emergency sale', id);
    return sale;
  }

  private closedSalesVisibleTo(caller: Principal): SaleFilters['closedOf'] {
    if (caller.role === 'admin') return null;
    if (caller.role === 'producer' && /^[0-9a-f-]{36}$/i.test(caller.organisationId))
      return { producerId: caller.organisationId };
    if (caller.role === 'county_official') return { countyCode: caller.organisationId };
    return undefined;
  }
}
