import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lot recalls and traces: a recalled lot keeps what it had left (and what orders not yet confirmed
 * gave back) as `blocked`, never sold again; a stock decision remembers its buyer (for the trace) and
 * when catalog saw the order confirmed (a recall releases only what was not).
 */
export class LotRecalls1765210000000 implements MigrationInterface {
  name = 'LotRecalls1765210000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE lots
        ADD COLUMN blocked       integer     NOT NULL DEFAULT 0 CHECK (blocked >= 0),
        ADD COLUMN recalled_at   timestamptz,
        ADD COLUMN recall_class  text        CHECK (recall_class IN ('I', 'II', 'III')),
        ADD COLUMN recall_reason text,
        ADD CONSTRAINT lots_recall_whole CHECK ((recalled_at IS NULL) = (recall_class IS NULL)),
        ADD CONSTRAINT lots_blocked_within CHECK (reserved + committed + blocked <= quantity)`);
    await db.query(`
      ALTER TABLE stock_decisions
        ADD COLUMN buyer_id     text,
        ADD COLUMN confirmed_at timestamptz`);
    await db.query(`CREATE INDEX reservations_lot ON reservations (lot_id, order_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX reservations_lot`);
    await db.query(`ALTER TABLE stock_decisions DROP COLUMN confirmed_at, DROP COLUMN buyer_id`);
    await db.query(`
      ALTER TABLE lots DROP CONSTRAINT lots_blocked_within, DROP CONSTRAINT lots_recall_whole,
        DROP COLUMN recall_reason, DROP COLUMN recall_class, DROP COLUMN recalled_at, DROP COLUMN blocked`);
  }
}
