import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { OrderStatus, RecallClass } from '@hb/contracts';
import { decodeCursor } from '@hb/platform';
import { OrderLine } from '../orders/order-line.entity';
import { Order } from '../orders/order.entity';

export interface LineLot {
  orderId: string;
  lineNo: number;
  lotId: string;
  quantity: number;
  harvestedOn: string | null;
  expiresOn: string;
}

export interface RecalledLot {
  lotId: string;
  productId: string;
  class: RecallClass;
  reason: string;
  recalledAt: Date;
}

export interface OrderRecallRow {
  order_id: string;
  lot_id: string;
  product_id: string;
  buyer_id: string;
  quantity: number;
  status_when_found: OrderStatus;
  refused_quantity: number;
  refund_cents: string;
  reversed_cents: string;
  marked_at: Date;
  class: RecallClass;
  reason: string;
  recalled_at: Date;
}

export interface NewMark {
  order_id: string;
  buyer_id: string;
  quantity: number;
  status_when_found: OrderStatus;
}

interface RecalledRow {
  lot_id: string;
  product_id: string;
  class: RecallClass;
  reason: string;
  recalled_at: Date;
}

const recalledLot = (row: RecalledRow): RecalledLot => ({
  lotId: row.lot_id,
  productId: row.product_id,
  class: row.class,
  reason: row.reason,
  recalledAt: row.recalled_at,
});

const RECALL_COLUMNS = `r.order_id, r.lot_id, l.product_id, r.buyer_id, r.quantity, r.status_when_found,
  r.refused_quantity, r.refund_cents, r.reversed_cents, r.marked_at, l.class, l.reason, l.recalled_at`;

/**
 * A query that takes the advisory lock of each lot of `lotIds` (an SQL expression of type text[]) in one
 * order and answers how many it took: see `OrderLotsRepository.lockLots`.
 */
export const lotLocks = (lotIds: string) =>
  `SELECT count(pg_advisory_xact_lock(hashtext('lot:' || id))) AS locked
     FROM (SELECT DISTINCT unnest(${lotIds}::text[]) AS id ORDER BY 1) AS lots`;

/** Every SQL statement about the lots of orders and their recalls; each takes the caller's transaction. */
@Injectable()
export class OrderLotsRepository {
  /**
   * Records the lots each line was reserved from and answers those of them that were recalled, in one
   * round trip (the caller holds the lots' locks: see `lockLots`).
   */
  async recordLineLots(tx: EntityManager, lots: readonly LineLot[]): Promise<RecalledLot[]> {
    if (lots.length === 0) return [];
    const rows = await tx.query<RecalledRow[]>(
      `WITH recorded AS (
         INSERT INTO order_line_lots (order_id, line_no, lot_id, quantity, harvested_on, expires_on)
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::int[], $5::date[], $6::date[])
         ON CONFLICT DO NOTHING
       )
       SELECT lot_id, product_id, class, reason, recalled_at FROM recalled_lots WHERE lot_id = ANY($3::uuid[])`,
      [
        lots.map((lot) => lot.orderId),
        lots.map((lot) => lot.lineNo),
        lots.map((lot) => lot.lotId),
        lots.map((lot) => lot.quantity),
        lots.map((lot) => lot.harvestedOn),
        lots.map((lot) => lot.expiresOn),
      ],
    );
    return rows.map(recalledLot);
  }

  async lotsOf(tx: EntityManager, orderIds: readonly string[]): Promise<LineLot[]> {
    if (orderIds.length === 0) return [];
    const rows = await tx.query<
      {
        order_id: string;
        line_no: number;
        lot_id: string;
        quantity: number;
        harvested_on: string | null;
        expires_on: string;
      }[]
    >(
      `SELECT order_id, line_no, lot_id, quantity, to_char(harvested_on, 'YYYY-MM-DD') AS harvested_on,
              to_char(expires_on, 'YYYY-MM-DD') AS expires_on
         FROM order_line_lots WHERE order_id = ANY($1::uuid[])
        ORDER BY order_id, line_no, expires_on, lot_id`,
      [orderIds],
    );
    return rows.map((row) => ({
      orderId: row.order_id,
      lineNo: row.line_no,
      lotId: row.lot_id,
      quantity: row.quantity,
      harvestedOn: row.harvested_on,
      expiresOn: row.expires_on,
    }));
  }

  /**
   * Holds, until the transaction ends, the lock of each lot (in one order, so that two holders never
   * wait for each other). A lot's recall and an order's reservation from it arrive on different
   * topics and may be handled at the same instant: each takes the lot's lock before it reads what the
   * other writes, so the second sees the first (without it, neither sees the other and the order is
   * never marked).
   */
  async lockLots(tx: EntityManager, lotIds: readonly string[]): Promise<void> {
    if (lotIds.length === 0) return;
    await tx.query(lotLocks('$1'), [lotIds]);
  }

  async recalledAmong(tx: EntityManager, lotIds: readonly string[]): Promise<RecalledLot[]> {
    if (lotIds.length === 0) return [];
    const rows = await tx.query<RecalledRow[]>(
      `SELECT lot_id, product_id, class, reason, recalled_at FROM recalled_lots WHERE lot_id = ANY($1::uuid[])`,
      [lotIds],
    );
    return rows.map(recalledLot);
  }

  async recordRecalledLot(tx: EntityManager, lot: RecalledLot): Promise<void> {
    await tx.query(
      `INSERT INTO recalled_lots (lot_id, product_id, class, reason, recalled_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (lot_id) DO NOTHING`,
      [lot.lotId, lot.productId, lot.class, lot.reason, lot.recalledAt],
    );
  }

  /**
   * Marks the orders the lot reached (every one holding it but cancelled ones, which took nothing),
   * once each; returns the orders marked now. `onlyOrderId` marks one order (its lots came after the recall).
   */
  async markOrdersReachedBy(
    tx: EntityManager,
    lotId: string,
    at: Date,
    onlyOrderId: string | null = null,
  ): Promise<NewMark[]> {
    return tx.query<NewMark[]>(
      `INSERT INTO order_recalls (order_id, lot_id, buyer_id, quantity, status_when_found, marked_at)
       SELECT o.id, $1, o.buyer_id, sum(oll.quantity)::int, o.status, $2
         FROM order_line_lots oll JOIN orders o ON o.id = oll.order_id
        WHERE oll.lot_id = $1 AND o.status <> 'CANCELLED' AND ($3::uuid IS NULL OR o.id = $3::uuid)
        GROUP BY o.id, o.buyer_id, o.status
        ORDER BY o.id
       ON CONFLICT (order_id, lot_id) DO NOTHING
       RETURNING order_id, buyer_id, quantity, status_when_found`,
      [lotId, at, onlyOrderId],
    );
  }

  /**
   * Lines of the orders just marked and not yet accepted lose what came from the lot; the buyer is
   * refunded for it at settlement. Two statements whatever the count, driven by the ids the marking
   * returned: joining the marks just inserted instead left the planner with the table's statistics
   * from before them (a few rows), and its nested loop over them was quadratic — a recall reaching
   * 10,000 orders ran past the statement timeout and was dead-lettered (bench/recall.ts).
   */
  async refuseNotYetAccepted(tx: EntityManager, lotId: string, orderIds: readonly string[]): Promise<void> {
    if (orderIds.length === 0) return;
    const fromTheLot = `SELECT oll.order_id, oll.line_no, oll.quantity
                          FROM unnest($2::uuid[]) AS marked(order_id)
                          JOIN order_line_lots oll ON oll.order_id = marked.order_id AND oll.lot_id = $1`;
    await tx.query(
      `UPDATE order_lines ol SET recalled_quantity = LEAST(ol.quantity, ol.recalled_quantity + taken.quantity)
         FROM (${fromTheLot}) AS taken
        WHERE ol.order_id = taken.order_id AND ol.line_no = taken.line_no`,
      [lotId, orderIds],
    );
    await tx.query(
      `UPDATE order_recalls target SET refused_quantity = x.quantity, refund_cents = x.cents
         FROM (SELECT taken.order_id, sum(taken.quantity)::int AS quantity,
                      sum(taken.quantity * ol.unit_price_cents) AS cents
                 FROM (${fromTheLot}) AS taken
                 JOIN order_lines ol ON ol.order_id = taken.order_id AND ol.line_no = taken.line_no
                GROUP BY taken.order_id) x
        WHERE target.order_id = x.order_id AND target.lot_id = $1`,
      [lotId, orderIds],
    );
  }

  async lockOrderWithLines(tx: EntityManager, orderId: string): Promise<Order | null> {
    const order = await tx.findOne(Order, { where: { id: orderId }, lock: { mode: 'pessimistic_write' } });
    if (!order) return null;
    order.lines = await tx.find(OrderLine, { where: { orderId }, order: { lineNo: 'ASC' } });
    return order;
  }

  async lineLotsOf(
    tx: EntityManager,
    orderId: string,
    lotId: string,
  ): Promise<{ lineNo: number; quantity: number }[]> {
    const rows = await tx.query<{ line_no: number; quantity: number }[]>(
      `SELECT line_no, quantity FROM order_line_lots WHERE order_id = $1 AND lot_id = $2 ORDER BY line_no`,
      [orderId, lotId],
    );
    return rows.map((row) => ({ lineNo: row.line_no, quantity: row.quantity }));
  }

  async refundedPerLine(tx: EntityManager, orderId: string): Promise<Map<number, number>> {
    const rows = await tx.query<{ line_no: number; cents: string }[]>(
      `SELECT line_no, sum(amount_cents) AS cents FROM order_refunds WHERE order_id = $1 GROUP BY line_no`,
      [orderId],
    );
    return new Map(rows.map((row) => [row.line_no, Number(row.cents)]));
  }

  /** An accepted order gives back what came from the lot: refunds per line, recalled quantities, its refund total. */
  async refundAccepted(
    tx: EntityManager,
    orderId: string,
    lotId: string,
    refunds: readonly { lineNo: number; quantity: number; amountCents: number }[],
    reversedCents: number,
    at: Date,
  ): Promise<void> {
    const paid = refunds.filter((refund) => refund.amountCents > 0);
    if (paid.length > 0) {
      await tx.query(
        `INSERT INTO order_refunds (id, order_id, line_no, amount_cents, refunded_at)
         SELECT id, $2, line_no, amount, $3 FROM unnest($1::uuid[], $4::int[], $5::bigint[]) AS r(id, line_no, amount)`,
        [
          paid.map(() => randomUUID()),
          orderId,
          at,
          paid.map((refund) => refund.lineNo),
          paid.map((refund) => refund.amountCents),
        ],
      );
    }
    for (const refund of refunds) {
      await tx.query(
        `UPDATE order_lines SET recalled_quantity = LEAST(quantity, recalled_quantity + $3) WHERE order_id = $1 AND line_no = $2`,
        [orderId, refund.lineNo, refund.quantity],
      );
    }
    const refundCents = refunds.reduce((sum, refund) => sum + refund.amountCents, 0);
    await tx.query(`UPDATE orders SET refund_cents = refund_cents + $2 WHERE id = $1`, [
      orderId,
      refundCents,
    ]);
    await tx.query(
      `UPDATE order_recalls SET refused_quantity = $3, refund_cents = $4, reversed_cents = $5
        WHERE order_id = $1 AND lot_id = $2`,
      [orderId, lotId, refunds.reduce((sum, refund) => sum + refund.quantity, 0), refundCents, reversedCents],
    );
  }

  async recallsOf(tx: EntityManager, orderIds: readonly string[]): Promise<OrderRecallRow[]> {
    if (orderIds.length === 0) return [];
    return tx.query<OrderRecallRow[]>(
      `SELECT ${RECALL_COLUMNS} FROM order_recalls r JOIN recalled_lots l ON l.lot_id = r.lot_id
        WHERE r.order_id = ANY($1::uuid[]) ORDER BY l.recalled_at, r.lot_id`,
      [orderIds],
    );
  }

  /** Newest first, keyset on (marked_at, order_id, lot_id); `buyerId` null lists every buyer's. */
  async listRecalls(
    tx: EntityManager,
    filter: { buyerId: string | null; lotId?: string; cursor?: string; limit: number },
  ): Promise<(OrderRecallRow & { position: string })[]> {
    const [markedAt, orderId, lotId] = filter.cursor ? decodeCursor(filter.cursor, 3) : [null, null, null];
    return tx.query(
      `SELECT ${RECALL_COLUMNS}, to_char(r.marked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS position
         FROM order_recalls r JOIN recalled_lots l ON l.lot_id = r.lot_id
        WHERE ($1::text IS NULL OR r.buyer_id = $1)
          AND ($2::uuid IS NULL OR r.lot_id = $2::uuid)
          AND ($3::timestamptz IS NULL OR (r.marked_at, r.order_id, r.lot_id) < ($3::timestamptz, $4::uuid, $5::uuid))
        ORDER BY r.marked_at DESC, r.order_id DESC, r.lot_id DESC
        LIMIT $6`,
      [filter.buyerId, filter.lotId ?? null, markedAt, orderId, lotId, filter.limit + 1],
    );
  }
}
