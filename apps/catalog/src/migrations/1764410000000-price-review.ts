import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A product's price review (monitoring.price.v1 and POST /v1/products/{id}/price-review). */
export class PriceReview1764410000000 implements MigrationInterface {
  name = 'PriceReview1764410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE products
        ADD COLUMN price_review text NOT NULL DEFAULT 'none'
          CHECK (price_review IN ('none', 'flagged', 'justified', 'corrected')),
        ADD COLUMN price_review_note text,
        ADD COLUMN price_reviewed_by text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE products DROP COLUMN price_review, DROP COLUMN price_review_note, DROP COLUMN price_reviewed_by`,
    );
  }
}
