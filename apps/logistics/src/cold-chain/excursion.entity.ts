import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ExcursionDirection, ExcursionSeverity } from '@hb/contracts';

/** An excursion of a shipment as the readings so far tell it (kept in step with the cold-chain state). */
@Entity('excursions')
export class ExcursionRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'shipment_id', type: 'uuid' })
  shipmentId!: string;

  @Column('text')
  direction!: ExcursionDirection;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'peak_c', type: 'double precision' })
  peakC!: number;

  @Column('integer')
  minutes!: number;

  @Column('text')
  severity!: ExcursionSeverity;

  @Column({ name: 'detected_at', type: 'timestamptz', default: () => 'now()' })
  detectedAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
