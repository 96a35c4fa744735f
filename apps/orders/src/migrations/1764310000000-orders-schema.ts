import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Buyers, the local read model of catalog, orders with their lines and shipments, idempotency keys, the relief ledger. */
export class OrdersSchema1764310000000 implements MigrationInterface {
  name = 'OrdersSchema1764310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE buyers (
        id                       uuid         PRIMARY KEY,
        name                     text         NOT NULL,
        kind                     text         NOT NULL CHECK (kind IN ('budget_unit', 'enterprise', 'retailer', 'platform')),
        annual_food_budget_cents bigint       CHECK (annual_food_budget_cents >= 0),
        pledged_share_percent    numeric(5,2) CHECK (pledged_share_percent BETWEEN 0 AND 100),
        created_at               timestamptz  NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE catalog_products (
        id                 uuid        PRIMARY KEY,
        producer_id        uuid        NOT NULL,
        county_code        char(6)     NOT NULL,
        name               text        NOT NULL,
        unit               text        NOT NULL,
        min_order_quantity integer     NOT NULL,
        price_tiers        jsonb       NOT NULL,
        status             text        NOT NULL,
        relief_eligible    boolean     NOT NULL,
        cold_chain_profile jsonb       NOT NULL,
        version            integer     NOT NULL,
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE catalog_counties (
        code           char(6)     PRIMARY KEY,
        name           text        NOT NULL,
        province       text        NOT NULL,
        poverty_status text        NOT NULL,
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE orders (
        id                      uuid        PRIMARY KEY,
        buyer_id                text        NOT NULL,
        status                  text        NOT NULL,
        delivery_address        text        NOT NULL,
        requested_delivery_date date        NOT NULL,
        total_cents             bigint      NOT NULL,
        refund_cents            bigint      NOT NULL DEFAULT 0,
        rejection_reasons       jsonb,
        cancel_reason           text,
        placed_at               timestamptz NOT NULL DEFAULT now(),
        updated_at              timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX orders_buyer ON orders (buyer_id, placed_at DESC, id DESC)`);
    await db.query(`CREATE INDEX orders_awaiting_stock ON orders (placed_at) WHERE status = 'PLACED'`);

    await db.query(`
      CREATE TABLE order_lines (
        order_id          uuid    NOT NULL REFERENCES orders (id),
        line_no           integer NOT NULL,
        product_id        uuid    NOT NULL,
        producer_id       uuid    NOT NULL,
        county_code       char(6) NOT NULL,
        quantity          integer NOT NULL CHECK (quantity > 0),
        unit_price_cents  bigint  NOT NULL CHECK (unit_price_cents >= 0),
        line_total_cents  bigint  NOT NULL CHECK (line_total_cents >= 0),
        relief_eligible   boolean NOT NULL,
        accepted_quantity integer CHECK (accepted_quantity BETWEEN 0 AND quantity),
        PRIMARY KEY (order_id, line_no),
        UNIQUE (order_id, product_id)
      )`);

    await db.query(`
      CREATE TABLE order_shipments (
        shipment_id        uuid        PRIMARY KEY,
        order_id           uuid        NOT NULL REFERENCES orders (id),
        producer_id        uuid        NOT NULL,
        status             text        NOT NULL CHECK (status IN ('created', 'picked_up', 'delivered', 'cancelled')),
        cold_chain_verdict text,
        figures            jsonb,
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX order_shipments_order ON order_shipments (order_id)`);

    await db.query(`
      CREATE TABLE idempotency_keys (
        buyer_id     text        NOT NULL,
        key          text        NOT NULL,
        request_hash text        NOT NULL,
        order_id     uuid        NOT NULL,
        status_code  integer     NOT NULL,
        response     text        NOT NULL, -- the JSON as sent, so a replay is byte-identical
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (buyer_id, key)
      )`);
    await db.query(`CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at)`);

    await db.query(`
      CREATE TABLE relief_entries (
        id             uuid        PRIMARY KEY,
        order_id       uuid        NOT NULL REFERENCES orders (id),
        buyer_id       text        NOT NULL,
        product_id     uuid        NOT NULL,
        producer_id    uuid        NOT NULL,
        county_code    char(6)     NOT NULL,
        poverty_status text,
        quantity       integer     NOT NULL CHECK (quantity > 0),
        amount_cents   bigint      NOT NULL CHECK (amount_cents >= 0),
        recorded_at    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (order_id, product_id)
      )`);
    await db.query(`CREATE INDEX relief_entries_time ON relief_entries (recorded_at)`);
    await db.query(`CREATE INDEX relief_entries_buyer ON relief_entries (buyer_id, recorded_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'relief_entries',
      'idempotency_keys',
      'order_shipments',
      'order_lines',
      'orders',
      'catalog_counties',
      'catalog_products',
      'buyers',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
