import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox (events waiting to be published, written in the transaction of the state change they
 * announce) and the inbox (events this service has applied, written in the transaction of the
 * effect). Every service runs this migration in its own database.
 */
export class MessagingTables1764230400000 implements MigrationInterface {
  name = 'MessagingTables1764230400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox (
        seq          bigserial PRIMARY KEY,
        event_id     uuid        NOT NULL UNIQUE,
        topic        text        NOT NULL,
        key          text        NOT NULL,
        type         text        NOT NULL,
        envelope     jsonb       NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await db.query(`CREATE INDEX outbox_unpublished ON outbox (seq) WHERE published_at IS NULL`);
    await db.query(
      `CREATE INDEX outbox_published_at ON outbox (published_at) WHERE published_at IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE inbox (
        consumer_group text        NOT NULL,
        event_id       uuid        NOT NULL,
        type           text        NOT NULL,
        topic          text        NOT NULL,
        "partition"    integer     NOT NULL,
        "offset"       bigint      NOT NULL,
        processed_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE inbox`);
    await db.query(`DROP TABLE outbox`);
  }
}
