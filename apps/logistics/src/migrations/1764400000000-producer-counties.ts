import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which county each producer is in (from catalog's events): county officials see their producers' shipments. */
export class ProducerCounties1764400000000 implements MigrationInterface {
  name = 'ProducerCounties1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE producer_counties (
        producer_id uuid    PRIMARY KEY,
        county_code char(6) NOT NULL
      )`);
    await db.query(`CREATE INDEX producer_counties_county ON producer_counties (county_code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE producer_counties`);
  }
}
