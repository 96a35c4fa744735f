import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a lot's expiry has been announced (LotExpired). Lots that expired before this migration
 * count as announced: nobody reads a flood of old expiries as news.
 */
export class LotExpiryAnnounced1764400000000 implements MigrationInterface {
  name = 'LotExpiryAnnounced1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE lots ADD COLUMN expiry_announced boolean NOT NULL DEFAULT false`);
    await db.query(
      `UPDATE lots SET expiry_announced = true WHERE expires_on < (now() AT TIME ZONE 'UTC')::date`,
    );
    await db.query(`CREATE INDEX lots_expiry_due ON lots (expires_on) WHERE NOT expiry_announced`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX lots_expiry_due`);
    await db.query(`ALTER TABLE lots DROP COLUMN expiry_announced`);
  }
}
