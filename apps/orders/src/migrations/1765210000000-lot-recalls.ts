import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lots through orders: the lots each line was reserved from, the lots catalog recalled, the recall
 * marks of the orders they reached, and how much of each line a recall took away.
 */
export class LotRecalls1765210000000 implements MigrationInterface {
  name = 'LotRecalls1765210000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE order_line_lots (
        order_id     uuid    NOT NULL,
        line_no      integer NOT NULL,
        lot_id       uuid    NOT NULL,
        quantity     integer NOT NULL CHECK (quantity > 0),
        harvested_on date,
        expires_on   date    NOT NULL,
        PRIMARY KEY (order_id, line_no, lot_id),
        FOREIGN KEY (order_id, line_no) REFERENCES order_lines (order_id, line_no)
      )`);
    await db.query(`CREATE INDEX order_line_lots_lot ON order_line_lots (lot_id)`);
    await db.query(`
      ALTER TABLE order_lines
        ADD COLUMN recalled_quantity integer NOT NULL DEFAULT 0 CHECK (recalled_quantity BETWEEN 0 AND quantity)`);
    await db.query(`
      CREATE TABLE recalled_lots (
        lot_id      uuid        PRIMARY KEY,
        product_id  uuid        NOT NULL,
        class       text        NOT NULL CHECK (class IN ('I', 'II', 'III')),
        reason      text        NOT NULL,
        recalled_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE order_recalls (
        order_id          uuid        NOT NULL REFERENCES orders (id),
        lot_id            uuid        NOT NULL REFERENCES recalled_lots (lot_id),
        buyer_id          text        NOT NULL,
        quantity          integer     NOT NULL CHECK (quantity > 0),
        status_when_found text        NOT NULL,
        refused_quantity  integer     NOT NULL DEFAULT 0 CHECK (refused_quantity >= 0),
        refund_cents      bigint      NOT NULL DEFAULT 0 CHECK (refund_cents >= 0),
        reversed_cents    bigint      NOT NULL DEFAULT 0 CHECK (reversed_cents >= 0),
        marked_at         timestamptz NOT NULL,
        PRIMARY KEY (order_id, lot_id)
      )`);
    await db.query(
      `CREATE INDEX order_recalls_buyer ON order_recalls (buyer_id, marked_at DESC, order_id DESC, lot_id DESC)`,
    );
    await db.query(
      `CREATE INDEX order_recalls_listing ON order_recalls (marked_at DESC, order_id DESC, lot_id DESC)`,
    );
    await db.query(`CREATE INDEX order_recalls_lot ON order_recalls (lot_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE order_recalls`);
    await db.query(`DROP TABLE recalled_lots`);
    await db.query(`ALTER TABLE order_lines DROP COLUMN recalled_quantity`);
    await db.query(`DROP TABLE order_line_lots`);
  }
}
