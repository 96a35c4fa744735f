import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The brand catalogue: brands submitted and decided, the brand a product names, and the standing of
 * every certificate catalog has heard of, by its number and holder (a regional public brand shows its
 * geographical-indication certificate while it is valid), filled from the product certificates
 * already known.
 */
export class Brands1765362000000 implements MigrationInterface {
  name = 'Brands1765362000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE brands (
        id                 uuid        PRIMARY KEY,
        name               text        NOT NULL,
        kind               text        NOT NULL CHECK (kind IN ('regional_public', 'enterprise', 'product')),
        county_code        char(6)     NOT NULL REFERENCES counties (code),
        owner_producer_id  uuid        REFERENCES producers (id),
        gi_certificate     text,
        status             text        NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'admitted', 'rejected')),
        submitted_by       text        NOT NULL,
        submitted_at       timestamptz NOT NULL,
        decided_by         text,
        decided_at         timestamptz,
        decision_note      text,
        CHECK (kind = 'regional_public' OR owner_producer_id IS NOT NULL),
        CHECK ((status = 'submitted') = (decided_at IS NULL))
      )`);
    // A name stands for one brand in a county; a rejected one frees it for a better submission.
    await db.query(
      `CREATE UNIQUE INDEX brands_name_in_county ON brands (county_code, lower(name)) WHERE status <> 'rejected'`,
    );
    await db.query(`CREATE INDEX brands_queue ON brands (submitted_at, id) WHERE status = 'submitted'`);
    await db.query(`CREATE INDEX brands_admitted ON brands (county_code, kind) WHERE status = 'admitted'`);

    await db.query(`ALTER TABLE products ADD COLUMN brand_id uuid REFERENCES brands (id)`);
    await db.query(
      `CREATE INDEX products_brand ON products (brand_id, created_at, id) WHERE brand_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE certificate_standings (
        number      text        PRIMARY KEY,
        scheme      text        NOT NULL,
        holder_id   uuid        NOT NULL,
        status      text        NOT NULL CHECK (status IN ('active', 'suspended', 'revoked', 'expired')),
        valid_from  date,
        valid_until date,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      INSERT INTO certificate_standings (number, scheme, holder_id, status, valid_from, valid_until)
      SELECT DISTINCT ON (pc.certificate_number) pc.certificate_number, pc.scheme, p.producer_id, pc.status,
             pc.valid_from, pc.valid_until
        FROM product_certificates pc JOIN products p ON p.id = pc.product_id
       ORDER BY pc.certificate_number, pc.updated_at DESC`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE certificate_standings`);
    await db.query(`ALTER TABLE products DROP COLUMN brand_id`);
    await db.query(`DROP TABLE brands`);
  }
}
