import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Counties, producers, products, harvest lots, stock reservations and platform listings. */
export class CatalogSchema1764300000000 implements MigrationInterface {
  name = 'CatalogSchema1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE counties (
        code           char(6)     PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
        name           text        NOT NULL,
        province       text        NOT NULL,
        prefecture     text        NOT NULL,
        poverty_status text        NOT NULL CHECK (poverty_status IN ('key', 'deep', 'lifted')),
        lifted_on      date,
        paired_city    text,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        CHECK ((poverty_status = 'lifted') = (lifted_on IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX counties_status ON counties (poverty_status, code)`);

    await db.query(`
      CREATE TABLE producers (
        id                 uuid        PRIMARY KEY,
        name               text        NOT NULL,
        kind               text        NOT NULL
                           CHECK (kind IN ('cooperative', 'leading_enterprise', 'family_farm', 'relief_workshop')),
        county_code        char(6)     NOT NULL REFERENCES counties (code),
        credit_code        char(18)    NOT NULL UNIQUE,
        poverty_households integer     NOT NULL CHECK (poverty_households >= 0),
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX producers_county ON producers (county_code)`);

    await db.query(`
      CREATE TABLE products (
        id                 uuid        PRIMARY KEY,
        producer_id        uuid        NOT NULL REFERENCES producers (id),
        name               text        NOT NULL,
        category           text        NOT NULL,
        unit               text        NOT NULL,
        shelf_life_days    integer     NOT NULL CHECK (shelf_life_days > 0),
        min_order_quantity integer     NOT NULL CHECK (min_order_quantity > 0),
        price_tiers        jsonb       NOT NULL,
        brand              text,
        status             text        NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'listed', 'delisted')),
        badges             text[]      NOT NULL DEFAULT '{}',
        relief_eligible    boolean     NOT NULL DEFAULT false,
        version            integer     NOT NULL DEFAULT 1,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX products_producer ON products (producer_id)`);
    await db.query(`CREATE INDEX products_listing_order ON products (created_at, id)`);
    await db.query(`CREATE INDEX products_category ON products (category, created_at, id)`);
    await db.query(`CREATE INDEX products_name_trgm ON products USING gin (name gin_trgm_ops)`);
    await db.query(`CREATE INDEX products_badges ON products USING gin (badges)`);

    await db.query(`
      CREATE TABLE product_certificates (
        certificate_number text    NOT NULL,
        product_id         uuid    NOT NULL REFERENCES products (id),
        scheme             text    NOT NULL,
        valid_until        date,
        status             text    NOT NULL CHECK (status IN ('active', 'suspended', 'revoked', 'expired')),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (certificate_number, product_id)
      )`);
    await db.query(`CREATE INDEX product_certificates_product ON product_certificates (product_id)`);

    await db.query(`
      CREATE TABLE lots (
        id           uuid        PRIMARY KEY,
        product_id   uuid        NOT NULL REFERENCES products (id),
        quantity     integer     NOT NULL CHECK (quantity > 0),
        harvested_on date        NOT NULL,
        expires_on   date        NOT NULL,
        reserved     integer     NOT NULL DEFAULT 0 CHECK (reserved >= 0),
        committed    integer     NOT NULL DEFAULT 0 CHECK (committed >= 0),
        created_at   timestamptz NOT NULL DEFAULT now(),
        CHECK (expires_on >= harvested_on),
        CHECK (reserved + committed <= quantity)
      )`);
    await db.query(`CREATE INDEX lots_first_expiry ON lots (product_id, expires_on, harvested_on, id)`);

    await db.query(`
      CREATE TABLE stock_decisions (
        order_id   uuid        PRIMARY KEY,
        state      text        NOT NULL CHECK (state IN ('reserved', 'rejected', 'released', 'committed')),
        decided_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE reservations (
        order_id   uuid    NOT NULL REFERENCES stock_decisions (order_id),
        lot_id     uuid    NOT NULL REFERENCES lots (id),
        product_id uuid    NOT NULL REFERENCES products (id),
        quantity   integer NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (order_id, lot_id)
      )`);

    await db.query(`
      CREATE TABLE listings (
        id           uuid        PRIMARY KEY,
        platform_id  text        NOT NULL,
        product_id   uuid        NOT NULL REFERENCES products (id),
        external_sku text        NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        UNIQUE (platform_id, external_sku),
        UNIQUE (platform_id, product_id)
      )`);
    await db.query(`CREATE INDEX listings_platform ON listings (platform_id, created_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'listings',
      'reservations',
      'stock_decisions',
      'lots',
      'product_certificates',
      'products',
      'producers',
      'counties',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
