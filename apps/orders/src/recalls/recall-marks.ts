import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RecallNotified, type OrderStatus, type RejectedLine } from '@hb/contracts';
import { event, Outbox, type NewEvent } from '@hb/messaging';
import { ReliefLedgerService } from '../relief/relief-ledger.service';
import type { Order } from '../orders/order.entity';
import { OrderLotsRepository, type NewMark, type RecalledLot } from './order-lots.repository';

/** Not yet accepted: what came from the lot is refused when the order is settled. */
const NOT_YET_ACCEPTED: readonly OrderStatus[] = ['CONFIRMED', 'IN_TRANSIT', 'DELIVERED'];
/** Accepted: what came from the lot is refunded now, and reversed in the relief ledger. */
const ACCEPTED: readonly OrderStatus[] = ['COMPLETED', 'DISPUTED', 'RESOLVED'];

/**
 * What a recalled lot does to the orders it reached: each is marked once, lines not yet accepted lose
 * the lot's quantity (refused, so refunded, when the order is settled: it never counts as relief),
 * lines already accepted are refunded for it at once with a reversal entry where they counted as
 * relief, and each buyer is told once per lot (`orders.order.recallNotified.v1`).
 */
@Injectable()
export class RecallMarks {
  constructor(
    private readonly lots: OrderLotsRepository,
    private readonly ledger: ReliefLedgerService,
    private readonly outbox: Outbox,
  ) {}

  async lotRecalled(tx: EntityManager, lot: RecalledLot, at: Date): Promise<number> {
    await this.lots.lockLots(tx, [lot.lotId]);
    await this.lots.recordRecalledLot(tx, lot);
    const marks = await this.lots.markOrdersReachedBy(tx, lot.lotId, at);
    await this.apply(tx, lot, marks, at);
    return marks.length;
  }

  /** An order whose lots became known after their recall (its reservation was answered late). */
  async orderReachedByRecalled(
    tx: EntityManager,
    orderId: string,
    lots: readonly RecalledLot[],
    at: Date,
  ): Promise<void> {
    for (const lot of lots)
      await this.apply(tx, lot, await this.lots.markOrdersReachedBy(tx, lot.lotId, at, orderId), at);
  }

  /** The reasons an order rejected by a recall shows: each line that held the lot. */
  rejectionReasons(order: Order, lineNos: readonly number[]): RejectedLine[] {
    return order.lines
      .filter((line) => lineNos.includes(line.lineNo))
      .map((line) => ({ productId: line.productId, reason: 'recalled' as const, requested: line.quantity }));
  }

  private async apply(
    tx: EntityManager,
    lot: RecalledLot,
    marks: readonly NewMark[],
    at: Date,
  ): Promise<void> {
    if (marks.length === 0) return;
    await this.lots.refuseNotYetAccepted(
      tx,
      lot.lotId,
      marks.filter((mark) => NOT_YET_ACCEPTED.includes(mark.status_when_found)).map((mark) => mark.order_id),
    );
    const reversals: NewEvent[] = [];
    for (const mark of marks.filter((candidate) => ACCEPTED.includes(candidate.status_when_found))) {
      reversals.push(...(await this.refundAccepted(tx, mark.order_id, lot, at)));
    }
    const byBuyer = new Map<string, NewMark[]>();
    for (const mark of marks) byBuyer.set(mark.buyer_id, [...(byBuyer.get(mark.buyer_id) ?? []), mark]);
    const notices = [...byBuyer].map(([buyerId, orders]) =>
      event(RecallNotified, {
        buyerId,
        lotId: lot.lotId,
        productId: lot.productId,
        class: lot.class,
        reason: lot.reason,
        orders: orders.map((mark) => ({
          orderId: mark.order_id,
          status: mark.status_when_found,
          quantity: mark.quantity,
        })),
        notifiedAt: at.toISOString(),
      }),
    );
    await this.outbox.append(tx, ...reversals, ...notices);
  }

  private async refundAccepted(
    tx: EntityManager,
    orderId: string,
    lot: RecalledLot,
    at: Date,
  ): Promise<NewEvent[]> {
    const order = await this.lots.lockOrderWithLines(tx, orderId);
    if (!order) return [];
    const refunded = await this.lots.refundedPerLine(tx, orderId);
    const refunds = (await this.lots.lineLotsOf(tx, orderId, lot.lotId)).map(({ lineNo, quantity }) => {
      const line = order.lines.find((candidate) => candidate.lineNo === lineNo)!;
      const unitPrice = Number(line.unitPriceCents);
      const accepted = line.acceptedQuantity ?? 0;
      const taken = Math.max(0, Math.min(quantity, accepted - line.recalledQuantity));
      const refundable = Math.max(0, accepted * unitPrice - (refunded.get(lineNo) ?? 0));
      return { lineNo, quantity: taken, amountCents: Math.min(taken * unitPrice, refundable) };
    });
    const counted = new Set(
      order.lines
        .filter((line) => line.reliefEligible && (line.acceptedQuantity ?? 0) > 0)
        .map((line) => line.lineNo),
    );
    const reversedCents = refunds
      .filter((refund) => counted.has(refund.lineNo))
      .reduce((sum, refund) => sum + refund.amountCents, 0);
    await this.lots.refundAccepted(tx, orderId, lot.lotId, refunds, reversedCents, at);
    return this.ledger.reverseRefunds(
      tx,
      order,
      refunds
        .filter((refund) => refund.amountCents > 0)
        .map(({ lineNo, amountCents }) => ({ lineNo, amountCents })),
      `lot ${lot.lotId} recalled (class ${lot.class}): ${lot.reason}`,
      at,
    );
  }
}
