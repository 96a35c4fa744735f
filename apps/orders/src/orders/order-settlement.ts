import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  OrderCompleted,
  OrderDisputed,
  OrderDisputeResolved,
  type ColdChainVerdict,
  type SettledBy,
} from '@hb/contracts';
import { event } from '@hb/messaging';
import { Clock } from '@hb/platform';

import { ReliefLedgerService } from '../relief/relief-ledger.service';
import {
  AcceptedMoreThanOrdered,
  BreachedColdChainError,
  LineNamedTwice,
  LineNotInOrder,
  NoOverrideToGive,
  RecalledQuantityNotAcceptable,
  RefundAboveAccepted,
  RefundDoesNotFitResolution,
} from './order-errors';
import { OrderLifecycle } from './order-lifecycle';
import { OrderLine } from './order-line.entity';
import { OrderRefund } from './order-refund.entity';
import { nextStatus } from './order-status';
import type { Order } from './order.entity';
import { OrderRepository } from './order.repository';
import type { AcceptLineRequest, ResolveDisputeRequest } from './order.dto';
import { allocateRefund } from './refund-allocation';

const SEVERITY: Record<ColdChainVerdict, number> = { ok: 0, excursion: 1, breached: 2 };

/**
 * Settles delivered orders, by their buyer or by the auto-acceptance sweep, and resolves disputes.
 * The cold chain decides what may count as relief: a line from a shipment that breached it is kept
 * only with a reason the buyer gives, and is then reported apart from relief.
 */
@Injectable()
export class OrderSettlement {
  constructor(
    private readonly lifecycle: OrderLifecycle,
    private readonly ledger: ReliefLedgerService,
    private readonly clock: Clock,
    private readonly orders: OrderRepository,
  ) {}

  /** The worst verdict of the delivered shipments of each producer of the order. */
  async verdictsByProducer(tx: EntityManager, orderId: string): Promise<Map<string, ColdChainVerdict>> {
    const verdicts = new Map<string, ColdChainVerdict>();
    for (const { producerId, verdict } of await this.orders.deliveredVerdicts(tx, orderId)) {
      const known = verdicts.get(producerId);
      if (!known || SEVERITY[verdict] > SEVERITY[known]) verdicts.set(producerId, verdict);
    }
    return verdicts;
  }

  /**
   * Accepts a delivered order: lines as decided (those not named are kept whole); a line kept in part
   * disputes the order and the refused quantity is refunded. 409 unless delivered; 422 for a line
   * that is not in the order, more than was ordered, or a breached line kept without a reason.
   */
  async settle(
    tx: EntityManager,
    order: Order,
    decisions: readonly AcceptLineRequest[],
    settledBy: SettledBy,
  ): Promise<Order> {
    nextStatus(order.status, 'acceptAll'); // only a delivered order can be settled (409 otherwise)
    const verdicts = await this.verdictsByProducer(tx, order.id);
    const decided = new Map<string, AcceptLineRequest>();
    for (const decision of decisions) {
      const line = order.lines.find((candidate) => candidate.productId === decision.productId);
      if (!line) throw new LineNotInOrder(decision.productId);
      if (decided.has(decision.productId)) throw new LineNamedTwice(decision.productId);
      if ((decision.acceptedQuantity ?? 0) > line.quantity) {
        throw new AcceptedMoreThanOrdered(decision.productId, decision.acceptedQuantity ?? 0, line.quantity);
      }
      if ((decision.acceptedQuantity ?? 0) > line.quantity - line.recalledQuantity) {
        throw new RecalledQuantityNotAcceptable(
          decision.productId,
          line.quantity - line.recalledQuantity,
          line.recalledQuantity,
        );
      }
      if (decision.overrideReason !== undefined && verdicts.get(line.producerId) !== 'breached') {
        throw new NoOverrideToGive(decision.productId);
      }
      decided.set(decision.productId, decision);
    }
    for (const line of order.lines) {
      const decision = decided.get(line.productId);
      // What recalled lots brought is refused whatever the buyer says: it is refunded, never relief.
      line.acceptedQuantity = decision?.acceptedQuantity ?? line.quantity - line.recalledQuantity;
      line.coldChainVerdict = verdicts.get(line.producerId) ?? null;
      line.overrideReason = line.acceptedQuantity > 0 ? (decision?.overrideReason ?? null) : null;
    }
    const unexplained = order.lines.filter(
      (line) => line.coldChainVerdict === 'breached' && line.acceptedQuantity! > 0 && !line.overrideReason,
    );
    if (unexplained.length > 0) {
      throw new BreachedColdChainError(
        unexplained.map(({ productId, producerId, quantity }) => ({ productId, producerId, quantity })),
      );
    }
    const disputed = order.lines.filter((line) => line.acceptedQuantity! < line.quantity);
    const refundOf = (line: OrderLine) => (line.quantity - line.acceptedQuantity!) * line.unitPriceCents;
    const refundCents = disputed.reduce((sum, line) => sum + refundOf(line), 0);
    for (const line of order.lines) {
      await tx.update(
        OrderLine,
        { orderId: order.id, lineNo: line.lineNo },
        {
          acceptedQuantity: line.acceptedQuantity,
          coldChainVerdict: line.coldChainVerdict,
          overrideReason: line.overrideReason,
        },
      );
    }
    const now = this.clock.now();
    const reliefEvents = await this.ledger.recordAcceptance(tx, order, now);
    const outcome =
      disputed.length > 0
        ? event(OrderDisputed, {
            orderId: order.id,
            buyerId: order.buyerId,
            refundCents,
            settledBy,
            lines: disputed.map((line) => ({
              productId: line.productId,
              orderedQuantity: line.quantity,
              acceptedQuantity: line.acceptedQuantity!,
              refundCents: refundOf(line),
            })),
          })
        : event(OrderCompleted, {
            orderId: order.id,
            buyerId: order.buyerId,
            settledBy,
            lines: order.lines.map((line) => ({
              productId: line.productId,
              acceptedQuantity: line.acceptedQuantity!,
            })),
          });
    return this.lifecycle.move(
      tx,
      order,
      disputed.length > 0 ? 'acceptPart' : 'acceptAll',
      { refundCents, acceptedAt: now, settledBy },
      outcome,
      ...reliefEvents,
    );
  }

  /**
   * Settles an order nobody answered for: sound lines kept, lines from a breached shipment refused,
   * so that spoiled goods never count as relief by default.
   */
  async settleUnanswered(tx: EntityManager, order: Order): Promise<Order> {
    const verdicts = await this.verdictsByProducer(tx, order.id);
    const refused = order.lines
      .filter((line) => verdicts.get(line.producerId) === 'breached')
      .map((line) => ({ productId: line.productId, acceptedQuantity: 0 }));
    return this.settle(tx, order, refused, 'auto');
  }

  /**
   * Closes a dispute. A refund comes on top of the refused quantities (already refunded when the
   * order was accepted): it is spread over the accepted lines, recorded per line, and reversed in
   * the relief ledger for the lines that counted.
   */
  async resolveDispute(tx: EntityManager, order: Order, request: ResolveDisputeRequest): Promise<Order> {
    nextStatus(order.status, 'resolveDispute'); // only a disputed order (409 otherwise)
    const refundCents = request.refundCents ?? 0;
    if (request.resolution === 'refund' ? refundCents < 1 : refundCents !== 0) {
      throw new RefundDoesNotFitResolution(request.resolution, refundCents);
    }
    const accepted = order.lines.map((line) => ({
      lineNo: line.lineNo,
      refundableCents: (line.acceptedQuantity ?? 0) * line.unitPriceCents,
    }));
    const refundable = accepted.reduce((sum, line) => sum + line.refundableCents, 0);
    if (refundCents > refundable) {
      throw new RefundAboveAccepted(refundCents, refundable);
    }
    const now = this.clock.now();
    const refunds = allocateRefund(accepted, refundCents);
    if (refunds.length > 0) {
      await tx.insert(
        OrderRefund,
        refunds.map((refund) => ({ id: randomUUID(), orderId: order.id, ...refund, refundedAt: now })),
      );
    }
    const reversals = await this.ledger.reverseRefunds(
      tx,
      order,
      refunds,
      `dispute resolved with a refund: ${request.note}`,
      now,
    );
    return this.lifecycle.move(
      tx,
      order,
      'resolveDispute',
      {
        refundCents: order.refundCents + refundCents,
        resolution: request.resolution,
        resolutionNote: request.note,
        resolvedAt: now,
      },
      event(OrderDisputeResolved, {
        orderId: order.id,
        buyerId: order.buyerId,
        resolution: request.resolution,
        refundCents,
        note: request.note,
        resolvedAt: now.toISOString(),
      }),
      ...reversals,
    );
  }
}
