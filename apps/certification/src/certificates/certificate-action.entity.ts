import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CertificateStatus } from '@hb/contracts';
import type { CertificateAction } from './certificate-status';

/** The audit trail of a certificate: every change of status, by whom (or by the expiry sweep), and why. */
@Entity('certificate_actions')
export class CertificateActionRecord {
  @PrimaryColumn({ name: 'certificate_number', type: 'text' })
  certificateNumber!: string;

  @PrimaryColumn('integer')
  seq!: number;

  @Column('text')
  action!: CertificateAction;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus!: CertificateStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: CertificateStatus;

  @Column('text')
  reason!: string;

  /** The certifier (token `sub`), or `expiry-sweep`. */
  @Column('text')
  actor!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
