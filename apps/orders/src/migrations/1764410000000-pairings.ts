import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Paired assistance: buyers say where they are (`region_code`; null for buyers registered before),
 * and orders keeps a read model of catalog's pairings to report relief per pairing.
 */
export class Pairings1764410000000 implements MigrationInterface {
  name = 'Pairings1764410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE buyers ADD COLUMN region_code char(6)`);
    await db.query(`
      CREATE TABLE catalog_pairings (
        id                    uuid        PRIMARY KEY,
        assisting_region_code char(6)     NOT NULL,
        assisting_region_name text        NOT NULL,
        assisted_county_code  char(6)     NOT NULL,
        from_date             date        NOT NULL,
        to_date               date,
        version               integer     NOT NULL,
        updated_at            timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX catalog_pairings_county ON catalog_pairings (assisted_county_code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE catalog_pairings`);
    await db.query(`ALTER TABLE buyers DROP COLUMN region_code`);
  }
}
