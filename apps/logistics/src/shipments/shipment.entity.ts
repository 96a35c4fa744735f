import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ColdChainProfile, ColdChainVerdict, ShipmentStatus } from '@hb/contracts';
import type { ColdChainSummary } from '../cold-chain/excursions';

/** A line of the order that travels in this shipment, with its own cold-chain profile. */
export interface ShipmentLine {
  productId: string;
  quantity: number;
  coldChainProfile: ColdChainProfile;
}

/** The goods of one producer origin of a confirmed order, from pick-up to delivery. */
@Entity('shipments')
export class Shipment {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  /** The buying organisation (from OrderConfirmed), so that buyers see their shipments. */
  @Column({ name: 'buyer_id', type: 'text' })
  buyerId!: string;

  @Column({ name: 'producer_id', type: 'uuid' })
  producerId!: string;

  /** The operator organisation holding the shipment (its token's `org`); null until claimed. */
  @Column({ name: 'operator_id', type: 'text', nullable: true })
  operatorId!: string | null;

  @Column('text')
  status!: ShipmentStatus;

  @Column({ name: 'min_c', type: 'double precision' })
  minC!: number;

  @Column({ name: 'max_c', type: 'double precision' })
  maxC!: number;

  @Column({ name: 'max_dwell_minutes', type: 'integer' })
  maxDwellMinutes!: number;

  @Column({ type: 'jsonb' })
  lines!: ShipmentLine[];

  @Column({ name: 'delivery_address', type: 'text' })
  deliveryAddress!: string;

  @Column({ name: 'requested_delivery_date', type: 'date' })
  requestedDeliveryDate!: string;

  @Column({ name: 'cold_chain_verdict', type: 'text', nullable: true })
  coldChainVerdict!: ColdChainVerdict | null;

  /** The figures announced with the verdict at delivery. */
  @Column({ name: 'delivered_figures', type: 'jsonb', nullable: true })
  deliveredFigures!: ColdChainSummary['figures'] | null;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** When a lot it carries was recalled while it was still moving; null otherwise. */
  @Column({ name: 'recalled_at', type: 'timestamptz', nullable: true })
  recalledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export const profileOf = (
  shipment: Pick<Shipment, 'minC' | 'maxC' | 'maxDwellMinutes'>,
): ColdChainProfile => ({
  minC: shipment.minC,
  maxC: shipment.maxC,
  maxDwellMinutes: shipment.maxDwellMinutes,
});
