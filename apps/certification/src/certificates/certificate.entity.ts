import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CertificateStatus, CertificationScheme } from '@hb/contracts';

/** A certificate issued on the approval of an application. */
@Entity('certificates')
export class Certificate {
  /** Readable and unique, e.g. `GF-2026-000123-7KQ2M` (see certificate-number.ts). */
  @PrimaryColumn('text')
  number!: string;

  @Column('text')
  scheme!: CertificationScheme;

  /** The body that issued it: only its certifiers suspend, reinstate or revoke it. */
  @Column({ name: 'certification_body_id', type: 'text' })
  certificationBodyId!: string;

  /** The producer holding it. */
  @Column({ name: 'holder_id', type: 'uuid' })
  holderId!: string;

  @Column({ name: 'product_ids', type: 'uuid', array: true })
  productIds!: string[];

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  /** The issue date, or for a renewal the day after the renewed certificate ends. */
  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  /** Last valid day; null: without end (geographical indication). */
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Column('text')
  status!: CertificateStatus;

  /** The reason given for the last change of status (suspension, reinstatement, revocation, expiry). */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason!: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt!: Date | null;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Column({ name: 'renews_certificate', type: 'text', nullable: true })
  renewsCertificate!: string | null;

  /** The certificate that renewed this one: its holder is not warned of an expiry it has dealt with. */
  @Column({ name: 'renewed_by', type: 'text', nullable: true })
  renewedBy!: string | null;

  /** The smallest expiry warning sent so far (days before the end); null: none yet. */
  @Column({ name: 'warned_days', type: 'integer', nullable: true })
  warnedDays!: number | null;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;
}
