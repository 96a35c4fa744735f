import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CertificateIssued, type CertificateData, type CertificationScheme } from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import { utcDay } from '@hb/platform';

import { CERTIFICATION_CONFIG, type CertificationConfig } from '../certification.config';
import { CertificateActionRecord } from './certificate-action.entity';
import { certificateNumber, NUMBER_PREFIXES, randomCheckSuffix } from './certificate-number';
import { ANNOUNCED_BY, statusAfter, type CertificateAction } from './certificate-status';
import { Certificate } from './certificate.entity';
import { CertificateRepository } from './certificate.repository';
import { renewalStartsOn, validityFrom } from './validity';
import { RenewedCertificateRevoked } from './certificate.errors';

export interface Issuance {
  readonly applicationId: string;
  readonly scheme: CertificationScheme;
  readonly holderId: string;
  /** The body whose certifiers approved the application. */
  readonly certificationBodyId: string;
  readonly productIds: readonly string[];
  /** The certificate this one renews, locked by the caller. */
  readonly renews: Certificate | null;
}

/** Who changed a certificate: a certifier (token `sub`), or the expiry sweep. */
export const EXPIRY_SWEEP_ACTOR = 'expiry-sweep';

/**
 * Issues certificates and moves them through their lifecycle table. Every change is written with its
 * audit record and announced on certification.certificate.v1 in the caller's transaction.
 */
@Injectable()
export class CertificateLifecycle {
  constructor(
    private readonly outbox: Outbox,
    @Inject(CERTIFICATION_CONFIG) private readonly config: CertificationConfig,
    private readonly certificates: CertificateRepository,
  ) {}

  /** The certificate, its row locked for the rest of the transaction; null if unknown. */
  lock(tx: EntityManager, number: string): Promise<Certificate | null> {
    return tx.findOne(Certificate, { where: { number }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Issues the certificate an approved application earns: the next number of its scheme and year
   * with a random check suffix, validity by scheme from the issue date, or for a renewal from the
   * day after the renewed certificate ends.
   */
  async issue(tx: EntityManager, issuance: Issuance, at: Date): Promise<Certificate> {
    const issuedOn = utcDay(at);
    const renews = issuance.renews;
    if (renews?.status === 'revoked') {
      throw new RenewedCertificateRevoked(renews.number);
    }
    const validFrom = renews?.validUntil ? renewalStartsOn(renews.validUntil) : issuedOn;
    const { validUntil } = validityFrom(validFrom, this.config.validityYears[issuance.scheme]);
    const year = at.getUTCFullYear();
    const sequence = await this.certificates.nextSequence(tx, NUMBER_PREFIXES[issuance.scheme], year);
    const certificate = tx.create(Certificate, {
      number: certificateNumber(issuance.scheme, year, sequence, randomCheckSuffix()),
      scheme: issuance.scheme,
      certificationBodyId: issuance.certificationBodyId,
      holderId: issuance.holderId,
      productIds: [...issuance.productIds],
      issuedOn,
      validFrom,
      validUntil,
      status: 'active',
      statusReason: null,
      statusChangedAt: null,
      applicationId: issuance.applicationId,
      renewsCertificate: renews?.number ?? null,
      renewedBy: null,
      warnedDays: null,
      issuedAt: at,
    });
    await tx.insert(Certificate, certificate);
    if (renews) await tx.update(Certificate, { number: renews.number }, { renewedBy: certificate.number });
    await this.outbox.append(tx, event(CertificateIssued, this.dataOf(certificate), at));
    return certificate;
  }

  /** Applies an action (409 if the table forbids it), records who did it and why, and announces it. */
  async move(
    tx: EntityManager,
    certificate: Certificate,
    action: CertificateAction,
    reason: string,
    actor: string,
    at: Date,
  ): Promise<Certificate> {
    const from = certificate.status;
    const status = statusAfter(from, action);
    await tx.insert(CertificateActionRecord, {
      certificateNumber: certificate.number,
      seq: await this.certificates.nextActionSeq(tx, certificate.number),
      action,
      fromStatus: from,
      toStatus: status,
      reason,
      actor,
      at,
    });
    const changes = { status, statusReason: reason, statusChangedAt: at };
    await tx.update(Certificate, { number: certificate.number }, changes);
    Object.assign(certificate, changes);
    await this.outbox.append(tx, event(ANNOUNCED_BY[action], this.dataOf(certificate, reason), at));
    return certificate;
  }

  /** The certificate as its events carry it. */
  dataOf(certificate: Certificate, reason?: string): CertificateData {
    return {
      number: certificate.number,
      scheme: certificate.scheme,
      holderId: certificate.holderId,
      productIds: certificate.productIds,
      issuedOn: certificate.issuedOn,
      validFrom: certificate.validFrom,
      validUntil: certificate.validUntil,
      renewsCertificate: certificate.renewsCertificate,
      applicationId: certificate.applicationId,
      ...(reason === undefined ? {} : { reason }),
    };
  }
}
