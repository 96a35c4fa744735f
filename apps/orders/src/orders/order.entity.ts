import { Column, Entity, OneToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { DisputeResolution, OrderStatus, RejectedLine, SettledBy } from '@hb/contracts';
import { OrderLine } from './order-line.entity';

@Entity('orders')
export class Order {
  @PrimaryColumn('uuid')
  id!: string;

  /** The buying organisation (its token's `org`). */
  @Column({ name: 'buyer_id', type: 'text' })
  buyerId!: string;

  @Column('text')
  status!: OrderStatus;

  @Column({ name: 'delivery_address', type: 'text' })
  deliveryAddress!: string;

  @Column({ name: 'requested_delivery_date', type: 'date' })
  requestedDeliveryDate!: string;

  @Column({ name: 'total_cents', type: 'bigint' })
  totalCents!: number;

  @Column({ name: 'refund_cents', type: 'bigint', default: 0 })
  refundCents!: number;

  @Column({ name: 'rejection_reasons', type: 'jsonb', nullable: true })
  rejectionReasons!: RejectedLine[] | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt!: Date;

  /** When the last shipment arrived: the start of the buyer's acceptance period. */
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'settled_by', type: 'text', nullable: true })
  settledBy!: SettledBy | null;

  @Column({ type: 'text', nullable: true })
  resolution!: DisputeResolution | null;

  @Column({ name: 'resolution_note', type: 'text', nullable: true })
  resolutionNote!: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => OrderLine, (line) => line.order, { cascade: ['insert'] })
  lines!: OrderLine[];
}
