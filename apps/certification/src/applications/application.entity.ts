import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ApplicationStage, CertificationScheme, PovertyStatus } from '@hb/contracts';

/** A document the applicant supplied, described (the file itself lives in the document store). */
export interface DocumentMetadata {
  name: string;
  kind: string;
  sha256?: string;
}

/** A producer's application for a certificate (or the renewal of one) and where its review stands. */
@Entity('applications')
export class Application {
  @PrimaryColumn('uuid')
  id!: string;

  /** The applying producer (its users' token `org`). */
  @Column({ name: 'producer_id', type: 'uuid' })
  producerId!: string;

  @Column('text')
  scheme!: CertificationScheme;

  /** The certification body the applicant chose: only its certifiers review the application. */
  @Column({ name: 'certification_body_id', type: 'text' })
  certificationBodyId!: string;

  @Column({ name: 'product_ids', type: 'uuid', array: true })
  productIds!: string[];

  @Column({ type: 'jsonb' })
  documents!: DocumentMetadata[];

  @Column({ name: 'renews_certificate', type: 'text', nullable: true })
  renewsCertificate!: string | null;

  @Column('text')
  stage!: ApplicationStage;

  /** The lane, fixed when the producer applied: its county was in key or deep poverty status then. */
  @Column('boolean')
  priority!: boolean;

  @Column({ name: 'county_code', type: 'char', length: 6 })
  countyCode!: string;

  @Column({ name: 'poverty_status', type: 'text' })
  povertyStatus!: PovertyStatus;

  @Column({ name: 'fee_cents', type: 'bigint' })
  feeCents!: number;

  @Column({ name: 'fee_relief_cents', type: 'bigint' })
  feeReliefCents!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'stage_entered_at', type: 'timestamptz' })
  stageEnteredAt!: Date;

  @Column({ name: 'stage_due_at', type: 'timestamptz', nullable: true })
  stageDueAt!: Date | null;

  @Column({ name: 'certificate_number', type: 'text', nullable: true })
  certificateNumber!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
