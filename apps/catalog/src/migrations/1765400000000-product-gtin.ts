import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A product's GS1 GTIN, optional, in its 14-digit form; one trade item has one GTIN, so no two
 * products share one (the unique index lets any number of products have none).
 */
export class ProductGtin1765400000000 implements MigrationInterface {
  name = 'ProductGtin1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE products ADD COLUMN gtin char(14) CHECK (gtin ~ '^[0-9]{14}$')`);
    await db.query(`CREATE UNIQUE INDEX products_gtin ON products (gtin) WHERE gtin IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX products_gtin`);
    await db.query(`ALTER TABLE products DROP COLUMN gtin`);
  }
}
