import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Requests for quotation and their quotes. The catalog read model keeps each product's category, so
 * orders can tell which producers an RFQ concerns; rows copied before are filled by their next
 * snapshot or a replay of catalog.product.v1 (the upsert accepts the same version while it is null).
 */
export class Rfqs1765220100000 implements MigrationInterface {
  name = 'Rfqs1765220100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE catalog_products ADD COLUMN category text`);
    await db.query(
      `CREATE INDEX catalog_products_producer_category ON catalog_products (producer_id, category) WHERE status = 'listed'`,
    );
    await db.query(`
      CREATE TABLE rfqs (
        id                    uuid        PRIMARY KEY,
        buyer_id              text        NOT NULL,
        category              text        NOT NULL,
        quantity              integer     NOT NULL CHECK (quantity > 0),
        need_by               date        NOT NULL,
        poverty_counties_only boolean     NOT NULL,
        note                  text,
        delivery_address      text,
        status                text        NOT NULL,
        awarded_quote_id      uuid,
        order_id              uuid        REFERENCES orders (id),
        created_at            timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX rfqs_open ON rfqs (category, created_at) WHERE status = 'open'`);
    await db.query(`CREATE INDEX rfqs_buyer ON rfqs (buyer_id, created_at, id)`);
    await db.query(`
      CREATE TABLE rfq_quotes (
        id               uuid        PRIMARY KEY,
        rfq_id           uuid        NOT NULL REFERENCES rfqs (id),
        producer_id      uuid        NOT NULL,
        product_id       uuid        NOT NULL,
        unit_price_cents integer     NOT NULL CHECK (unit_price_cents >= 0),
        quantity         integer     NOT NULL CHECK (quantity > 0),
        valid_until      date        NOT NULL,
        status           text        NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX rfq_quotes_rfq ON rfq_quotes (rfq_id, created_at)`);
    await db.query(`CREATE INDEX rfq_quotes_producer ON rfq_quotes (producer_id, rfq_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rfq_quotes`);
    await db.query(`DROP TABLE rfqs`);
    await db.query(`DROP INDEX catalog_products_producer_category`);
    await db.query(`ALTER TABLE catalog_products DROP COLUMN category`);
  }
}
