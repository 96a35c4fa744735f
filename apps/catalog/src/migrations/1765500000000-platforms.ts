import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register of e-commerce platforms: the name behind a platform's `org`, so that a producer's view
 * of the storefronts selling its products names them. Listings do not reference it: a platform lists
 * before (or without) being registered and is then shown by its id.
 */
export class Platforms1765500000000 implements MigrationInterface {
  name = 'Platforms1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE platforms (
        id            text        PRIMARY KEY,
        name          text        NOT NULL,
        registered_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE platforms`);
  }
}
