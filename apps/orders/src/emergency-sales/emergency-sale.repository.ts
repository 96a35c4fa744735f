import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EmergencySaleClosedData, EmergencySaleOpenedData, EmergencySaleStatus } from '@hb/contracts';
import { createdAtText, type CreationPosition } from '@hb/platform';

/** An emergency sale as orders knows it from catalog's events. */
export interface KnownSale {
  id: string;
  productId: string;
  producerId: string;
  countyCode: string;
  unitPriceCents: number;
  endsAt: Date;
  status: EmergencySaleStatus;
}

export interface OfferRow {
  saleId: string;
  productId: string;
  productName: string | null;
  countyCode: string;
  quantity: number;
  unitPriceCents: number;
  reason: string;
  endsAt: Date;
  rank: number;
  behindPaceCents: number;
  remainingPledgeCents: number;
  offeredAt: Date;
  position: string;
}

/** All SQL of the emergency-sale read model and the offers sent to buyers. */
@Injectable()
export class EmergencySaleRepository {
  async recordOpened(tx: EntityManager, sale: EmergencySaleOpenedData): Promise<void> {
    await tx.query(
      `INSERT INTO catalog_emergency_sales (id, product_id, producer_id, county_code, category, quantity,
                                            unit_price_cents, reason, note, ends_at, status, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'open', $11)
       ON CONFLICT (id) DO NOTHING`,
      [
        sale.saleId,
        sale.productId,
        sale.producerId,
        sale.countyCode,
        sale.category,
        sale.quantity,
        sale.unitPriceCents,
        sale.reason,
        sale.note,
        sale.endsAt,
        sale.openedAt,
      ],
    );
  }

  async recordClosed(tx: EntityManager, sale: EmergencySaleClosedData): Promise<boolean> {
    const updated = await tx.query<unknown[]>(
      `UPDATE catalog_emergency_sales SET status = 'closed', sold_quantity = $2, unsold_quantity = $3,
              closed_by = $4, closed_at = $5
        WHERE id = $1 RETURNING 1`,
      [sale.saleId, sale.soldQuantity, sale.unsoldQuantity, sale.closedBy, sale.closedAt],
    );
    return updated.length > 0;
  }

  async find(tx: EntityManager, id: string): Promise<KnownSale | null> {
    const [row] = await tx.query<KnownSale[]>(
      `SELECT id, product_id AS "productId", producer_id AS "producerId", county_code AS "countyCode",
              unit_price_cents AS "unitPriceCents", ends_at AS "endsAt", status
         FROM catalog_emergency_sales WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async findMany(tx: EntityManager, ids: readonly string[]): Promise<Map<string, KnownSale>> {
    if (ids.length === 0) return new Map();
    const rows = await tx.query<KnownSale[]>(
      `SELECT id, product_id AS "productId", producer_id AS "producerId", county_code AS "countyCode",
              unit_price_cents AS "unitPriceCents", ends_at AS "endsAt", status
         FROM catalog_emergency_sales WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Records offers; returns the buyers that had none for this sale yet (a redelivery offers nothing twice). */
  async recordOffers(
    tx: EntityManager,
    saleId: string,
    offers: readonly {
      buyerId: string;
      rank: number;
      behindPaceCents: number;
      remainingPledgeCents: number;
    }[],
    at: Date,
  ): Promise<Set<string>> {
    if (offers.length === 0) return new Set();
    const rows = await tx.query<{ buyer_id: string }[]>(
      `INSERT INTO emergency_offers (sale_id, buyer_id, rank, behind_pace_cents, remaining_pledge_cents, offered_at)
       SELECT $1, buyer_id, rank, behind, remaining, $6
         FROM unnest($2::uuid[], $3::int[], $4::bigint[], $5::bigint[]) AS o(buyer_id, rank, behind, remaining)
       ON CONFLICT (sale_id, buyer_id) DO NOTHING RETURNING buyer_id`,
      [
        saleId,
        offers.map((offer) => offer.buyerId),
        offers.map((offer) => offer.rank),
        offers.map((offer) => offer.behindPaceCents),
        offers.map((offer) => offer.remainingPledgeCents),
        at,
      ],
    );
    return new Set(rows.map((row) => row.buyer_id));
  }

  /** A buyer's offers of sales still open, newest first. */
  async openOffersOf(
    tx: EntityManager,
    buyerId: string,
    now: Date,
    limit: number,
    after?: CreationPosition,
  ): Promise<OfferRow[]> {
    const params: unknown[] = [buyerId, now];
    const keyset = after ? `AND (o.offered_at, o.sale_id) < ($3::timestamptz, $4::uuid)` : '';
    if (after) params.push(after.createdAt, after.id);
    return tx.query<OfferRow[]>(
      `SELECT o.sale_id AS "saleId", s.product_id AS "productId", p.name AS "productName", s.county_code AS "countyCode",
              s.quantity, s.unit_price_cents AS "unitPriceCents", s.reason, s.ends_at AS "endsAt", o.rank,
              o.behind_pace_cents AS "behindPaceCents", o.remaining_pledge_cents AS "remainingPledgeCents",
              o.offered_at AS "offeredAt", ${createdAtText('o.offered_at')} AS position
         FROM emergency_offers o
         JOIN catalog_emergency_sales s ON s.id = o.sale_id
         LEFT JOIN catalog_products p ON p.id = s.product_id
        WHERE o.buyer_id = $1::uuid AND s.status = 'open' AND s.ends_at > $2 ${keyset}
        ORDER BY o.offered_at DESC, o.sale_id DESC LIMIT ${limit + 1}`,
      params,
    );
  }
}
