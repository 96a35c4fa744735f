import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Emergency sales as orders knows them (from catalog.emergencySale.v1), lines and relief entries
 * that name the sale they bought from, the offers sent to buyers, and the month-end pace warnings
 * (one per buyer and month, whatever the number of replicas).
 */
export class EmergencySalesAndPacing1765190100000 implements MigrationInterface {
  name = 'EmergencySalesAndPacing1765190100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE catalog_emergency_sales (
        id               uuid        PRIMARY KEY,
        product_id       uuid        NOT NULL,
        producer_id      uuid        NOT NULL,
        county_code      char(6)     NOT NULL,
        category         text        NOT NULL,
        quantity         integer     NOT NULL,
        unit_price_cents bigint      NOT NULL,
        reason           text        NOT NULL,
        note             text,
        ends_at          timestamptz NOT NULL,
        status           text        NOT NULL,
        sold_quantity    integer,
        unsold_quantity  integer,
        closed_by        text,
        opened_at        timestamptz NOT NULL,
        closed_at        timestamptz
      )`);
    await db.query(`ALTER TABLE order_lines ADD COLUMN emergency_sale_id uuid`);
    await db.query(`ALTER TABLE relief_entries ADD COLUMN emergency_sale_id uuid`);
    await db.query(`
      CREATE TABLE emergency_offers (
        sale_id                uuid        NOT NULL REFERENCES catalog_emergency_sales (id),
        buyer_id               uuid        NOT NULL REFERENCES buyers (id),
        rank                   integer     NOT NULL,
        behind_pace_cents      bigint      NOT NULL,
        remaining_pledge_cents bigint      NOT NULL,
        offered_at             timestamptz NOT NULL,
        PRIMARY KEY (sale_id, buyer_id)
      )`);
    await db.query(`CREATE INDEX emergency_offers_buyer ON emergency_offers (buyer_id, offered_at DESC)`);
    await db.query(`
      CREATE TABLE pace_warnings (
        buyer_id          uuid        NOT NULL REFERENCES buyers (id),
        month             char(7)     NOT NULL,
        behind_pace_cents bigint      NOT NULL,
        warned_at         timestamptz NOT NULL,
        PRIMARY KEY (buyer_id, month)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE pace_warnings`);
    await db.query(`DROP TABLE emergency_offers`);
    await db.query(`ALTER TABLE relief_entries DROP COLUMN emergency_sale_id`);
    await db.query(`ALTER TABLE order_lines DROP COLUMN emergency_sale_id`);
    await db.query(`DROP TABLE catalog_emergency_sales`);
  }
}
