import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PovertyStatus } from '@hb/contracts';

/** The orders service's copy of a county and its poverty status, fed by catalog.county.v1. */
@Entity('catalog_counties')
export class CatalogCounty {
  @PrimaryColumn({ type: 'char', length: 6 })
  code!: string;

  @Column('text')
  name!: string;

  @Column('text')
  province!: string;

  @Column({ name: 'poverty_status', type: 'text' })
  povertyStatus!: PovertyStatus;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
