import type { DataSource, DataSourceOptions } from 'typeorm';
import { databaseOptions, openMigratedDataSource } from '@hb/platform';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { ProbeTables1700000000000 } from '../../support/probe';

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
});
