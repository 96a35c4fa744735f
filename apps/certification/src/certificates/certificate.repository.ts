import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@hb/contracts';
import { decodeCursor, pageOf, RequestValidationError, type Page } from '@hb/platform';
import { PRODUCERS_OF_COUNTY } from '../producer-view/county-officials';
import { organisationAsProducer } from '../producer-view/producer-identity';
import { Certificate } from './certificate.entity';
import type { CertificateListQuery } from './certificate.dto';

const ISSUED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export type CertificateFilter = Pick<CertificateListQuery, 'holderId' | 'scheme' | 'status' | 'productId'>;

/** Certificates, their numbering and their actions; every statement runs in the caller's transaction. */
@Injectable()
export class CertificateRepository {
  /**
   * Newest first, keyset on (issued_at, number), as far as the caller may see: producers the
   * certificates they hold, certifiers their body's, county officials their county's producers', administrators all.
   */
  async page(
    tx: EntityManager,
    caller: Principal,
    filter: CertificateFilter,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<Certificate>> {
    const builder = tx
      .createQueryBuilder(Certificate, 'c')
      .orderBy('c.issued_at', 'DESC')
      .addOrderBy('c.number', 'DESC')
      .take(limit + 1);
    if (caller.role === 'producer') {
      builder.andWhere('c.holder_id = :holder', { holder: organisationAsProducer(caller) });
    }
    if (caller.role === 'certifier') {
      builder.andWhere('c.certification_body_id = :body', { body: caller.organisationId });
    }
    if (caller.role === 'county_official') {
      builder.andWhere(`c.holder_id IN (${PRODUCERS_OF_COUNTY})`, { county: caller.organisationId });
    }
    if (filter.holderId) builder.andWhere('c.holder_id = :holderId', { holderId: filter.holderId });
    if (filter.scheme) builder.andWhere('c.scheme = :scheme', { scheme: filter.scheme });
    if (filter.status) builder.andWhere('c.status = :status', { status: filter.status });
    if (filter.productId)
      builder.andWhere(':productId = ANY(c.product_ids)', { productId: filter.productId });
    if (cursor) {
      const [issuedAt, number] = decodeCursor(cursor, 2);
      if (typeof issuedAt !== 'string' || !ISSUED_AT.test(issuedAt) || typeof number !== 'string') {
        throw new RequestValidationError([
          { field: 'cursor', messages: ['cursor is not one this API gave out'] },
        ]);
      }
      builder.andWhere('(c.issued_at, c.number) < (:issuedAt::timestamptz, :number)', { issuedAt, number });
    }
    return pageOf(
      await builder.getMany(),
      limit,
      (last) => [last.issuedAt.toISOString(), last.number],
      (certificate) => certificate,
    );
  }

  /** The next number of the prefix's series in that year (1 for the first). */
  async nextSequence(tx: EntityManager, prefix: string, year: number): Promise<number> {
    const [{ last_value: sequence }] = await tx.query<{ last_value: number }[]>(
      `INSERT INTO certificate_sequences (prefix, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (prefix, year) DO UPDATE SET last_value = certificate_sequences.last_value + 1
       RETURNING last_value`,
      [prefix, year],
    );
    return sequence;
  }

  /** The number of the certificate's next action (1 for the first). */
  async nextActionSeq(tx: EntityManager, certificateNumber: string): Promise<number> {
    const [{ next }] = await tx.query<{ next: number }[]>(
      `SELECT coalesce(max(seq), 0) + 1 AS next FROM certificate_actions WHERE certificate_number = $1`,
      [certificateNumber],
    );
    return next;
  }

  /** Certificates in force whose validity ended before `today`, locked; replicas skip each other's. */
  async expiredBy(tx: EntityManager, today: string, limit: number): Promise<string[]> {
    const due = await tx.query<{ number: string }[]>(
      `SELECT number FROM certificates
        WHERE status IN ('active', 'suspended') AND valid_until < $1::date
        ORDER BY valid_until, number LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [today, limit],
    );
    return due.map(({ number }) => number);
  }

  /**
   * Active certificates not being renewed that reached a warning threshold (days before the end of
   * their validity) they were not yet warned at, locked; replicas skip each other's.
   */
  async dueForWarning(
    tx: EntityManager,
    today: string,
    thresholds: readonly number[],
    limit: number,
  ): Promise<string[]> {
    const due = await tx.query<{ number: string }[]>(
      `SELECT c.number FROM certificates c
        CROSS JOIN LATERAL (
          SELECT min(t) AS threshold FROM unnest($2::int[]) AS t WHERE t >= c.valid_until - $1::date
        ) w
        WHERE c.status = 'active' AND c.renewed_by IS NULL AND c.valid_until >= $1::date
          AND c.valid_until <= $1::date + $3::int
          AND w.threshold IS NOT NULL AND (c.warned_days IS NULL OR w.threshold < c.warned_days)
        ORDER BY c.valid_until, c.number LIMIT $4 FOR UPDATE OF c SKIP LOCKED`,
      [today, thresholds, Math.max(...thresholds), limit],
    );
    return due.map(({ number }) => number);
  }
}
