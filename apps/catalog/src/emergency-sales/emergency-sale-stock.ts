import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RejectedLine, ReservedLine } from '@hb/contracts';
import { allocateFirstExpiryFirstOut, type Allocation } from '../stock/first-expiry-first-out';
import { EmergencySaleRepository } from './emergency-sale.repository';

/** An order line that names an emergency sale. */
export interface SaleLine {
  readonly productId: string;
  readonly quantity: number;
  readonly emergencySaleId: string;
}

/** What the sales of an order can give: the lines to reserve, or why not. */
export interface SalePlan {
  readonly reserved: ReservedLine[];
  readonly reasons: RejectedLine[];
  readonly takes: { saleId: string; productId: string; lots: Allocation[] }[];
}

/**
 * The emergency-sale side of reserving an order: each sale line is served from its sale's held
 * units (first expiry first), never from ordinary stock, and the whole order is reserved or none of
 * it. The caller holds the lots of every product of the order (locked first expiry first); the
 * sales are locked after them, the order every path takes (lots, then sales).
 */
@Injectable()
export class EmergencySaleStock {
  constructor(private readonly sales: EmergencySaleRepository) {}

  async plan(tx: EntityManager, lines: readonly SaleLine[], today: string, now: Date): Promise<SalePlan> {
    const plan: SalePlan = { reserved: [], reasons: [], takes: [] };
    if (lines.length === 0) return plan;
    const saleIds = lines.map((line) => line.emergencySaleId);
    const sales = new Map((await this.sales.lockSales(tx, saleIds)).map((sale) => [sale.id, sale]));
    const held = await this.sales.heldLots(tx, saleIds, today);
    for (const line of lines) {
      const sale = sales.get(line.emergencySaleId);
      const base = {
        productId: line.productId,
        requested: line.quantity,
        emergencySaleId: line.emergencySaleId,
      };
      if (!sale || sale.productId !== line.productId) {
        plan.reasons.push({ ...base, reason: 'unknown' });
        continue;
      }
      if (sale.status !== 'open' || sale.endsAt.getTime() <= now.getTime()) {
        plan.reasons.push({ ...base, reason: 'sale_closed' });
        continue;
      }
      const lots = held.filter((lot) => lot.saleId === sale.id);
      const allocations = allocateFirstExpiryFirstOut(lots, line.quantity);
      if (!allocations) {
        const available = lots.reduce((sum, lot) => sum + lot.available, 0);
        plan.reasons.push({ ...base, reason: 'insufficient', available });
        continue;
      }
      plan.takes.push({ saleId: sale.id, productId: sale.productId, lots: allocations });
      plan.reserved.push({ productId: line.productId, quantity: line.quantity, lots: allocations });
    }
    return plan;
  }

  /**
   * Takes the planned units out of the sales' holds (before the caller reserves them for the order);
   * returns the sales left with nothing to sell, for the caller to close as sold out.
   */
  async take(tx: EntityManager, orderId: string, plan: SalePlan, today: string): Promise<string[]> {
    for (const take of plan.takes) {
      await this.sales.takeFromSale(tx, orderId, { id: take.saleId, productId: take.productId }, take.lots);
    }
    const saleIds = plan.takes.map((take) => take.saleId);
    const left = await this.sales.heldLots(tx, saleIds, today);
    return saleIds.filter((id) => !left.some((lot) => lot.saleId === id));
  }

  /**
   * Compensation of `take`, after the order's reservation was released: units of a sale still open
   * go back to it, on the lots they came from; a closed sale's stay in ordinary stock.
   */
  async giveBack(
    tx: EntityManager,
    orderId: string,
    released: readonly { product_id: string; lot_id: string; quantity: number }[],
    blockedLotIds: ReadonlySet<string> = new Set(),
  ): Promise<void> {
    const bought = await this.sales.salesOfOrder(tx, orderId);
    if (bought.length === 0) return;
    const open = new Set(
      (
        await this.sales.lockSales(
          tx,
          bought.map((sale) => sale.saleId),
        )
      )
        .filter((sale) => sale.status === 'open')
        .map((sale) => sale.id),
    );
    for (const sale of bought.filter((candidate) => open.has(candidate.saleId))) {
      const lots = released
        .filter((row) => row.product_id === sale.productId)
        .map((row) => ({ lotId: row.lot_id, quantity: row.quantity }));
      const soldBack = lots.reduce((sum, lot) => sum + lot.quantity, 0);
      await this.sales.giveBackToSale(
        tx,
        sale.saleId,
        lots.filter((lot) => !blockedLotIds.has(lot.lotId)),
        soldBack,
      );
    }
  }
}
