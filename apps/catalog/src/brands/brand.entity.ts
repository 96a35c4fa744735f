import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BrandKind, BrandStatus } from '@hb/contracts';

/** A brand of the catalogue, as stored; reads go through BrandRepository's SQL. */
@Entity('brands')
export class Brand {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: BrandKind;

  @Column({ name: 'county_code', type: 'char', length: 6 })
  countyCode!: string;

  @Column({ name: 'owner_producer_id', type: 'uuid', nullable: true })
  ownerProducerId!: string | null;

  /** The number of the geographical-indication certificate a regional public brand stands on. */
  @Column({ name: 'gi_certificate', type: 'text', nullable: true })
  geographicalIndicationCertificate!: string | null;

  @Column({ type: 'text', default: 'submitted' })
  status!: BrandStatus;

  /** `role:org` of the submitter. */
  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;
}
