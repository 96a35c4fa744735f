import { Logger } from '@nestjs/common';
import { DataSource, type DataSourceOptions } from 'typeorm';

/** Any constant: the key of the advisory lock held while a service migrates its database. */
const MIGRATION_LOCK_KEY = 0x4842_6d69;

export interface MigrationOutcome {
  /** The migrations this process applied, oldest first; empty if another replica had applied them. */
  readonly applied: readonly string[];
  /** How long this process waited for the lock, that is for the replica migrating before it. */
  readonly waitedForLockMs: number;
}

/**
 * Runs pending migrations while holding a session-level advisory lock, so replicas starting together
 * migrate one after the other (the later ones find nothing left to do) instead of racing.
 */
export async function migrateExclusively(dataSource: DataSource): Promise<MigrationOutcome> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const asked = Date.now();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const waitedForLockMs = Date.now() - asked;
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return { applied: applied.map((migration) => migration.name), waitedForLockMs };
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/**
 * The DataSource a service runs with: connected, and migrated under the lock. Migrations run on
 * connections of their own without the statement timeout (building an index on a large table may
 * take longer than any request should); the service's connections keep it.
 */
export async function openMigratedDataSource(options: DataSourceOptions): Promise<DataSource> {
  const extra = (options as { extra?: Record<string, unknown> }).extra ?? {};
  const migrator = await new DataSource({
    ...options,
    migrationsRun: false,
    // One connection holds the lock, one runs the migrations.
    extra: { ...extra, max: 2, statement_timeout: 0 },
  }).initialize();
  try {
    const { applied, waitedForLockMs } = await migrateExclusively(migrator);
    // Which replica changed the schema, and that the others found nothing left to do.
    new Logger('Migrations').log({
      msg: applied.length > 0 ? 'migrations applied' : 'no migration pending',
      applied,
      waitedForLockMs,
    });
  } finally {
    await migrator.destroy();
  }
  return new DataSource({ ...options, migrationsRun: false }).initialize();
}
