import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrderRejected, type LotRecalledData, type Principal, type StockSettledData } from '@hb/contracts';
import { event } from '@hb/messaging';
import {
  Clock,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  type Page,
  RequestValidationError,
} from '@hb/platform';
import { OrderLifecycle } from '../orders/order-lifecycle';
import { canTransition } from '../orders/order-status';
import { OrderLotsRepository } from './order-lots.repository';
import type { ListRecallsQuery, RecallView } from './recall.dto';
import { RecallMarks } from './recall-marks';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Orders' side of a lot recall, and the recalls a buyer is shown. */
@Injectable()
export class RecallsService {
  private readonly logger = new Logger(RecallsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: OrderLifecycle,
    private readonly lots: OrderLotsRepository,
    private readonly marks: RecallMarks,
    private readonly clock: Clock,
  ) {}

  async lotRecalled(tx: EntityManager, recalled: LotRecalledData): Promise<void> {
    const marked = await this.marks.lotRecalled(
      tx,
      {
        lotId: recalled.lotId,
        productId: recalled.productId,
        class: recalled.class,
        reason: recalled.reason,
        recalledAt: new Date(recalled.recalledAt),
      },
      this.clock.now(),
    );
    this.logger.log({ msg: 'lot recalled; orders marked', lotId: recalled.lotId, marked });
  }

  /**
   * Catalog released an order's reservation because a lot it held was recalled before catalog saw
   * the order confirmed: the order is rejected (reason `recalled`), even if orders confirmed it
   * meanwhile (logistics then cancels its shipments). An order already on its way keeps going; the
   * recall marks it like every other order the lot reached.
   */
  async reservationLostToRecall(tx: EntityManager, released: StockSettledData): Promise<void> {
    if (released.reason !== 'recalled' || !released.lotId) return;
    await this.lots.lockLots(tx, [released.lotId]);
    const order = await this.lifecycle.lock(tx, released.orderId);
    if (!order) {
      this.logger.warn({ msg: 'recall release for an unknown order; skipped', orderId: released.orderId });
      return;
    }
    if (!canTransition(order.status, 'recalled')) {
      this.logger.warn({
        msg: 'recall release does not fit the order any more; skipped',
        orderId: order.id,
        status: order.status,
      });
      return;
    }
    const lineNos = (await this.lots.lineLotsOf(tx, order.id, released.lotId)).map((lot) => lot.lineNo);
    const reasons = this.marks.rejectionReasons(
      order,
      lineNos.length > 0 ? lineNos : order.lines.map((line) => line.lineNo),
    );
    await this.lifecycle.move(
      tx,
      order,
      'recalled',
      { rejectionReasons: reasons },
      event(OrderRejected, { orderId: order.id, buyerId: order.buyerId, reasons }),
    );
    const known = await this.lots.recalledAmong(tx, [released.lotId]);
    await this.marks.orderReachedByRecalled(tx, order.id, known, this.clock.now());
  }

  /** Buyers see their own; administrators every buyer's (or one's, `buyerId`). Newest first. */
  async list(caller: Principal, query: ListRecallsQuery): Promise<Page<RecallView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    if (query.cursor) this.checkCursor(query.cursor);
    const buyerId = caller.role === 'admin' ? (query.buyerId ?? null) : caller.organisationId;
    const rows = await this.dataSource.transaction((tx) =>
      this.lots.listRecalls(tx, { buyerId, lotId: query.lotId, cursor: query.cursor, limit }),
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((row) => ({
        orderId: row.order_id,
        lotId: row.lot_id,
        productId: row.product_id,
        buyerId: row.buyer_id,
        class: row.class,
        reason: row.reason,
        recalledAt: row.recalled_at.toISOString(),
        markedAt: row.marked_at.toISOString(),
        quantity: row.quantity,
        orderStatusWhenFound: row.status_when_found,
        refusedQuantity: row.refused_quantity,
        refundCents: Number(row.refund_cents),
        reversedCents: Number(row.reversed_cents),
      })),
      nextCursor:
        rows.length > limit && last ? encodeCursor([last.position, last.order_id, last.lot_id]) : null,
    };
  }

  /** A cursor's parts reach SQL as a timestamp and uuids: anything else is a 400, never a 500. */
  private checkCursor(cursor: string): void {
    const [position, orderId, lotId] = decodeCursor(cursor, 3);
    const time =
      typeof position === 'string' && /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(position)
        ? new Date(position)
        : null;
    const valid =
      time !== null &&
      !Number.isNaN(time.getTime()) &&
      time.toISOString().slice(0, 19) === String(position).slice(0, 19) &&
      typeof orderId === 'string' &&
      UUID.test(orderId) &&
      typeof lotId === 'string' &&
      UUID.test(lotId);
    if (!valid) {
      throw new RequestValidationError([
        { field: 'cursor', messages: ['cursor is not one this API gave out'] },
      ]);
    }
  }
}
