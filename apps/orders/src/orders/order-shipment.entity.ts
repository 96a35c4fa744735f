import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ColdChainVerdict } from '@hb/contracts';

export const ORDER_SHIPMENT_STATUSES = ['created', 'picked_up', 'delivered', 'cancelled'] as const;
export type OrderShipmentStatus = (typeof ORDER_SHIPMENT_STATUSES)[number];

/** What orders knows of a shipment of one of its orders (fed by logistics.shipment.v1). */
@Entity('order_shipments')
export class OrderShipment {
  @PrimaryColumn({ name: 'shipment_id', type: 'uuid' })
  shipmentId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'producer_id', type: 'uuid' })
  producerId!: string;

  @Column('text')
  status!: OrderShipmentStatus;

  @Column({ name: 'cold_chain_verdict', type: 'text', nullable: true })
  coldChainVerdict!: ColdChainVerdict | null;

  @Column({ type: 'jsonb', nullable: true })
  figures!: Record<string, unknown> | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
