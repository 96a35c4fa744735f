import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PovertyStatus } from '@hb/contracts';

/** The certification service's copy of a county's poverty status, fed by catalog.county.v1. */
@Entity('viewed_counties')
export class ViewedCounty {
  @PrimaryColumn({ type: 'char', length: 6 })
  code!: string;

  @Column('text')
  name!: string;

  @Column('text')
  province!: string;

  @Column({ name: 'poverty_status', type: 'text' })
  povertyStatus!: PovertyStatus;

  @Column({ name: 'lifted_on', type: 'date', nullable: true })
  liftedOn!: string | null;

  /** When catalog made the change this row reflects (the event's time); an older event changes nothing. */
  @Column({ name: 'as_of', type: 'timestamptz' })
  asOf!: Date;
}
