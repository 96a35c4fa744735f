import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Market history imported from a county's previous platform (POST /v1/market/history): one row per
 * market and period, which price_drop, sales_slump and the reference price count beside the order
 * lines of this platform's own events.
 */
export class MarketHistory1765230000000 implements MigrationInterface {
  name = 'MarketHistory1765230000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE market_history (
        county_code       char(6)     NOT NULL,
        category          text        NOT NULL,
        period_from       date        NOT NULL,
        period_to         date        NOT NULL CHECK (period_to >= period_from),
        ordered_quantity  integer     NOT NULL,
        order_lines       integer     NOT NULL,
        accepted_quantity integer     NOT NULL,
        accepted_cents    bigint      NOT NULL,
        accepted_lines    integer     NOT NULL,
        source            text        NOT NULL,
        imported_by       text        NOT NULL,
        imported_at       timestamptz NOT NULL,
        PRIMARY KEY (county_code, category, period_from)
      )`);
    await db.query(`CREATE INDEX market_history_of_category ON market_history (category, period_from)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE market_history`);
  }
}
