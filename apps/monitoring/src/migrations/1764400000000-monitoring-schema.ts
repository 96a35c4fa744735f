import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read model built from the other services' events (products and their status history, order
 * lines, stock levels, lots, deliveries, certificates, reservation rejections) and the findings
 * (alerts, price flags, producer risk) that the service announces on its own topics.
 */
export class MonitoringSchema1764400000000 implements MigrationInterface {
  name = 'MonitoringSchema1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE producers (
        id          uuid        PRIMARY KEY,
        county_code char(6)     NOT NULL,
        first_seen  timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE products (
        id                      uuid    PRIMARY KEY,
        producer_id             uuid    NOT NULL,
        county_code             char(6) NOT NULL,
        category                text    NOT NULL,
        status                  text    NOT NULL,
        lowest_unit_price_cents integer NOT NULL,
        version                 integer NOT NULL
      )`);
    await db.query(`CREATE INDEX products_scope ON products (category, county_code)`);
    await db.query(`CREATE INDEX products_of_producer ON products (producer_id)`);
    await db.query(`
      CREATE TABLE product_statuses (
        product_id uuid        NOT NULL,
        version    integer     NOT NULL,
        status     text        NOT NULL,
        at         timestamptz NOT NULL,
        PRIMARY KEY (product_id, version)
      )`);
    // category and county_code are copied from the product when it is known (or when it becomes known).
    await db.query(`
      CREATE TABLE order_lines (
        order_id          uuid        NOT NULL,
        product_id        uuid        NOT NULL,
        buyer_id          text        NOT NULL,
        category          text,
        county_code       char(6),
        quantity          integer     NOT NULL,
        unit_price_cents  integer     NOT NULL,
        placed_at         timestamptz NOT NULL,
        accepted_quantity integer,
        accepted_cents    bigint,
        refund_cents      bigint      NOT NULL DEFAULT 0,
        accepted_at       timestamptz,
        PRIMARY KEY (order_id, product_id)
      )`);
    await db.query(`CREATE INDEX order_lines_placed ON order_lines (category, placed_at, county_code)`);
    await db.query(
      `CREATE INDEX order_lines_accepted ON order_lines (category, accepted_at, county_code) WHERE accepted_at IS NOT NULL`,
    );
    await db.query(`CREATE INDEX order_lines_product ON order_lines (product_id, accepted_at)`);
    await db.query(`CREATE INDEX order_lines_unplaced ON order_lines (product_id) WHERE category IS NULL`);
    await db.query(`
      CREATE TABLE stock_levels (
        product_id uuid        NOT NULL,
        at         timestamptz NOT NULL,
        available  integer     NOT NULL,
        lots       jsonb       NOT NULL,
        PRIMARY KEY (product_id, at)
      )`);
    await db.query(`
      CREATE TABLE lots (
        lot_id        uuid        PRIMARY KEY,
        product_id    uuid        NOT NULL,
        producer_id   uuid        NOT NULL,
        quantity      integer     NOT NULL,
        expires_on    date        NOT NULL,
        added_at      timestamptz NOT NULL,
        quantity_left integer,
        expired_at    timestamptz
      )`);
    await db.query(`CREATE INDEX lots_of_producer ON lots (producer_id, expired_at)`);
    await db.query(`
      CREATE TABLE deliveries (
        shipment_id  uuid        PRIMARY KEY,
        producer_id  uuid        NOT NULL,
        verdict      text        NOT NULL,
        delivered_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX deliveries_of_producer ON deliveries (producer_id, delivered_at)`);
    await db.query(`
      CREATE TABLE certificates (
        number    text        PRIMARY KEY,
        holder_id uuid        NOT NULL,
        status    text        NOT NULL,
        as_of     timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX certificates_of_holder ON certificates (holder_id)`);
    await db.query(`
      CREATE TABLE reservation_rejections (
        order_id   uuid        NOT NULL,
        product_id uuid        NOT NULL,
        at         timestamptz NOT NULL,
        PRIMARY KEY (order_id, product_id)
      )`);
    await db.query(`
      CREATE TABLE alerts (
        id              uuid        PRIMARY KEY,
        kind            text        NOT NULL,
        subject         text        NOT NULL,
        severity        text        NOT NULL,
        county_code     char(6)     NOT NULL,
        category        text,
        producer_id     uuid,
        evidence        jsonb       NOT NULL,
        raised_at       timestamptz NOT NULL,
        cleared_at      timestamptz,
        clear_evidence  jsonb,
        acknowledged_at timestamptz,
        acknowledged_by text
      )`);
    // One open alert per rule and subject: the second of two concurrent raises finds the first.
    await db.query(`CREATE UNIQUE INDEX alerts_one_open ON alerts (subject) WHERE cleared_at IS NULL`);
    await db.query(`CREATE INDEX alerts_listing ON alerts (county_code, raised_at DESC, id)`);
    await db.query(`
      CREATE TABLE price_flags (
        product_id       uuid        PRIMARY KEY,
        flagged          boolean     NOT NULL,
        unit_price_cents integer     NOT NULL,
        reference_cents  integer     NOT NULL,
        ratio            numeric     NOT NULL,
        as_of            timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE producer_risk (
        producer_id uuid        PRIMARY KEY,
        county_code char(6)     NOT NULL,
        level       text        NOT NULL CHECK (level IN ('low', 'medium', 'high')),
        score       integer     NOT NULL,
        factors     jsonb       NOT NULL,
        as_of       timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX producer_risk_listing ON producer_risk (level, county_code, producer_id)`);
    // The day the last daily sweep ran: replicas claim the day with one conditional update.
    await db.query(`CREATE TABLE sweeps (name text PRIMARY KEY, last_day date NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'sweeps',
      'producer_risk',
      'price_flags',
      'alerts',
      'reservation_rejections',
      'certificates',
      'deliveries',
      'lots',
      'stock_levels',
      'order_lines',
      'product_statuses',
      'products',
      'producers',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
