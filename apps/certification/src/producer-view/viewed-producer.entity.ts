import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PovertyStatus, ProducerKind } from '@hb/contracts';

/** The certification service's copy of a producer, fed by catalog.producer.v1. */
@Entity('viewed_producers')
export class ViewedProducer {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: ProducerKind;

  @Column({ name: 'county_code', type: 'char', length: 6 })
  countyCode!: string;

  /** The county's status when the producer was registered; a later county event supersedes it. */
  @Column({ name: 'county_poverty_status', type: 'text' })
  countyPovertyStatus!: PovertyStatus;

  @Column({ name: 'as_of', type: 'timestamptz' })
  asOf!: Date;
}
