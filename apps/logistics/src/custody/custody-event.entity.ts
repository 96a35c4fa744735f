import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ShipmentStatus } from '@hb/contracts';

/** One link of the chain of custody: a status change, when and where, and who handed the goods to whom. */
@Entity('custody_events')
export class CustodyEvent {
  @PrimaryColumn({ name: 'shipment_id', type: 'uuid' })
  shipmentId!: string;

  @PrimaryColumn('integer')
  seq!: number;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus!: ShipmentStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: ShipmentStatus;

  @Column('timestamptz')
  at!: Date;

  @Column('text')
  location!: string;

  @Column({ name: 'handed_over_by', type: 'text' })
  handedOverBy!: string;

  @Column({ name: 'received_by', type: 'text' })
  receivedBy!: string;

  @Column({ name: 'operator_id', type: 'text' })
  operatorId!: string;

  /** The user (token `sub`) who posted it. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
