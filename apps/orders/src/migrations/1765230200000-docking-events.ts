import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Production–marketing docking fairs: the fair, its exhibitors (with the booth fee each pays after
 * the reduction of its county's poverty status, kept as it was decided) and the purchase intents
 * buyers record there, each pointing at the order it became.
 */
export class DockingEvents1765230200000 implements MigrationInterface {
  name = 'DockingEvents1765230200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE docking_events (
        id               uuid        PRIMARY KEY,
        name             text        NOT NULL,
        city             text        NOT NULL,
        starts_on        date        NOT NULL,
        ends_on          date        NOT NULL CHECK (ends_on >= starts_on),
        booth_fee_cents  bigint      NOT NULL CHECK (booth_fee_cents >= 0),
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX docking_events_starts_on ON docking_events (starts_on, id)`);
    await db.query(`
      CREATE TABLE docking_exhibitors (
        event_id              uuid        NOT NULL REFERENCES docking_events (id),
        producer_id           uuid        NOT NULL,
        county_code           char(6)     NOT NULL,
        poverty_status        text,
        full_booth_fee_cents  bigint      NOT NULL CHECK (full_booth_fee_cents >= 0),
        reduction_percent     integer     NOT NULL CHECK (reduction_percent BETWEEN 0 AND 100),
        reduction_cents       bigint      NOT NULL CHECK (reduction_cents BETWEEN 0 AND full_booth_fee_cents),
        registered_at         timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, producer_id)
      )`);
    await db.query(`
      CREATE TABLE docking_intents (
        id                uuid        PRIMARY KEY,
        event_id          uuid        NOT NULL REFERENCES docking_events (id),
        buyer_id          text        NOT NULL,
        product_id        uuid        NOT NULL,
        producer_id       uuid        NOT NULL,
        county_code       char(6)     NOT NULL,
        quantity          integer     NOT NULL CHECK (quantity > 0),
        unit_price_cents  bigint      NOT NULL CHECK (unit_price_cents >= 0),
        note              text,
        delivery_address  text,
        order_id          uuid        UNIQUE REFERENCES orders (id),
        created_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX docking_intents_event ON docking_intents (event_id, created_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE docking_intents`);
    await db.query(`DROP TABLE docking_exhibitors`);
    await db.query(`DROP TABLE docking_events`);
  }
}
