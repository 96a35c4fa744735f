import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The GTIN of catalog's products (from catalog.product.v1), carried on to logistics with a confirmed order's lines. */
export class ProductGtin1765400000000 implements MigrationInterface {
  name = 'ProductGtin1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE catalog_products ADD COLUMN gtin char(14)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE catalog_products DROP COLUMN gtin`);
  }
}
