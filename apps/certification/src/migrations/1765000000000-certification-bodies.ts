import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where applications and certificates made before bodies were registered go (README, certification). */
export const LEGACY_CERTIFICATION_BODY = 'legacy';

/**
 * Certification bodies; every application is assigned to one, every certificate issued by one.
 * Rows from before are assigned to the body `legacy` (created only if there are such rows), whose
 * certifiers carry on with them.
 */
export class CertificationBodies1765000000000 implements MigrationInterface {
  name = 'CertificationBodies1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE certification_bodies (
        id            text        PRIMARY KEY,
        name          text        NOT NULL,
        registered_at timestamptz NOT NULL
      )`);
    await db.query(
      `INSERT INTO certification_bodies (id, name, registered_at)
       SELECT $1, 'Applications submitted before certification bodies were registered', now()
       WHERE EXISTS (SELECT 1 FROM applications)`,
      [LEGACY_CERTIFICATION_BODY],
    );
    for (const table of ['applications', 'certificates']) {
      await db.query(
        `ALTER TABLE ${table} ADD COLUMN certification_body_id text REFERENCES certification_bodies (id)`,
      );
      await db.query(`UPDATE ${table} SET certification_body_id = $1`, [LEGACY_CERTIFICATION_BODY]);
      await db.query(`ALTER TABLE ${table} ALTER COLUMN certification_body_id SET NOT NULL`);
    }
    await db.query(
      `CREATE INDEX applications_by_body ON applications (certification_body_id, priority DESC, submitted_at, id)`,
    );
    await db.query(
      `CREATE INDEX certificates_by_body ON certificates (certification_body_id, issued_at DESC, number DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE certificates DROP COLUMN certification_body_id`);
    await db.query(`ALTER TABLE applications DROP COLUMN certification_body_id`);
    await db.query(`DROP TABLE certification_bodies`);
  }
}
