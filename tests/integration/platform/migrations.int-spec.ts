import { DataSource, type DataSourceOptions, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseOptions, migrateExclusively, openMigratedDataSource } from '@hb/platform';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { ProbeTables1700000000000 } from '../../support/probe';

/** The next release's migration: slow enough that a replica starting with it waits for the other. */
class ProbeNotesAuthor1700000100000 implements MigrationInterface {
  name = 'ProbeNotesAuthor1700000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`SELECT pg_sleep(1)`);
    await db.query(`ALTER TABLE probe_notes ADD COLUMN author text NOT NULL DEFAULT 'unknown'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE probe_notes DROP COLUMN author`);
  }
}

describe('migrations when replicas start together (real PostgreSQL)', () => {
  let db: TestDatabase;
  let replicas: DataSource[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('migrations');
  });

  afterAll(async () => {
    await Promise.all(replicas.map((dataSource) => dataSource.destroy()));
    await db?.drop();
  });

  it('migrates an empty database once, one replica after the other, and every replica starts', async () => {
    const options = databaseOptions('probe', [ProbeTables1700000000000], {
      DATABASE_URL: db.url,
    }) as DataSourceOptions;
    replicas = await Promise.all([1, 2, 3, 4].map(() => openMigratedDataSource(options)));

    const applied = await db.query<{ times: number }>(
      `SELECT count(*)::int AS times FROM migrations GROUP BY name`,
    );
    expect(applied).toEqual([{ times: 1 }, { times: 1 }]);
    expect(
      await db.query(
        `SELECT 1 FROM information_schema.tables WHERE table_name IN ('outbox', 'inbox', 'probe_notes')`,
      ),
    ).toHaveLength(3);
  });

  it('with the next release: two replicas race, one applies its migration while the other waits, then finds nothing to do', async () => {
    const next = databaseOptions('probe', [ProbeTables1700000000000, ProbeNotesAuthor1700000100000], {
      DATABASE_URL: db.url,
    }) as DataSourceOptions;
    const racing = await Promise.all([1, 2].map(() => new DataSource(next).initialize()));
    try {
      const outcomes = await Promise.all(racing.map((dataSource) => migrateExclusively(dataSource)));

      const [first, second] = [...outcomes].sort((a, b) => a.waitedForLockMs - b.waitedForLockMs);
      expect(first.applied).toEqual(['ProbeNotesAuthor1700000100000']);
      expect(second.applied).toEqual([]);
      expect(second.waitedForLockMs).toBeGreaterThanOrEqual(900);
      expect(
        await db.query(
          `SELECT count(*)::int AS times FROM migrations WHERE name = 'ProbeNotesAuthor1700000100000'`,
        ),
      ).toEqual([{ times: 1 }]);
      expect(
        await db.query(
          `SELECT column_name FROM information_schema.columns WHERE table_name = 'probe_notes' AND column_name = 'author'`,
        ),
      ).toHaveLength(1);
    } finally {
      await Promise.all(racing.map((dataSource) => dataSource.destroy()));
    }
  });
});
