import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { createdAtText, type CreationPosition } from '@hb/platform';

export interface ProducerListingRow {
  id: string;
  productId: string;
  productName: string;
  platformId: string;
  platformName: string | null;
  externalSku: string;
  createdAtText: string;
}

/** The SQL of a producer's view of the storefronts its products are on. */
@Injectable()
export class ProducerListingRepository {
  async producerExists(tx: EntityManager, producerId: string): Promise<boolean> {
    const rows = await tx.query<unknown[]>(`SELECT 1 FROM producers WHERE id = $1`, [producerId]);
    return rows.length > 0;
  }

  /**
   * Listings of the producer's products in creation order, `limit` of them after `after`, each with
   * its platform's registered name (null for a platform not in the register), in one statement.
   */
  async listOfProducer(
    tx: EntityManager,
    producerId: string,
    after: CreationPosition | null,
    limit: number,
  ): Promise<ProducerListingRow[]> {
    const values: unknown[] = [producerId];
    let from = '';
    if (after) {
      values.push(after.createdAt, after.id);
      from = 'AND (l.created_at, l.id) > ($2::timestamptz, $3::uuid)';
    }
    values.push(limit);
    return tx.query<ProducerListingRow[]>(
      `SELECT l.id, l.product_id AS "productId", p.name AS "productName", l.platform_id AS "platformId",
              pf.name AS "platformName", l.external_sku AS "externalSku", ${createdAtText('l.created_at')} AS "createdAtText"
         FROM listings l JOIN products p ON p.id = l.product_id
         LEFT JOIN platforms pf ON pf.id = l.platform_id
        WHERE p.producer_id = $1 ${from}
        ORDER BY l.created_at, l.id
        LIMIT $${values.length}`,
      values,
    );
  }
}
