import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ColdChainVerdict, PovertyStatus } from '@hb/contracts';

export type ReliefEntryKind = 'contribution' | 'reversal';

/**
 * One accepted line of a relief-eligible product (a contribution: money that reached a county and a
 * producer), or a reversal of part of one (negative). Append-only: the table refuses UPDATE and DELETE.
 */
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

  @Column('text')
  kind!: ReliefEntryKind;

  /** The contribution a reversal corrects; null for a contribution. */
  @Column({ type: 'uuid', nullable: true })
  reverses!: string | null;

  @Column({ name: 'cold_chain_verdict', type: 'text', nullable: true })
  coldChainVerdict!: ColdChainVerdict | null;

  /** The emergency sale the line was bought from, if any. */
  @Column({ name: 'emergency_sale_id', type: 'uuid', nullable: true })
  emergencySaleId!: string | null;

  /** Why a reversal was written. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
