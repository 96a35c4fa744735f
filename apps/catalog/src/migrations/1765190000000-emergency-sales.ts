import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Emergency sales: stock set aside from lots (`lots.held`, so ordinary orders cannot take it), which
 * lots each sale holds from, and which orders bought from which sale.
 */
export class EmergencySales1765190000000 implements MigrationInterface {
  name = 'EmergencySales1765190000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE lots
        ADD COLUMN held integer NOT NULL DEFAULT 0 CHECK (held >= 0),
        ADD CONSTRAINT lots_held_within_quantity CHECK (reserved + committed + held <= quantity)`);
    await db.query(`
      CREATE TABLE emergency_sales (
        id               uuid        PRIMARY KEY,
        product_id       uuid        NOT NULL REFERENCES products (id),
        producer_id      uuid        NOT NULL,
        county_code      char(6)     NOT NULL,
        category         text        NOT NULL,
        quantity         integer     NOT NULL CHECK (quantity > 0),
        unit_price_cents bigint      NOT NULL CHECK (unit_price_cents > 0),
        reason           text        NOT NULL CHECK (reason IN ('glut', 'disaster', 'epidemic', 'near_expiry')),
        note             text,
        ends_at          timestamptz NOT NULL,
        status           text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        sold_quantity    integer     NOT NULL DEFAULT 0 CHECK (sold_quantity >= 0),
        unsold_quantity  integer,
        closed_by        text        CHECK (closed_by IN ('sold_out', 'ended', 'hand')),
        opened_by        text        NOT NULL,
        opened_at        timestamptz NOT NULL,
        closed_at        timestamptz,
        CHECK (sold_quantity <= quantity)
      )`);
    await db.query(`CREATE INDEX emergency_sales_due ON emergency_sales (ends_at) WHERE status = 'open'`);
    await db.query(`CREATE INDEX emergency_sales_newest ON emergency_sales (opened_at DESC, id DESC)`);
    await db.query(`
      CREATE TABLE emergency_sale_lots (
        sale_id uuid    NOT NULL REFERENCES emergency_sales (id),
        lot_id  uuid    NOT NULL REFERENCES lots (id),
        held    integer NOT NULL CHECK (held >= 0),
        PRIMARY KEY (sale_id, lot_id)
      )`);
    await db.query(`
      CREATE TABLE emergency_sale_orders (
        order_id   uuid    NOT NULL,
        sale_id    uuid    NOT NULL REFERENCES emergency_sales (id),
        product_id uuid    NOT NULL,
        quantity   integer NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (order_id, sale_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE emergency_sale_orders`);
    await db.query(`DROP TABLE emergency_sale_lots`);
    await db.query(`DROP TABLE emergency_sales`);
    await db.query(`ALTER TABLE lots DROP CONSTRAINT lots_held_within_quantity, DROP COLUMN held`);
  }
}
