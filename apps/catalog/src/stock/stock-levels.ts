import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StockLevelChanged, type ProductCategory, type StockLevelData } from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import { Clock } from '@hb/platform';

/**
 * Announces a product's stock after every change (lot added or expired, stock reserved, released,
 * committed) on catalog.inventory.v1, in the transaction of the change, so that a reader (monitoring)
 * knows what is left to sell and when it expires without calling catalog.
 */
@Injectable()
export class StockLevels {
  constructor(
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async announce(
    tx: EntityManager,
    productIds: readonly string[],
    today = this.clock.today(),
    at?: Date,
  ): Promise<void> {
    if (productIds.length === 0) return;
    const rows = await tx.query<
      {
        product_id: string;
        producer_id: string;
        county_code: string;
        category: ProductCategory;
        lots: { lotId: string; available: number; expiresOn: string }[];
        reserved: number;
      }[]
    >(
      `SELECT p.id AS product_id, p.producer_id, pr.county_code, p.category,
              COALESCE(jsonb_agg(jsonb_build_object('lotId', l.id, 'available', l.quantity - l.reserved - l.committed - l.held - l.blocked,
                                                    'expiresOn', to_char(l.expires_on, 'YYYY-MM-DD'))
                                 ORDER BY l.expires_on, l.harvested_on, l.id)
                         FILTER (WHERE l.expires_on >= $2::date AND l.quantity - l.reserved - l.committed - l.held - l.blocked > 0), '[]') AS lots,
              COALESCE(sum(l.reserved) FILTER (WHERE l.expires_on >= $2::date), 0)::int AS reserved
         FROM products p JOIN producers pr ON pr.id = p.producer_id
         LEFT JOIN lots l ON l.product_id = p.id
        WHERE p.id = ANY($1::uuid[])
        GROUP BY p.id, p.producer_id, pr.county_code, p.category
        ORDER BY p.id`,
      [[...new Set(productIds)], today],
    );
    const levels: StockLevelData[] = rows.map((row) => ({
      productId: row.product_id,
      producerId: row.producer_id,
      countyCode: row.county_code,
      category: row.category,
      available: row.lots.reduce((sum, lot) => sum + lot.available, 0),
      reserved: row.reserved,
      lots: row.lots,
    }));
    await this.outbox.append(tx, ...levels.map((level) => event(StockLevelChanged, level, at)));
  }
}
