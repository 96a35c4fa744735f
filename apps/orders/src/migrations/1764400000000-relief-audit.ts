import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Relief you can audit: orders remember when they were delivered, accepted and resolved and who
 * settled them; lines keep their shipment's cold-chain verdict; refunds after acceptance are rows of
 * their own; the ledger gains reversals and refuses UPDATE and DELETE.
 */
export class ReliefAudit1764400000000 implements MigrationInterface {
  name = 'ReliefAudit1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE orders
        ADD COLUMN delivered_at    timestamptz,
        ADD COLUMN accepted_at     timestamptz,
        ADD COLUMN settled_by      text CHECK (settled_by IN ('buyer', 'auto')),
        ADD COLUMN resolution      text CHECK (resolution IN ('refund', 'replacement', 'rejected')),
        ADD COLUMN resolution_note text,
        ADD COLUMN resolved_at     timestamptz`);
    // Orders delivered before this migration start their acceptance period now, not years ago.
    await db.query(`UPDATE orders SET delivered_at = now() WHERE status = 'DELIVERED'`);
    await db.query(`UPDATE orders SET accepted_at = updated_at WHERE status IN ('COMPLETED', 'DISPUTED')`);
    await db.query(
      `CREATE INDEX orders_awaiting_acceptance ON orders (delivered_at) WHERE status = 'DELIVERED'`,
    );

    await db.query(`
      ALTER TABLE order_lines
        ADD COLUMN cold_chain_verdict text CHECK (cold_chain_verdict IN ('ok', 'excursion', 'breached')),
        ADD COLUMN override_reason    text`);

    await db.query(`
      CREATE TABLE order_refunds (
        id           uuid        PRIMARY KEY,
        order_id     uuid        NOT NULL,
        line_no      integer     NOT NULL,
        amount_cents bigint      NOT NULL CHECK (amount_cents > 0),
        refunded_at  timestamptz NOT NULL,
        FOREIGN KEY (order_id, line_no) REFERENCES order_lines (order_id, line_no)
      )`);
    await db.query(`CREATE INDEX order_refunds_time ON order_refunds (refunded_at)`);

    await db.query(`
      ALTER TABLE relief_entries
        ADD COLUMN kind               text NOT NULL DEFAULT 'contribution',
        ADD COLUMN reverses           uuid REFERENCES relief_entries (id),
        ADD COLUMN cold_chain_verdict text,
        ADD COLUMN reason             text,
        DROP CONSTRAINT relief_entries_quantity_check,
        DROP CONSTRAINT relief_entries_amount_cents_check,
        DROP CONSTRAINT relief_entries_order_id_product_id_key,
        ADD CONSTRAINT relief_entries_kind CHECK (
          (kind = 'contribution' AND reverses IS NULL AND quantity > 0 AND amount_cents >= 0)
          OR (kind = 'reversal' AND reverses IS NOT NULL AND quantity = 0 AND amount_cents < 0))`);
    await db.query(
      `CREATE UNIQUE INDEX relief_entries_contribution ON relief_entries (order_id, product_id) WHERE kind = 'contribution'`,
    );
    await db.query(`CREATE INDEX relief_entries_county ON relief_entries (county_code, recorded_at)`);
    await db.query(`
      CREATE FUNCTION relief_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'relief_entries is append-only: correct an entry with a reversal'
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER relief_entries_append_only BEFORE UPDATE OR DELETE ON relief_entries
        FOR EACH ROW EXECUTE FUNCTION relief_entries_append_only()`);
    await db.query(`
      CREATE TRIGGER relief_entries_no_truncate BEFORE TRUNCATE ON relief_entries
        FOR EACH STATEMENT EXECUTE FUNCTION relief_entries_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER relief_entries_no_truncate ON relief_entries`);
    await db.query(`DROP TRIGGER relief_entries_append_only ON relief_entries`);
    await db.query(`DROP FUNCTION relief_entries_append_only()`);
    await db.query(`DELETE FROM relief_entries WHERE kind = 'reversal'`);
    await db.query(`DROP INDEX relief_entries_county`);
    await db.query(`DROP INDEX relief_entries_contribution`);
    await db.query(`
      ALTER TABLE relief_entries
        DROP CONSTRAINT relief_entries_kind,
        DROP COLUMN reason,
        DROP COLUMN cold_chain_verdict,
        DROP COLUMN reverses,
        DROP COLUMN kind,
        ADD CONSTRAINT relief_entries_quantity_check CHECK (quantity > 0),
        ADD CONSTRAINT relief_entries_amount_cents_check CHECK (amount_cents >= 0),
        ADD CONSTRAINT relief_entries_order_id_product_id_key UNIQUE (order_id, product_id)`);
    await db.query(`DROP TABLE order_refunds`);
    await db.query(`ALTER TABLE order_lines DROP COLUMN override_reason, DROP COLUMN cold_chain_verdict`);
    await db.query(`DROP INDEX orders_awaiting_acceptance`);
    await db.query(`
      ALTER TABLE orders DROP COLUMN resolved_at, DROP COLUMN resolution_note, DROP COLUMN resolution,
        DROP COLUMN settled_by, DROP COLUMN accepted_at, DROP COLUMN delivered_at`);
  }
}
