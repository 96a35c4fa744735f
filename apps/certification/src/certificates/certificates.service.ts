import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan } from 'typeorm';
import type { Principal } from '@hb/contracts';
import {
  Clock,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  NotFoundError,
  type Page,
  pageOf,
  type PageQuery,
  RequestValidationError,
  utcDay,
} from '@hb/platform';
import { ProducerViewRepository } from '../producer-view/producer-view.repository';
import { CertificateLifecycle } from './certificate-lifecycle';
import { parseCertificateNumber } from './certificate-number';
import type { CertifierAction } from './certificate-status';
import { Certificate } from './certificate.entity';
import { CertificateRepository } from './certificate.repository';
import { CertificateActionRecord } from './certificate-action.entity';
import {
  toCertificateView,
  type CertificateActionView,
  type CertificateListQuery,
  type CertificateVerification,
  type CertificateView,
} from './certificate.dto';
import { verdictOn } from './validity';
import { CertificateEnded } from './certificate.errors';

/** Certifiers' acts on certificates, the public verification, and the certificate list. */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: CertificateLifecycle,
    private readonly producers: ProducerViewRepository,
    private readonly clock: Clock,
    private readonly certificates: CertificateRepository,
  ) {}

  /**
   * Suspends, reinstates or revokes a certificate, with the certifier's reason: only a certifier of
   * the issuing body may (404 for the others, as for a certificate that does not exist).
   */
  async act(
    caller: Principal,
    number: string,
    action: CertifierAction,
    reason: string,
  ): Promise<CertificateView> {
    return this.dataSource.transaction(async (tx) => {
      const certificate = await this.lifecycle.lock(tx, number);
      if (!certificate || certificate.certificationBodyId !== caller.organisationId) {
        throw new NotFoundError('certificate', number);
      }
      const now = this.clock.now();
      if (action === 'reinstate' && certificate.validUntil !== null && certificate.validUntil < utcDay(now)) {
        throw new CertificateEnded(number, certificate.validUntil);
      }
      await this.lifecycle.move(tx, certificate, action, reason, caller.subject, now);
      return toCertificateView(certificate);
    });
  }

  /** Anyone may check a certificate: is it valid today, why (not), whose, for which products. */
  async verify(number: string): Promise<CertificateVerification> {
    if (!parseCertificateNumber(number)) throw new NotFoundError('certificate', number);
    return this.dataSource.transaction(async (tx) => {
      const certificate = await tx.findOneBy(Certificate, { number });
      if (!certificate) throw new NotFoundError('certificate', number);
      const { holderName, productNames } = await this.producers.namesFor(
        tx,
        certificate.holderId,
        certificate.productIds,
      );
      const verdict = verdictOn(
        {
          ...certificate,
          statusChangedOn: certificate.statusChangedAt ? utcDay(certificate.statusChangedAt) : null,
        },
        utcDay(this.clock.now()),
      );
      return {
        number: certificate.number,
        valid: verdict.valid,
        reason: verdict.reason,
        status: certificate.status,
        scheme: certificate.scheme,
        holderName,
        products: certificate.productIds.map((id) => ({ name: productNames.get(id) ?? null })),
        issuedOn: certificate.issuedOn,
        validFrom: certificate.validFrom,
        validUntil: certificate.validUntil,
        renewsCertificate: certificate.renewsCertificate,
        renewedBy: certificate.renewedBy,
      };
    });
  }

  /**
   * The audit trail of a certificate, oldest first: who suspended, reinstated, revoked or expired it
   * and why. For its holder, the certifiers of the issuing body and administrators; 404 for others.
   */
  async actions(caller: Principal, number: string, query: PageQuery): Promise<Page<CertificateActionView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    return this.dataSource.transaction(async (tx) => {
      const certificate = await tx.findOneBy(Certificate, { number });
      const visible =
        certificate &&
        (caller.role === 'admin' ||
          (caller.role === 'producer' && certificate.holderId === caller.organisationId) ||
          (caller.role === 'certifier' && certificate.certificationBodyId === caller.organisationId));
      if (!visible) throw new NotFoundError('certificate', number);
      const after = query.cursor ? decodeCursor(query.cursor, 1)[0] : 0;
      if (!Number.isSafeInteger(after)) {
        throw new RequestValidationError([
          { field: 'cursor', messages: ['cursor is not one this API gave out'] },
        ]);
      }
      const rows = await tx.find(CertificateActionRecord, {
        where: { certificateNumber: number, seq: MoreThan(after as number) },
        order: { seq: 'ASC' },
        take: limit + 1,
      });
      return pageOf(
        rows,
        limit,
        (row) => [row.seq],
        (row) => ({
          seq: row.seq,
          action: row.action,
          from: row.fromStatus,
          to: row.toStatus,
          reason: row.reason,
          by: row.actor,
          at: row.at.toISOString(),
        }),
      );
    });
  }

  /** Newest first; a producer sees the certificates it holds, certifiers their body's, administrators all. */
  async list(caller: Principal, query: CertificateListQuery): Promise<Page<CertificateView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const page = await this.certificates.page(
      this.dataSource.manager,
      caller,
      { holderId: query.holderId, scheme: query.scheme, status: query.status, productId: query.productId },
      query.cursor,
      limit,
    );
    return { items: page.items.map(toCertificateView), nextCursor: page.nextCursor };
  }
}
