import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lots in logistics: the lots each shipment carries (from `orders.order.confirmed.v1`), the lots it
 * has heard of with their recall, a recalled mark on shipments, and the `held` status.
 */
export class LotRecalls1765210000000 implements MigrationInterface {
  name = 'LotRecalls1765210000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE shipments DROP CONSTRAINT shipments_status_check`);
    await db.query(`
      ALTER TABLE shipments
        ADD CONSTRAINT shipments_status_check CHECK (status IN
          ('created', 'picked_up', 'in_transit', 'at_hub', 'out_for_delivery', 'delivered', 'cancelled', 'held')),
        ADD COLUMN recalled_at timestamptz`);
    await db.query(`
      CREATE TABLE traced_lots (
        lot_id        uuid        PRIMARY KEY,
        product_id    uuid        NOT NULL,
        producer_id   uuid        NOT NULL,
        harvested_on  date,
        expires_on    date        NOT NULL,
        recall_class  text        CHECK (recall_class IN ('I', 'II', 'III')),
        recall_reason text,
        recalled_at   timestamptz
      )`);
    await db.query(`
      CREATE TABLE shipment_lots (
        shipment_id uuid    NOT NULL REFERENCES shipments (id),
        lot_id      uuid    NOT NULL REFERENCES traced_lots (lot_id),
        product_id  uuid    NOT NULL,
        quantity    integer NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (shipment_id, lot_id)
      )`);
    await db.query(`CREATE INDEX shipment_lots_lot ON shipment_lots (lot_id, shipment_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE shipment_lots`);
    await db.query(`DROP TABLE traced_lots`);
    await db.query(`ALTER TABLE shipments DROP COLUMN recalled_at, DROP CONSTRAINT shipments_status_check`);
    await db.query(`
      ALTER TABLE shipments ADD CONSTRAINT shipments_status_check CHECK (status IN
        ('created', 'picked_up', 'in_transit', 'at_hub', 'out_for_delivery', 'delivered', 'cancelled'))`);
  }
}
