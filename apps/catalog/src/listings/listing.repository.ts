import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { createdAtText, creationPosition } from '@hb/platform';

export interface ListingRow {
  id: string;
  productId: string;
  externalSku: string;
  createdAtText: string;
}

/** Platforms' storefront listings; every statement runs in the caller's transaction. */
@Injectable()
export class ListingRepository {
  /** Writes the listing unless the platform already lists the product or uses the SKU; false if so. */
  async insertIfNew(
    tx: EntityManager,
    listing: { id: string; platformId: string; productId: string; externalSku: string },
  ): Promise<boolean> {
    const inserted = await tx.query<{ id: string }[]>(
      `INSERT INTO listings (id, platform_id, product_id, external_sku) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [listing.id, listing.platformId, listing.productId, listing.externalSku],
    );
    return inserted.length > 0;
  }

  /** Oldest first, keyset on (created_at, id); `limit + 1` rows, the extra one says there is a next page. */
  async page(
    tx: EntityManager,
    platformId: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<ListingRow[]> {
    const values: unknown[] = [platformId];
    let after = '';
    if (cursor) {
      const position = creationPosition(cursor);
      values.push(position.createdAt, position.id);
      after = 'AND (created_at, id) > ($2::timestamptz, $3::uuid)';
    }
    values.push(limit + 1);
    return tx.query<ListingRow[]>(
      `SELECT id, product_id AS "productId", external_sku AS "externalSku",
              ${createdAtText('created_at')} AS "createdAtText"
         FROM listings
        WHERE platform_id = $1 ${after}
        ORDER BY created_at, id
        LIMIT $${values.length}`,
      values,
    );
  }

  /** The platform's listing that clashes with this SKU or product, the SKU's first. */
  async clashing(
    tx: EntityManager,
    platformId: string,
    externalSku: string,
    productId: string,
  ): Promise<{ id: string; productId: string; externalSku: string } | null> {
    const [existing] = await tx.query<{ id: string; productId: string; externalSku: string }[]>(
      `SELECT id, product_id AS "productId", external_sku AS "externalSku"
         FROM listings
        WHERE platform_id = $1 AND (external_sku = $2 OR product_id = $3)
        ORDER BY external_sku = $2 DESC
        LIMIT 1`,
      [platformId, externalSku, productId],
    );
    return existing ?? null;
  }
}
