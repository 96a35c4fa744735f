import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Money returned on an accepted line after acceptance (a dispute resolved with a refund). */
@Entity('order_refunds')
export class OrderRefund {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'line_no', type: 'integer' })
  lineNo!: number;

  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents!: number;

  @Column({ name: 'refunded_at', type: 'timestamptz' })
  refundedAt!: Date;
}
