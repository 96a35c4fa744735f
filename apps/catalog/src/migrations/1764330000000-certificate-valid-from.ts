import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A renewal is issued before it starts: its badge counts from its first valid day. */
export class CertificateValidFrom1764330000000 implements MigrationInterface {
  name = 'CertificateValidFrom1764330000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE product_certificates ADD COLUMN valid_from date`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE product_certificates DROP COLUMN valid_from`);
  }
}
