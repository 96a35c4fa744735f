/**
 * Preloaded (`node -r`, transpiled by the suite) into a service the fault suite starts as "the next
 * release": the service's own migrations plus one more, so that its replicas start with a migration
 * pending. The migration takes a few seconds (as building an index on a large table would), so that a
 * replica starting at the same time has to wait for the one applying it; and it cannot be applied
 * twice (ADD COLUMN without IF NOT EXISTS): a replica that applied it again would fail to start.
 *
 * HB_NEXT_RELEASE_TABLE names the table it adds a column to.
 */
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { NEXT_RELEASE_MIGRATION } from './next-release-name';

const table = process.env.HB_NEXT_RELEASE_TABLE ?? '';
if (!/^[a-z_]+$/.test(table)) throw new Error(`HB_NEXT_RELEASE_TABLE=${table} is not a table name`);

class FaultSuiteNextRelease1999999999999 implements MigrationInterface {
  name = NEXT_RELEASE_MIGRATION;

  async up(db: QueryRunner): Promise<void> {
    await db.query(`SELECT pg_sleep(3)`);
    await db.query(`ALTER TABLE ${table} ADD COLUMN fault_suite_release text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ${table} DROP COLUMN fault_suite_release`);
  }
}

const initialize = DataSource.prototype.initialize;
DataSource.prototype.initialize = function initializeWithTheNextRelease(this: DataSource) {
  const migrations = this.options.migrations;
  if (
    Array.isArray(migrations) &&
    migrations.length > 0 &&
    !migrations.includes(FaultSuiteNextRelease1999999999999)
  ) {
    this.setOptions({ migrations: [...migrations, FaultSuiteNextRelease1999999999999] });
  }
  return initialize.call(this);
};
