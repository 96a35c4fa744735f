import { DataSource, type DataSourceOptions, type MigrationInterface, type QueryRunner } from 'typeorm';
import { OutboxRoomForMarks1765710000000 } from '@hb/messaging';
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
    // The shared messaging migrations and the probe's.
    expect(applied).toEqual([{ times: 1 }, { times: 1 }, { times: 1 }, { times: 1 }]);
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

  it("keeps a published outbox row on its page (the relay's mark writes only the changed bytes), and running the migration again changes nothing", async () => {
    const [replica] = replicas;
    // Envelopes of a kilobyte, as the Kafka-path benchmark's, in separate transactions as services write them.
    for (let index = 0; index < 40; index += 1) {
      await db.query(
        `INSERT INTO outbox (event_id, topic, key, type, envelope)
         VALUES (gen_random_uuid(), 'probe.notes.v1', $1, 'probe.note.recorded.v1', jsonb_build_object('text', repeat('x', 1000)))`,
        [`note-${index}`],
      );
    }
    const pageOf = async (): Promise<Map<string, string>> =>
      new Map(
        (
          await db.query<{ key: string; page: string }>(
            `SELECT key, (ctid::text::point)[0]::text AS page FROM outbox`,
          )
        ).map((row) => [row.key, row.page]),
      );
    const before = await pageOf();
    await db.query(`UPDATE outbox SET published_at = now() WHERE published_at IS NULL`);
    expect(await pageOf()).toEqual(before);

    const runner = replica.createQueryRunner();
    try {
      await new OutboxRoomForMarks1765710000000().up(runner);
    } finally {
      await runner.release();
    }
    expect(
      await db.query(`SELECT reloptions FROM pg_class WHERE relname = 'outbox' AND relkind = 'r'`),
    ).toEqual([{ reloptions: ['fillfactor=50'] }]);
  });
});
