import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PovertyStatus } from '@hb/contracts';

@Entity('counties')
export class County {
  /** 6-digit administrative division code (GB/T 2260). */
  @PrimaryColumn({ type: 'char', length: 6 })
  code!: string;

  @Column('text')
  name!: string;

  @Column('text')
  province!: string;

  @Column('text')
  prefecture!: string;

  @Column({ name: 'poverty_status', type: 'text' })
  povertyStatus!: PovertyStatus;

  /** Set exactly when the status is `lifted`. */
  @Column({ name: 'lifted_on', type: 'date', nullable: true })
  liftedOn!: string | null;

  /** The free text pairings were before they were data (/v1/pairings); shown as the deprecated `pairedCity`. */
  @Column({ name: 'paired_city', type: 'text', nullable: true })
  pairedCity!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
