import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The market rules measure one county's category over a window of days (price_drop: accepted lines,
 * sales_slump: placed lines). The indexes by category and day put the county last, so each such
 * measure read every county's lines of the window and dropped four in five: these lead with the
 * market, and carry what the measures read.
 */
export class MarketWindowIndexes1765240000000 implements MigrationInterface {
  name = 'MarketWindowIndexes1765240000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX order_lines_market_accepted ON order_lines (category, county_code, accepted_at)
         INCLUDE (unit_price_cents, accepted_quantity) WHERE accepted_at IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX order_lines_market_placed ON order_lines (category, county_code, placed_at) INCLUDE (quantity)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX order_lines_market_placed`);
    await db.query(`DROP INDEX order_lines_market_accepted`);
  }
}
