import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  StockCommitted,
  StockReleased,
  StockReservationRejected,
  StockReserved,
  type OrderPlacedData,
  type RejectedLine,
  type ReservedLine,
} from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import { Clock, utcDay } from '@hb/platform';
import { EmergencySaleStock, type SaleLine } from '../emergency-sales/emergency-sale-stock';
import { EmergencySalesService } from '../emergency-sales/emergency-sales.service';
import { allocateFirstExpiryFirstOut } from './first-expiry-first-out';
import type { StockDecisionState } from './stock-decision.entity';
import { StockLevels } from './stock-levels';
import { StockRepository, type HeldRow } from './stock.repository';

/**
 * Reserves stock for orders: every line or none, first-expiry-first-out across unexpired lots, and
 * releases or commits it later. The saga step and its compensation live together here.
 *
 * Concurrency: the lots of all products of an order are locked (FOR UPDATE) in one statement, in a
 * fixed order (product, then first expiry), so two orders racing for the last units serialise on the
 * same rows and the second one sees what the first took; a fixed lock order means no deadlock.
 */
@Injectable()
export class StockReservationsService {
  private readonly logger = new Logger(StockReservationsService.name);

  constructor(
    private readonly outbox: Outbox,
    private readonly stockLevels: StockLevels,
    private readonly saleStock: EmergencySaleStock,
    private readonly emergencySales: EmergencySalesService,
    private readonly clock: Clock,
    private readonly stock: StockRepository,
  ) {}

  async reserve(
    tx: EntityManager,
    order: OrderPlacedData,
    now = this.clock.now(),
  ): Promise<'reserved' | 'rejected' | 'already decided'> {
    const today = utcDay(now);

    // Lines bought from an emergency sale take the sale's held units, never ordinary stock.
    const saleLines: SaleLine[] = order.lines.flatMap(({ productId, quantity, emergencySaleId }) =>
      emergencySaleId ? [{ productId, quantity, emergencySaleId }] : [],
    );
    const requested = new Map<string, number>();
    for (const line of order.lines.filter((candidate) => !candidate.emergencySaleId))
      requested.set(line.productId, (requested.get(line.productId) ?? 0) + line.quantity);
    const ordinaryProductIds = [...requested.keys()].sort();
    const productIds = [...new Set(order.lines.map((line) => line.productId))].sort();

    // An order is decided once, even if it is placed again under a new event id (the inbox only
    // deduplicates event ids); its events share a partition, so no two decisions race.
    const inputs = await this.stock.decisionProductsAndLots(tx, order.orderId, productIds, today);
    if (inputs.decided) return 'already decided';
    const products = new Map(inputs.products.map((row) => [row.id, row]));
    const { lots } = inputs;

    const fromSales = await this.saleStock.plan(tx, saleLines, today, now);
    const reasons: RejectedLine[] = [...fromSales.reasons];
    const reserved: ReservedLine[] = [...fromSales.reserved];
    for (const productId of ordinaryProductIds) {
      const quantity = requested.get(productId)!;
      const product = products.get(productId);
      if (!product) {
        reasons.push({ productId, reason: 'unknown', requested: quantity });
        continue;
      }
      if (product.status !== 'listed') {
        reasons.push({ productId, reason: 'delisted', requested: quantity });
        continue;
      }
      if (quantity < product.min_order_quantity) {
        reasons.push({
          productId,
          reason: 'below_minimum',
          requested: quantity,
          minimum: product.min_order_quantity,
        });
        continue;
      }
      const candidates = lots
        .filter((lot) => lot.product_id === productId)
        .map((lot) => ({
          id: lot.id,
          available: lot.available,
          expiresOn: lot.expires_on,
          harvestedOn: lot.harvested_on,
        }));
      const allocations = allocateFirstExpiryFirstOut(candidates, quantity);
      const harvests = new Map(candidates.map((lot) => [lot.id, lot.harvestedOn]));
      if (!allocations) {
        const available = candidates.reduce((sum, lot) => sum + Math.max(lot.available, 0), 0);
        reasons.push({ productId, reason: 'insufficient', requested: quantity, available });
        continue;
      }
      reserved.push({
        productId,
        quantity,
        lots: allocations.map(({ lotId, quantity: q, expiresOn }) => ({
          lotId,
          quantity: q,
          harvestedOn: harvests.get(lotId),
          expiresOn,
        })),
      });
    }

    // A rejection is written with its event, in one round trip.
    if (reasons.length > 0) {
      await this.outbox.appendWith(
        tx,
        [this.stock.decisionStatement(order.orderId, 'rejected', null)],
        event(StockReservationRejected, { orderId: order.orderId, reasons }),
      );
      return 'rejected';
    }

    const soldOut = await this.saleStock.take(tx, order.orderId, fromSales, today);
    const holds = reserved.flatMap((line) =>
      line.lots.map((lot) => ({
        orderId: order.orderId,
        lotId: lot.lotId,
        productId: line.productId,
        quantity: lot.quantity,
      })),
    );
    // The decision, the stock change and the stock it leaves in one round trip; its events in another.
    const levels = await this.stock.reserve(tx, order, holds, productIds, today);
    await this.outbox.append(
      tx,
      event(StockReserved, { orderId: order.orderId, lines: reserved }),
      ...this.stockLevels.events(levels),
    );
    // A sold-out sale holds nothing: closing it gives no units back to sellable lots, so the levels
    // announced above stay true.
    await this.emergencySales.closeSoldOut(tx, soldOut, now, today);
    return 'reserved';
  }

  /**
   * Compensation of `reserve`: the lots get back what a cancelled order held. What goes back to a
   * recalled lot is blocked with the rest of it, never sold again. A recall releases the orders not
   * yet confirmed that held the lot (`recalledLotId`).
   */
  async release(tx: EntityManager, orderId: string, recalledLotId?: string): Promise<boolean> {
    const held = await this.settle(tx, orderId, 'released');
    if (!held) return false;
    // Units of a recalled lot stay blocked: they never go back to an emergency sale either.
    const blocked = await this.stock.release(tx, held);
    await this.saleStock.giveBack(tx, orderId, held, blocked);
    await this.outbox.append(
      tx,
      event(StockReleased, {
        orderId,
        lines: this.linesOf(held),
        ...(recalledLotId
          ? { reason: 'recalled' as const, lotId: recalledLotId }
          : { reason: 'cancelled' as const }),
      }),
    );
    await this.stockLevels.announce(tx, this.productsOf(held));
    return true;
  }

  /** A completed order's reservation becomes a sale: reserved units turn into committed ones. */
  async commit(tx: EntityManager, orderId: string): Promise<boolean> {
    const held = await this.settle(tx, orderId, 'committed');
    if (!held) return false;
    await this.stock.commit(tx, held);
    await this.outbox.append(tx, event(StockCommitted, { orderId, lines: this.linesOf(held) }));
    await this.stockLevels.announce(tx, this.productsOf(held));
    return true;
  }

  /** Moves a `reserved` decision to its final state; returns what the order held, or null if it held nothing. */
  private async settle(
    tx: EntityManager,
    orderId: string,
    to: StockDecisionState,
  ): Promise<HeldRow[] | null> {
    const state = await this.stock.lockDecision(tx, orderId);
    if (state !== 'reserved') {
      this.logger.log({
        msg: `nothing to ${to === 'released' ? 'release' : 'commit'}`,
        orderId,
        state: state ?? 'none',
      });
      return null;
    }
    await this.stock.updateDecision(tx, orderId, to);
    return this.stock.lockHeld(tx, orderId);
  }

  private productsOf(held: HeldRow[]): string[] {
    return [...new Set(held.map((row) => row.product_id))].sort();
  }

  private linesOf(held: HeldRow[]): { productId: string; quantity: number }[] {
    const totals = new Map<string, number>();
    for (const row of held) totals.set(row.product_id, (totals.get(row.product_id) ?? 0) + row.quantity);
    return [...totals].map(([productId, quantity]) => ({ productId, quantity }));
  }
}
