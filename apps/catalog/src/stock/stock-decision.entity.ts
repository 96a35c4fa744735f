import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What catalog decided about an order's stock, and where that reservation now stands. */
export type StockDecisionState = 'reserved' | 'rejected' | 'released' | 'committed';

@Entity('stock_decisions')
export class StockDecision {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column('text')
  state!: StockDecisionState;

  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' })
  decidedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** How much of one lot an order holds. */
@Entity('reservations')
export class Reservation {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @PrimaryColumn({ name: 'lot_id', type: 'uuid' })
  lotId!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column('integer')
  quantity!: number;
}
