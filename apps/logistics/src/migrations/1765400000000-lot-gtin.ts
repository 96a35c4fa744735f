import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The GTIN of a traced lot's product (from the confirmed order or the recall), naming the lot in EPCIS exports. */
export class LotGtin1765400000000 implements MigrationInterface {
  name = 'LotGtin1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE traced_lots ADD COLUMN gtin char(14)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE traced_lots DROP COLUMN gtin`);
  }
}
