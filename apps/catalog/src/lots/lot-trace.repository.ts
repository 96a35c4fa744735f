import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RecallClass } from '@hb/contracts';

export interface TracedLotRow {
  id: string;
  product_id: string;
  producer_id: string;
  county_code: string;
  /** The product's GTIN (14 digits), if it has one. */
  gtin: string | null;
  quantity: number;
  harvested_on: string;
  expires_on: string;
  reserved: number;
  committed: number;
  blocked: number;
  recalled_at: Date | null;
  recall_class: RecallClass | null;
  recall_reason: string | null;
}

export interface LotReservationRow {
  order_id: string;
  buyer_id: string | null;
  quantity: number;
  state: 'reserved' | 'released' | 'committed';
  confirmed_at: Date | null;
}

const LOT_COLUMNS = `l.id, l.product_id, p.producer_id, pr.county_code, p.gtin, l.quantity,
  to_char(l.harvested_on, 'YYYY-MM-DD') AS harvested_on, to_char(l.expires_on, 'YYYY-MM-DD') AS expires_on,
  l.reserved, l.committed, l.blocked, l.recalled_at, l.recall_class, l.recall_reason`;

/** Every SQL statement of lot traces and recalls; each takes the caller's transaction. */
@Injectable()
export class LotTraceRepository {
  async find(tx: EntityManager, lotId: string): Promise<TracedLotRow | null> {
    const [row] = await tx.query<TracedLotRow[]>(
      `SELECT ${LOT_COLUMNS}
         FROM lots l JOIN products p ON p.id = l.product_id JOIN producers pr ON pr.id = p.producer_id
        WHERE l.id = $1`,
      [lotId],
    );
    return row ?? null;
  }

  /**
   * Locks the lots of the given products in the order reserve() locks them (product, first expiry),
   * so that a recall and the reservations racing it serialise without deadlock.
   */
  async lockLotsOf(tx: EntityManager, productIds: readonly string[]): Promise<void> {
    await tx.query(
      `SELECT id FROM lots WHERE product_id = ANY($1::uuid[])
        ORDER BY product_id, expires_on, harvested_on, id FOR UPDATE`,
      [[...new Set(productIds)]],
    );
  }

  /** The products of the orders not yet confirmed that hold the lot: their lots are locked before the release. */
  async productsOfUnconfirmedOrdersHolding(tx: EntityManager, lotId: string): Promise<string[]> {
    const rows = await tx.query<{ product_id: string }[]>(
      `SELECT DISTINCT held.product_id
         FROM reservations r
         JOIN stock_decisions d ON d.order_id = r.order_id AND d.state = 'reserved' AND d.confirmed_at IS NULL
         JOIN reservations held ON held.order_id = r.order_id
        WHERE r.lot_id = $1`,
      [lotId],
    );
    return rows.map((row) => row.product_id);
  }

  async unconfirmedOrdersHolding(tx: EntityManager, lotId: string): Promise<string[]> {
    const rows = await tx.query<{ order_id: string }[]>(
      `SELECT r.order_id
         FROM reservations r
         JOIN stock_decisions d ON d.order_id = r.order_id AND d.state = 'reserved' AND d.confirmed_at IS NULL
        WHERE r.lot_id = $1
        ORDER BY r.order_id`,
      [lotId],
    );
    return rows.map((row) => row.order_id);
  }

  /**
   * Marks the lot recalled and blocks what is left of it, what emergency sales held of it included (those
   * units leave the sales: a sale never sells a recalled lot).
   */
  async markRecalled(
    tx: EntityManager,
    lotId: string,
    recall: { class: RecallClass; reason: string; at: Date },
  ): Promise<void> {
    await tx.query(
      `UPDATE lots SET recalled_at = $2, recall_class = $3, recall_reason = $4,
                       blocked = quantity - reserved - committed, held = 0
        WHERE id = $1`,
      [lotId, recall.at, recall.class, recall.reason],
    );
    await tx.query(`UPDATE emergency_sale_lots SET held = 0 WHERE lot_id = $1`, [lotId]);
  }

  async reservationsOf(tx: EntityManager, lotId: string): Promise<LotReservationRow[]> {
    return tx.query<LotReservationRow[]>(
      `SELECT r.order_id, d.buyer_id, r.quantity, d.state, d.confirmed_at
         FROM reservations r JOIN stock_decisions d ON d.order_id = r.order_id
        WHERE r.lot_id = $1
        ORDER BY d.decided_at, r.order_id`,
      [lotId],
    );
  }

  /** Catalog saw the order confirmed: a later recall leaves its reservation in place. */
  async markConfirmed(tx: EntityManager, orderId: string, at: Date): Promise<void> {
    await tx.query(
      `UPDATE stock_decisions SET confirmed_at = COALESCE(confirmed_at, $2) WHERE order_id = $1`,
      [orderId, at],
    );
  }
}
