import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Standing orders and the occurrences they placed. The primary key (standing order, day) is what
 * makes an occurrence placed at most once, whichever replica or restart gets to it.
 */
export class StandingOrders1765220000000 implements MigrationInterface {
  name = 'StandingOrders1765220000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE standing_orders (
        id                 uuid        PRIMARY KEY,
        buyer_id           text        NOT NULL,
        lines              jsonb       NOT NULL,
        every              text        NOT NULL CHECK (every IN ('week', 'month')),
        day_of_week        smallint    CHECK (day_of_week BETWEEN 1 AND 7),
        day_of_month       smallint    CHECK (day_of_month BETWEEN 1 AND 31),
        starts_on          date        NOT NULL,
        ends_on            date,
        delivery_address   text        NOT NULL,
        status             text        NOT NULL,
        next_occurrence_on date        NOT NULL,
        paused_reason      text,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX standing_orders_due ON standing_orders (next_occurrence_on) WHERE status = 'active'`,
    );
    await db.query(`CREATE INDEX standing_orders_buyer ON standing_orders (buyer_id, created_at, id)`);
    await db.query(`
      CREATE TABLE standing_order_occurrences (
        standing_order_id uuid        NOT NULL REFERENCES standing_orders (id),
        occurs_on         date        NOT NULL,
        order_id          uuid        REFERENCES orders (id),
        problem           text,
        placed_at         timestamptz NOT NULL,
        rejection_noticed boolean     NOT NULL DEFAULT false,
        PRIMARY KEY (standing_order_id, occurs_on)
      )`);
    await db.query(`CREATE INDEX standing_order_occurrences_order ON standing_order_occurrences (order_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE standing_order_occurrences`);
    await db.query(`DROP TABLE standing_orders`);
  }
}
