import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PovertyStatus } from '@hb/contracts';

/** One accepted line of a relief-eligible product: money that reached a county and a producer. */
@Entity('relief_entries')
export class ReliefEntry {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'buyer_id', type: 'text' })
  buyerId!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column({ name: 'producer_id', type: 'uuid' })
  producerId!: string;

  @Column({ name: 'county_code', type: 'char', length: 6 })
  countyCode!: string;

  /** The county's poverty status when the contribution was recorded (null if catalog never announced the county). */
  @Column({ name: 'poverty_status', type: 'text', nullable: true })
  povertyStatus!: PovertyStatus | null;

  @Column('integer')
  quantity!: number;

  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents!: number;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
