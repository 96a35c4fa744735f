import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StockLevelChanged, type StockLevelData } from '@hb/contracts';
import { event, Outbox, type NewEvent } from '@hb/messaging';
import { Clock } from '@hb/platform';
import { StockRepository, type StockLevelRow } from './stock.repository';

/**
 * Announces a product's stock after every change (lot added or expired, stock reserved, released,
 * committed) on catalog.inventory.v1, in the transaction of the change, so that a reader (monitoring)
 * knows what is left to sell and when it expires without calling catalog.
 */
@Injectable()
export class StockLevels {
  constructor(
    private readonly outbox: Outbox,
    private readonly stock: StockRepository,
    private readonly clock: Clock,
  ) {}

  async announce(
    tx: EntityManager,
    productIds: readonly string[],
    today = this.clock.today(),
    at?: Date,
  ): Promise<void> {
    if (productIds.length === 0) return;
    await this.outbox.append(tx, ...this.events(await this.stock.levelsOf(tx, productIds, today), at));
  }

  /** The announcements of stock levels already read (e.g. by the statement that changed them). */
  events(rows: readonly StockLevelRow[], at?: Date): NewEvent[] {
    return rows.map((row) =>
      event(
        StockLevelChanged,
        {
          productId: row.product_id,
          producerId: row.producer_id,
          countyCode: row.county_code,
          category: row.category,
          available: row.lots.reduce((sum, lot) => sum + lot.available, 0),
          reserved: row.reserved,
          lots: row.lots,
        } satisfies StockLevelData,
        at,
      ),
    );
  }
}
