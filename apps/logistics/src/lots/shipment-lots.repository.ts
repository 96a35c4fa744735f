import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LotRecalledData, RecallClass, ReservedLot } from '@hb/contracts';

export interface ShipmentLot {
  shipmentId: string;
  lotId: string;
  productId: string;
  quantity: number;
  harvestedOn: string | null;
  expiresOn: string;
  /** The GTIN of the lot's product (14 digits), if it has one. */
  gtin: string | null;
}

export interface TracedLot {
  lotId: string;
  productId: string;
  producerId: string;
  harvestedOn: string | null;
  expiresOn: string;
  gtin: string | null;
  recall: { class: RecallClass; reason: string; at: Date } | null;
}

/** Every SQL statement about the lots shipments carry; each takes the caller's transaction or manager. */
@Injectable()
export class ShipmentLotsRepository {
  /** The lots of one shipment's lines, as the confirmed order names them. */
  async record(
    tx: EntityManager,
    shipmentId: string,
    producerId: string,
    lots: readonly (ReservedLot & { productId: string; gtin: string | null })[],
  ): Promise<void> {
    if (lots.length === 0) return;
    // The latest order's GTIN wins: a product given a GTIN after its first shipments names its lots by it from then on.
    await tx.query(
      `INSERT INTO traced_lots (lot_id, product_id, producer_id, harvested_on, expires_on, gtin)
       SELECT DISTINCT ON (lot_id) lot_id, product_id, $1::uuid, harvested_on, expires_on, gtin
         FROM unnest($2::uuid[], $3::uuid[], $4::date[], $5::date[], $6::char(14)[])
              AS l(lot_id, product_id, harvested_on, expires_on, gtin)
       ON CONFLICT (lot_id) DO UPDATE SET harvested_on = COALESCE(traced_lots.harvested_on, EXCLUDED.harvested_on),
                                          gtin = COALESCE(EXCLUDED.gtin, traced_lots.gtin)`,
      [
        producerId,
        lots.map((lot) => lot.lotId),
        lots.map((lot) => lot.productId),
        lots.map((lot) => lot.harvestedOn ?? null),
        lots.map((lot) => lot.expiresOn),
        lots.map((lot) => lot.gtin),
      ],
    );
    await tx.query(
      `INSERT INTO shipment_lots (shipment_id, lot_id, product_id, quantity)
       SELECT $1, lot_id, product_id, sum(quantity)::int
         FROM unnest($2::uuid[], $3::uuid[], $4::int[]) AS l(lot_id, product_id, quantity)
        GROUP BY lot_id, product_id
       ON CONFLICT DO NOTHING`,
      [
        shipmentId,
        lots.map((lot) => lot.lotId),
        lots.map((lot) => lot.productId),
        lots.map((lot) => lot.quantity),
      ],
    );
  }

  async lotsOf(manager: EntityManager, shipmentIds: readonly string[]): Promise<ShipmentLot[]> {
    if (shipmentIds.length === 0) return [];
    const rows = await manager.query<
      {
        shipment_id: string;
        lot_id: string;
        product_id: string;
        quantity: number;
        harvested_on: string | null;
        expires_on: string;
        gtin: string | null;
      }[]
    >(
      `SELECT sl.shipment_id, sl.lot_id, sl.product_id, sl.quantity, t.gtin,
              to_char(t.harvested_on, 'YYYY-MM-DD') AS harvested_on, to_char(t.expires_on, 'YYYY-MM-DD') AS expires_on
         FROM shipment_lots sl JOIN traced_lots t ON t.lot_id = sl.lot_id
        WHERE sl.shipment_id = ANY($1::uuid[])
        ORDER BY sl.shipment_id, t.expires_on, sl.lot_id`,
      [shipmentIds],
    );
    return rows.map((row) => ({
      shipmentId: row.shipment_id,
      lotId: row.lot_id,
      productId: row.product_id,
      quantity: row.quantity,
      harvestedOn: row.harvested_on,
      expiresOn: row.expires_on,
      gtin: row.gtin,
    }));
  }

  async tracedLot(manager: EntityManager, lotId: string): Promise<TracedLot | null> {
    const [row] = await manager.query<
      {
        lot_id: string;
        product_id: string;
        producer_id: string;
        harvested_on: string | null;
        expires_on: string;
        gtin: string | null;
        recall_class: RecallClass | null;
        recall_reason: string | null;
        recalled_at: Date | null;
      }[]
    >(
      `SELECT lot_id, product_id, producer_id, to_char(harvested_on, 'YYYY-MM-DD') AS harvested_on,
              to_char(expires_on, 'YYYY-MM-DD') AS expires_on, gtin, recall_class, recall_reason, recalled_at
         FROM traced_lots WHERE lot_id = $1`,
      [lotId],
    );
    if (!row) return null;
    return {
      lotId: row.lot_id,
      productId: row.product_id,
      producerId: row.producer_id,
      harvestedOn: row.harvested_on,
      expiresOn: row.expires_on,
      gtin: row.gtin,
      recall:
        row.recalled_at && row.recall_class
          ? { class: row.recall_class, reason: row.recall_reason ?? '', at: row.recalled_at }
          : null,
    };
  }

  /** Shipments carrying the lot, oldest first. */
  async shipmentIdsCarrying(manager: EntityManager, lotId: string): Promise<string[]> {
    const rows = await manager.query<{ shipment_id: string }[]>(
      `SELECT sl.shipment_id FROM shipment_lots sl JOIN shipments s ON s.id = sl.shipment_id
        WHERE sl.lot_id = $1 ORDER BY s.created_at, s.id`,
      [lotId],
    );
    return rows.map((row) => row.shipment_id);
  }

  /** Remembers the recall, and marks the shipments carrying the lot that are still moving; returns those. */
  async recordRecall(tx: EntityManager, recalled: LotRecalledData): Promise<string[]> {
    await tx.query(
      `INSERT INTO traced_lots (lot_id, product_id, producer_id, harvested_on, expires_on, recall_class, recall_reason, recalled_at, gtin)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (lot_id) DO UPDATE SET recall_class = EXCLUDED.recall_class, recall_reason = EXCLUDED.recall_reason,
                                          recalled_at = EXCLUDED.recalled_at,
                                          harvested_on = COALESCE(traced_lots.harvested_on, EXCLUDED.harvested_on),
                                          gtin = COALESCE(EXCLUDED.gtin, traced_lots.gtin)`,
      [
        recalled.lotId,
        recalled.productId,
        recalled.producerId,
        recalled.harvestedOn,
        recalled.expiresOn,
        recalled.class,
        recalled.reason,
        recalled.recalledAt,
        recalled.gtin ?? null,
      ],
    );
    const rows = await tx.query<{ id: string }[]>(
      `UPDATE shipments s SET recalled_at = COALESCE(s.recalled_at, $2), updated_at = now()
        WHERE s.id IN (SELECT sl.shipment_id FROM shipment_lots sl WHERE sl.lot_id = $1)
          AND s.status NOT IN ('delivered', 'cancelled', 'held')
       RETURNING s.id`,
      [recalled.lotId, recalled.recalledAt],
    );
    return rows.map((row) => row.id);
  }
}
