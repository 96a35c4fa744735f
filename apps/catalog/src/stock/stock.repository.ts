import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LotExpiredData, ProductCategory } from '@hb/contracts';
import type { SqlStatement } from '@hb/messaging';
import { preparedQuery } from '@hb/platform';
import type { StockDecisionState } from './stock-decision.entity';

export interface ProductRow {
  id: string;
  status: string;
  min_order_quantity: number;
}

export interface LotRow {
  id: string;
  product_id: string;
  available: number;
  expires_on: string;
  harvested_on: string;
}

export interface HeldRow {
  product_id: string;
  lot_id: string;
  quantity: number;
}

export interface Hold {
  lotId: string;
  productId: string;
  quantity: number;
}

export interface StockLevelRow {
  product_id: string;
  producer_id: string;
  county_code: string;
  category: ProductCategory;
  lots: { lotId: string; available: number; expiresOn: string }[];
  reserved: number;
}

/**
 * The stock of some products (`productIds`, `today`: parameters) with a WITH query `hold(lot_id,
 * quantity)` of units about to be reserved added to their lots' reserved units.
 */
const levelsAfterHolds = (productIds: string, today: string) => `
  SELECT p.id AS product_id, p.producer_id, pr.county_code, p.category,
         COALESCE(jsonb_agg(jsonb_build_object('lotId', l.id, 'available', l.quantity - (l.reserved + COALESCE(h.quantity, 0)) - l.committed - l.held - l.blocked,
                                               'expiresOn', to_char(l.expires_on, 'YYYY-MM-DD'))
                            ORDER BY l.expires_on, l.harvested_on, l.id)
                    FILTER (WHERE l.expires_on >= ${today}::date AND l.quantity - (l.reserved + COALESCE(h.quantity, 0)) - l.committed - l.held - l.blocked > 0), '[]') AS lots,
         COALESCE(sum(l.reserved + COALESCE(h.quantity, 0)) FILTER (WHERE l.expires_on >= ${today}::date), 0)::int AS reserved
    FROM products p JOIN producers pr ON pr.id = p.producer_id
    LEFT JOIN lots l ON l.product_id = p.id
    LEFT JOIN (SELECT lot_id, sum(quantity)::int AS quantity FROM hold GROUP BY lot_id) AS h ON h.lot_id = l.id
   WHERE p.id = ANY(${productIds}::uuid[])
   GROUP BY p.id, p.producer_id, pr.county_code, p.category
   ORDER BY p.id`;

// Named prepared statements (see preparedQuery): each name stands for its text alone.
const RESERVE = `
  WITH decision AS (
    INSERT INTO stock_decisions (order_id, state, buyer_id) VALUES ($1, 'reserved', $2)
  ), hold AS (
    SELECT * FROM unnest($3::uuid[], $4::uuid[], $5::int[]) AS hold(lot_id, product_id, quantity)
  ), held AS (
    UPDATE lots SET reserved = lots.reserved + hold.quantity FROM hold WHERE lots.id = hold.lot_id
  ), reservation AS (
    INSERT INTO reservations (order_id, lot_id, product_id, quantity)
    SELECT $1, lot_id, product_id, quantity FROM hold
  )
  ${levelsAfterHolds('$6', '$7')}`;

// The subqueries are evaluated in the order written: the products' locks, then the lots'.
const DECISION_PRODUCTS_AND_LOTS = `
  SELECT EXISTS (SELECT 1 FROM stock_decisions WHERE order_id = $1) AS decided,
         COALESCE((SELECT json_agg(p ORDER BY p.id)
                     FROM (SELECT id, status, min_order_quantity FROM products
                            WHERE id = ANY($2::uuid[]) ORDER BY id FOR SHARE) AS p), '[]') AS products,
         COALESCE((SELECT json_agg(l)
                     FROM (SELECT id, product_id, quantity - reserved - committed - held - blocked AS available,
                                  expires_on, harvested_on
                             FROM lots
                            WHERE product_id = ANY($2::uuid[]) AND expires_on >= $3::date AND recalled_at IS NULL
                            ORDER BY product_id, expires_on, harvested_on, id
                              FOR UPDATE) AS l), '[]') AS lots`;

/**
 * Lots, reservations and stock decisions. Every statement runs in the caller's transaction; lots are
 * always locked in the same order (product, first expiry, harvest, id), so that no two orders deadlock.
 */
@Injectable()
export class StockRepository {
  /**
   * Whether the order has a stock decision already; the products, locked against change (FOR SHARE);
   * and their unexpired, unrecalled lots with what each has left to sell, locked (FOR UPDATE, in the
   * order of the class comment, after the products): one round trip. A lot another order holds is
   * waited for and then read as that order left it.
   */
  async decisionProductsAndLots(
    tx: EntityManager,
    orderId: string,
    productIds: readonly string[],
    today: string,
  ): Promise<{ decided: boolean; products: ProductRow[]; lots: LotRow[] }> {
    const [row] = await preparedQuery<{ decided: boolean; products: ProductRow[]; lots: LotRow[] }>(
      tx,
      'catalog_reservation_inputs',
      DECISION_PRODUCTS_AND_LOTS,
      [orderId, productIds, today],
    );
    return row;
  }

  /**
   * The lots get back what the order held; what goes back to a recalled lot is blocked with the rest
   * of it. Answers the ids of those recalled lots.
   */
  async release(tx: EntityManager, held: readonly HeldRow[]): Promise<Set<string>> {
    // An UPDATE answers [rows, count] through TypeORM.
    const [recalled] = await tx.query<[{ id: string | null }[], number]>(
      `UPDATE lots SET reserved = lots.reserved - hold.quantity,
                       blocked = lots.blocked + CASE WHEN lots.recalled_at IS NULL THEN 0 ELSE hold.quantity END
         FROM unnest($1::uuid[], $2::int[]) AS hold(lot_id, quantity)
        WHERE lots.id = hold.lot_id
        RETURNING CASE WHEN lots.recalled_at IS NULL THEN NULL ELSE lots.id END AS id`,
      [held.map((row) => row.lot_id), held.map((row) => row.quantity)],
    );
    return new Set(recalled.flatMap((row) => (row.id ? [row.id] : [])));
  }

  /** Reserved units the order held turn into committed ones. */
  async commit(tx: EntityManager, held: readonly HeldRow[]): Promise<void> {
    await tx.query(
      `UPDATE lots SET reserved = lots.reserved - hold.quantity, committed = lots.committed + hold.quantity
         FROM unnest($1::uuid[], $2::int[]) AS hold(lot_id, quantity)
        WHERE lots.id = hold.lot_id`,
      [held.map((row) => row.lot_id), held.map((row) => row.quantity)],
    );
  }

  /** The order's stock decision, as a statement for the outbox to run with the decision's event. */
  decisionStatement(orderId: string, state: StockDecisionState, buyerId: string | null): SqlStatement {
    return {
      text: `INSERT INTO stock_decisions (order_id, state, buyer_id) VALUES ($1, $2, $3)`,
      values: [orderId, state, buyerId],
    };
  }

  /** The order's decision, locked; null if there is none. */
  async lockDecision(tx: EntityManager, orderId: string): Promise<StockDecisionState | null> {
    const [decision] = await tx.query<{ state: StockDecisionState }[]>(
      `SELECT state FROM stock_decisions WHERE order_id = $1 FOR UPDATE`,
      [orderId],
    );
    return decision?.state ?? null;
  }

  async updateDecision(tx: EntityManager, orderId: string, state: StockDecisionState): Promise<void> {
    await tx.query(`UPDATE stock_decisions SET state = $2, updated_at = now() WHERE order_id = $1`, [
      orderId,
      state,
    ]);
  }

  /** What the order holds, its lots locked in the same order as `lockSellableLots`. */
  async lockHeld(tx: EntityManager, orderId: string): Promise<HeldRow[]> {
    return tx.query<HeldRow[]>(
      `SELECT r.product_id, r.lot_id, r.quantity
         FROM reservations r JOIN lots l ON l.id = r.lot_id
        WHERE r.order_id = $1
        ORDER BY l.product_id, l.expires_on, l.harvested_on, l.id
          FOR UPDATE OF l`,
      [orderId],
    );
  }

  /** Each product's stock: the lots with units left to sell on `today` (first expiry first) and what is reserved. */
  async levelsOf(tx: EntityManager, productIds: readonly string[], today: string): Promise<StockLevelRow[]> {
    return tx.query<StockLevelRow[]>(
      `WITH hold AS (SELECT NULL::uuid AS lot_id, 0 AS quantity WHERE false)
       ${levelsAfterHolds('$1', '$2')}`,
      [[...new Set(productIds)], today],
    );
  }

  /**
   * Reserves the order's holds in one round trip: its `reserved` decision, the lots' reserved units,
   * the reservations; and answers the stock of `productIds` as it is once they are written (the
   * statement's own reads see the lots as they were before it, so the holds are added to them).
   */
  async reserve(
    tx: EntityManager,
    order: { orderId: string; buyerId: string },
    holds: readonly Hold[],
    productIds: readonly string[],
    today: string,
  ): Promise<StockLevelRow[]> {
    return preparedQuery<StockLevelRow>(tx, 'catalog_reserve', RESERVE, [
      order.orderId,
      order.buyerId,
      holds.map((hold) => hold.lotId),
      holds.map((hold) => hold.productId),
      holds.map((hold) => hold.quantity),
      [...new Set(productIds)],
      today,
    ]);
  }

  /**
   * Lots past their last day of sale not yet announced, oldest first, locked; replicas skip each
   * other's (SKIP LOCKED).
   */
  async lockExpiredUnannounced(
    tx: EntityManager,
    today: string,
    limit: number,
  ): Promise<(Omit<LotExpiredData, 'category'> & { category: LotExpiredData['category'] })[]> {
    return tx.query(
      `SELECT l.id AS "lotId", l.product_id AS "productId", p.producer_id AS "producerId",
              pr.county_code AS "countyCode", p.category, l.quantity,
              GREATEST(l.quantity - l.reserved - l.committed - l.blocked, 0) AS "quantityLeft",
              to_char(l.expires_on, 'YYYY-MM-DD') AS "expiresOn"
         FROM lots l JOIN products p ON p.id = l.product_id JOIN producers pr ON pr.id = p.producer_id
        WHERE NOT l.expiry_announced AND l.expires_on < $1::date
        ORDER BY l.expires_on, l.id LIMIT $2 FOR UPDATE OF l SKIP LOCKED`,
      [today, limit],
    );
  }

  async markExpiryAnnounced(tx: EntityManager, lotIds: readonly string[]): Promise<void> {
    await tx.query(`UPDATE lots SET expiry_announced = true WHERE id = ANY($1::uuid[])`, [lotIds]);
  }
}
