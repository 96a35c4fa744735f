import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Emergency sales as catalog announces them: `unsold_near_expiry` does not warn about a product while
 * a sale of it is open (its producer or county already acted on the stock).
 */
export class EmergencySales1765220000000 implements MigrationInterface {
  name = 'EmergencySales1765220000000';

  async up(db: QueryRunner): Promise<void> {
    // Opened and closed arrive on one partition (keyed by sale), but a replay may apply a close
    // whose open it has not seen yet: either writes the row, the other fills in the rest.
    await db.query(`
      CREATE TABLE emergency_sales (
        sale_id    uuid        PRIMARY KEY,
        product_id uuid        NOT NULL,
        quantity   integer,
        ends_at    timestamptz,
        opened_at  timestamptz,
        closed_at  timestamptz
      )`);
    await db.query(`CREATE INDEX emergency_sales_of_product ON emergency_sales (product_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE emergency_sales`);
  }
}
