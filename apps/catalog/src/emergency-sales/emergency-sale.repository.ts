import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  EmergencySaleCloser,
  EmergencySaleReason,
  EmergencySaleStatus,
  ProductCategory,
  ProductStatus,
} from '@hb/contracts';
import { createdAtText, type CreationPosition } from '@hb/platform';
import type { AllocatableLot, Allocation } from '../stock/first-expiry-first-out';

/** An emergency sale as stored, with what it still holds on unexpired lots. */
export interface EmergencySaleRow {
  id: string;
  productId: string;
  productName: string;
  producerId: string;
  countyCode: string;
  category: ProductCategory;
  quantity: number;
  unitPriceCents: number;
  reason: EmergencySaleReason;
  note: string | null;
  endsAt: Date;
  status: EmergencySaleStatus;
  soldQuantity: number;
  heldQuantity: number;
  unsoldQuantity: number | null;
  closedBy: EmergencySaleCloser | null;
  openedAt: Date;
  closedAt: Date | null;
  /** Full-precision creation time for keyset paging. */
  position: string;
}

export interface ProductToSell {
  id: string;
  name: string;
  producerId: string;
  countyCode: string;
  category: ProductCategory;
  status: ProductStatus;
  lowestTierPriceCents: number;
}

/** A lot a sale holds units on, as the first-expiry-first-out allocator sees it. */
export interface HeldLot extends AllocatableLot {
  readonly saleId: string;
}

export interface SaleFilters {
  status?: EmergencySaleStatus;
  countyCode?: string;
  category?: ProductCategory;
  /** Closed sales only of this producer / county (null: every closed sale; undefined: none). */
  closedOf?: { producerId?: string; countyCode?: string } | null;
  after?: CreationPosition;
  limit: number;
}

const SALE_COLUMNS = `
  s.id, s.product_id AS "productId", p.name AS "productName", s.producer_id AS "producerId",
  s.county_code AS "countyCode", s.category, s.quantity, s.unit_price_cents::int AS "unitPriceCents",
  s.reason, s.note, s.ends_at AS "endsAt", s.status, s.sold_quantity AS "soldQuantity",
  CASE WHEN s.status = 'open' THEN coalesce((
    SELECT sum(h.held) FROM emergency_sale_lots h JOIN lots l ON l.id = h.lot_id
     WHERE h.sale_id = s.id AND l.expires_on >= $1::date), 0)::int ELSE 0 END AS "heldQuantity",
  s.unsold_quantity AS "unsoldQuantity", s.closed_by AS "closedBy", s.opened_at AS "openedAt",
  s.closed_at AS "closedAt", ${createdAtText('s.opened_at')} AS position`;

/** All SQL of emergency sales and the stock they hold; every method works in the caller's transaction. */
@Injectable()
export class EmergencySaleRepository {
  async productToSell(tx: EntityManager, productId: string): Promise<ProductToSell | null> {
    const [row] = await tx.query<ProductToSell[]>(
      `SELECT p.id, p.name, p.producer_id AS "producerId", pr.county_code AS "countyCode", p.category, p.status,
              (SELECT min((tier ->> 'unitPriceCents')::bigint) FROM jsonb_array_elements(p.price_tiers) tier)::int
                AS "lowestTierPriceCents"
         FROM products p JOIN producers pr ON pr.id = p.producer_id
        WHERE p.id = $1 FOR SHARE OF p`,
      [productId],
    );
    return row ?? null;
  }

  /**
   * Locks every lot of a product in the order reservations lock them (first expiry first), so a
   * sale opening or closing serialises with the orders racing for the same lots; returns the
   * unexpired ones with what ordinary orders could still take.
   */
  async lockLotsOfProduct(tx: EntityManager, productId: string, today: string): Promise<AllocatableLot[]> {
    const rows = await tx.query<(AllocatableLot & { expired: boolean })[]>(
      `SELECT id, quantity - reserved - committed - held - blocked AS available, to_char(expires_on, 'YYYY-MM-DD') AS "expiresOn",
              to_char(harvested_on, 'YYYY-MM-DD') AS "harvestedOn", expires_on < $2::date AS expired
         FROM lots WHERE product_id = $1
        ORDER BY product_id, expires_on, harvested_on, id FOR UPDATE`,
      [productId, today],
    );
    return rows.filter((lot) => !lot.expired);
  }

  async insert(
    tx: EntityManager,
    sale: {
      id: string;
      product: ProductToSell;
      quantity: number;
      unitPriceCents: number;
      reason: EmergencySaleReason;
      note: string | null;
      endsAt: Date;
      openedBy: string;
      openedAt: Date;
    },
    holds: readonly Allocation[],
  ): Promise<void> {
    await tx.query(
      `INSERT INTO emergency_sales (id, product_id, producer_id, county_code, category, quantity, unit_price_cents,
                                    reason, note, ends_at, opened_by, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        sale.id,
        sale.product.id,
        sale.product.producerId,
        sale.product.countyCode,
        sale.product.category,
        sale.quantity,
        sale.unitPriceCents,
        sale.reason,
        sale.note,
        sale.endsAt,
        sale.openedBy,
        sale.openedAt,
      ],
    );
    await tx.query(
      `INSERT INTO emergency_sale_lots (sale_id, lot_id, held)
       SELECT $1, lot_id, held FROM unnest($2::uuid[], $3::int[]) AS h(lot_id, held)`,
      [sale.id, holds.map((hold) => hold.lotId), holds.map((hold) => hold.quantity)],
    );
    await this.addToLots(tx, holds, +1);
  }

  async find(tx: EntityManager, id: string, today: string): Promise<EmergencySaleRow | null> {
    const [row] = await tx.query<EmergencySaleRow[]>(
      `SELECT ${SALE_COLUMNS} FROM emergency_sales s JOIN products p ON p.id = s.product_id WHERE s.id = $2`,
      [today, id],
    );
    return row ?? null;
  }

  /** Locks sales (by id, so that racing orders take them in one order) and returns their state. */
  async lockSales(
    tx: EntityManager,
    ids: readonly string[],
  ): Promise<
    {
      id: string;
      productId: string;
      status: EmergencySaleStatus;
      endsAt: Date;
      quantity: number;
      soldQuantity: number;
    }[]
  > {
    if (ids.length === 0) return [];
    return tx.query(
      `SELECT id, product_id AS "productId", status, ends_at AS "endsAt", quantity, sold_quantity AS "soldQuantity"
         FROM emergency_sales WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [[...new Set(ids)]],
    );
  }

  async productOfSale(tx: EntityManager, id: string): Promise<string | null> {
    const [row] = await tx.query<{ productId: string }[]>(
      `SELECT product_id AS "productId" FROM emergency_sales WHERE id = $1`,
      [id],
    );
    return row?.productId ?? null;
  }

  /** Newest first; `closedOf` says which closed sales the caller may see besides every open one. */
  async list(tx: EntityManager, filters: SaleFilters, today: string): Promise<EmergencySaleRow[]> {
    const where: string[] = [];
    const params: unknown[] = [today];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filters.status) where.push(`s.status = ${param(filters.status)}`);
    if (filters.countyCode) where.push(`s.county_code = ${param(filters.countyCode)}`);
    if (filters.category) where.push(`s.category = ${param(filters.category)}`);
    if (filters.closedOf === undefined) where.push(`s.status = 'open'`);
    else if (filters.closedOf !== null) {
      const owner = filters.closedOf.producerId
        ? `s.producer_id = ${param(filters.closedOf.producerId)}::uuid`
        : `s.county_code = ${param(filters.closedOf.countyCode)}`;
      where.push(`(s.status = 'open' OR ${owner})`);
    }
    if (filters.after) {
      where.push(
        `(s.opened_at, s.id) < (${param(filters.after.createdAt)}::timestamptz, ${param(filters.after.id)}::uuid)`,
      );
    }
    return tx.query<EmergencySaleRow[]>(
      `SELECT ${SALE_COLUMNS} FROM emergency_sales s JOIN products p ON p.id = s.product_id
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY s.opened_at DESC, s.id DESC LIMIT ${filters.limit + 1}`,
      params,
    );
  }

  /** Open sales whose end has come, oldest end first, skipping those another replica is closing. */
  async due(tx: EntityManager, now: Date, limit: number): Promise<{ id: string; productId: string }[]> {
    return tx.query(
      `SELECT id, product_id AS "productId" FROM emergency_sales
        WHERE status = 'open' AND ends_at <= $1 ORDER BY ends_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED`,
      [now],
    );
  }

  /** The unexpired lots the given sales hold units on, with how many. */
  async heldLots(tx: EntityManager, saleIds: readonly string[], today: string): Promise<HeldLot[]> {
    if (saleIds.length === 0) return [];
    return tx.query<HeldLot[]>(
      `SELECT h.sale_id AS "saleId", h.lot_id AS id, h.held AS available,
              to_char(l.expires_on, 'YYYY-MM-DD') AS "expiresOn", to_char(l.harvested_on, 'YYYY-MM-DD') AS "harvestedOn"
         FROM emergency_sale_lots h JOIN lots l ON l.id = h.lot_id
        WHERE h.sale_id = ANY($1::uuid[]) AND h.held > 0 AND l.expires_on >= $2::date`,
      [saleIds, today],
    );
  }

  /**
   * Moves units from a sale's hold to an order: the sale and its lots hold less; the caller then
   * reserves them for the order as any line (lots.reserved), after this so the lot never counts
   * a unit twice.
   */
  async takeFromSale(
    tx: EntityManager,
    orderId: string,
    sale: { id: string; productId: string },
    taken: readonly Allocation[],
  ): Promise<void> {
    const quantity = taken.reduce((sum, lot) => sum + lot.quantity, 0);
    await tx.query(
      `UPDATE emergency_sale_lots h SET held = h.held - t.quantity
         FROM unnest($2::uuid[], $3::int[]) AS t(lot_id, quantity)
        WHERE h.sale_id = $1 AND h.lot_id = t.lot_id`,
      [sale.id, taken.map((lot) => lot.lotId), taken.map((lot) => lot.quantity)],
    );
    await this.addToLots(tx, taken, -1);
    await tx.query(`UPDATE emergency_sales SET sold_quantity = sold_quantity + $2 WHERE id = $1`, [
      sale.id,
      quantity,
    ]);
    await tx.query(
      `INSERT INTO emergency_sale_orders (order_id, sale_id, product_id, quantity) VALUES ($1, $2, $3, $4)`,
      [orderId, sale.id, sale.productId, quantity],
    );
  }

  /** The sales an order bought from. */
  async salesOfOrder(
    tx: EntityManager,
    orderId: string,
  ): Promise<{ saleId: string; productId: string; quantity: number }[]> {
    return tx.query(
      `SELECT sale_id AS "saleId", product_id AS "productId", quantity FROM emergency_sale_orders
        WHERE order_id = $1 ORDER BY sale_id`,
      [orderId],
    );
  }

  /**
   * A cancelled order's units go back to its still-open sale, on the lots they came from; `soldBack`
   * units are no longer sold (more than `lots` when some came from a recalled lot, which keeps them).
   */
  async giveBackToSale(
    tx: EntityManager,
    saleId: string,
    lots: readonly Pick<Allocation, 'lotId' | 'quantity'>[],
    soldBack: number,
  ): Promise<void> {
    const quantity = soldBack;
    await tx.query(
      `INSERT INTO emergency_sale_lots (sale_id, lot_id, held)
       SELECT $1, lot_id, quantity FROM unnest($2::uuid[], $3::int[]) AS t(lot_id, quantity)
       ON CONFLICT (sale_id, lot_id) DO UPDATE SET held = emergency_sale_lots.held + EXCLUDED.held`,
      [saleId, lots.map((lot) => lot.lotId), lots.map((lot) => lot.quantity)],
    );
    await this.addToLots(tx, lots, +1);
    await tx.query(`UPDATE emergency_sales SET sold_quantity = sold_quantity - $2 WHERE id = $1`, [
      saleId,
      quantity,
    ]);
  }

  /**
   * Closes a (locked, open) sale: everything it still holds, expired lots included, goes back to the
   * lots' ordinary stock. Returns the units given back.
   */
  async close(tx: EntityManager, saleId: string, by: EmergencySaleCloser, at: Date): Promise<number> {
    const held = await tx.query<{ lotId: string; quantity: number }[]>(
      `SELECT lot_id AS "lotId", held AS quantity FROM emergency_sale_lots
        WHERE sale_id = $1 AND held > 0`,
      [saleId],
    );
    await this.addToLots(tx, held, -1);
    await tx.query(`UPDATE emergency_sale_lots SET held = 0 WHERE sale_id = $1`, [saleId]);
    const unsold = held.reduce((sum, lot) => sum + lot.quantity, 0);
    await tx.query(
      `UPDATE emergency_sales SET status = 'closed', closed_by = $2, closed_at = $3, unsold_quantity = $4
        WHERE id = $1`,
      [saleId, by, at, unsold],
    );
    return unsold;
  }

  private async addToLots(
    tx: EntityManager,
    lots: readonly Pick<Allocation, 'lotId' | 'quantity'>[],
    sign: 1 | -1,
  ) {
    if (lots.length === 0) return;
    await tx.query(
      `UPDATE lots SET held = lots.held + $3 * t.quantity
         FROM unnest($1::uuid[], $2::int[]) AS t(lot_id, quantity) WHERE lots.id = t.lot_id`,
      [lots.map((lot) => lot.lotId), lots.map((lot) => lot.quantity), sign],
    );
  }
}
