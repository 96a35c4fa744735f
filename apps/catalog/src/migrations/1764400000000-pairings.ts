import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Paired assistance becomes data: pairings of an assisting region code with a county over a period.
 * The free-text `paired_city` of counties stays as it is, a note (shown as the deprecated
 * `pairedCity` for one release): text cannot be turned into region codes reliably.
 */
export class Pairings1764400000000 implements MigrationInterface {
  name = 'Pairings1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE pairings (
        id                    uuid        PRIMARY KEY,
        assisting_region_code char(6)     NOT NULL CHECK (assisting_region_code ~ '^[0-9]{6}$' AND assisting_region_code NOT LIKE '%0000'),
        assisting_region_name text        NOT NULL,
        assisted_county_code  char(6)     NOT NULL REFERENCES counties (code),
        from_date             date        NOT NULL,
        to_date               date        CHECK (to_date >= from_date),
        version               integer     NOT NULL,
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX pairings_by_county ON pairings (assisted_county_code, assisting_region_code, id)`,
    );
    await db.query(`CREATE INDEX pairings_by_region ON pairings (assisting_region_code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE pairings`);
  }
}
