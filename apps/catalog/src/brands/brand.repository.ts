import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BrandKind, BrandStatus, CertificateStatus, PovertyStatus } from '@hb/contracts';
import { createdAtText, type CreationPosition } from '@hb/platform';
import { productsOfBrandQuery, type ProductRow } from '../products/product-search';
import { Brand } from './brand.entity';

/** A brand as read: with its county, the standing of its geographical indication, its place in order. */
export interface BrandRow {
  id: string;
  name: string;
  kind: BrandKind;
  countyCode: string;
  countyName: string;
  povertyStatus: PovertyStatus;
  ownerProducerId: string | null;
  geographicalIndicationCertificate: string | null;
  status: BrandStatus;
  decisionNote: string | null;
  submittedAt: Date;
  decidedAt: Date | null;
  giStatus: CertificateStatus | null;
  giValidFrom: string | null;
  giValidUntil: string | null;
  giValid: boolean | null;
  /** 0 deep, 1 key, 2 lifted: poverty counties come first. */
  rank: number;
  /** Full-precision time of the row's place in its list (submission in the queue, admission in the catalogue). */
  position: string;
}

/** Where a page starts: after this rank, time and id. */
export interface BrandPosition {
  readonly rank: number;
  readonly at: string;
  readonly id: string;
}

export interface BrandFilters {
  readonly status: 'submitted' | 'admitted';
  readonly countyCode?: string;
  readonly kind?: BrandKind;
  readonly after?: BrandPosition;
  readonly limit: number;
}

/** What a product needs to know to name a brand. */
export interface BrandForProduct {
  id: string;
  status: BrandStatus;
  kind: BrandKind;
  countyCode: string;
  ownerProducerId: string | null;
}

const RANK = `CASE c.poverty_status WHEN 'deep' THEN 0 WHEN 'key' THEN 1 ELSE 2 END`;

/** The time a list orders by: submission for the admission queue, admission for the public catalogue. */
const ORDERED_AT: Record<BrandFilters['status'], string> = {
  submitted: 'b.submitted_at',
  admitted: 'b.decided_at',
};

/**
 * $1 is today (UTC): a geographical indication is valid while active and within its days. It counts
 * only when held by a producer of the brand's county, so a brand cannot borrow another region's.
 */
const brandRows = (orderedAt: string) => `
  SELECT b.id, b.name, b.kind, b.county_code AS "countyCode", c.name AS "countyName",
         c.poverty_status AS "povertyStatus", b.owner_producer_id AS "ownerProducerId",
         b.gi_certificate AS "geographicalIndicationCertificate", b.status, b.decision_note AS "decisionNote",
         b.submitted_at AS "submittedAt", b.decided_at AS "decidedAt",
         cs.status AS "giStatus", to_char(cs.valid_from, 'YYYY-MM-DD') AS "giValidFrom",
         to_char(cs.valid_until, 'YYYY-MM-DD') AS "giValidUntil",
         (cs.status = 'active' AND (cs.valid_from IS NULL OR cs.valid_from <= $1::date)
           AND (cs.valid_until IS NULL OR cs.valid_until >= $1::date)) AS "giValid",
         ${RANK} AS rank, ${createdAtText(orderedAt)} AS position
    FROM brands b
    JOIN counties c ON c.code = b.county_code
    LEFT JOIN certificate_standings cs
           ON b.kind = 'regional_public' AND cs.number = b.gi_certificate
          AND cs.scheme = 'geographical_indication'
          AND EXISTS (SELECT 1 FROM producers h WHERE h.id = cs.holder_id AND h.county_code = b.county_code)`;

/** All SQL of brands; every method works in the caller's transaction (or the data source). */
@Injectable()
export class BrandRepository {
  async countyExists(tx: EntityManager, code: string): Promise<boolean> {
    return (await tx.query<unknown[]>(`SELECT 1 FROM counties WHERE code = $1`, [code])).length > 0;
  }

  async countyOfProducer(tx: EntityManager, producerId: string): Promise<string | null> {
    const [row] = await tx.query<{ countyCode: string }[]>(
      `SELECT county_code AS "countyCode" FROM producers WHERE id = $1`,
      [producerId],
    );
    return row?.countyCode ?? null;
  }

  /** Whether a brand that is not rejected has this name in the county (the unique index says the same). */
  async nameTaken(tx: EntityManager, countyCode: string, name: string): Promise<boolean> {
    const rows = await tx.query<unknown[]>(
      `SELECT 1 FROM brands WHERE county_code = $1 AND lower(name) = lower($2) AND status <> 'rejected'`,
      [countyCode, name],
    );
    return rows.length > 0;
  }

  async insert(
    tx: EntityManager,
    brand: Omit<Brand, 'decidedBy' | 'decidedAt' | 'decisionNote'>,
  ): Promise<void> {
    await tx.insert(Brand, brand);
  }

  /** The brand, locked until the transaction ends, so two decisions queue and the second sees the first. */
  async lock(tx: EntityManager, id: string): Promise<Brand | null> {
    return tx.findOne(Brand, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async decide(
    tx: EntityManager,
    id: string,
    decision: { status: BrandStatus; by: string; at: Date; note: string },
  ): Promise<void> {
    await tx.update(
      Brand,
      { id },
      {
        status: decision.status,
        decidedBy: decision.by,
        decidedAt: decision.at,
        decisionNote: decision.note,
      },
    );
  }

  async find(tx: EntityManager, id: string, today: string): Promise<BrandRow | null> {
    const [row] = await tx.query<BrandRow[]>(`${brandRows('b.submitted_at')} WHERE b.id = $2`, [today, id]);
    return row ?? null;
  }

  /**
   * Brands of one status, poverty counties first (deep, then key, then the others), then oldest in
   * the list's own time; one row more than the page to know whether another follows.
   */
  async page(tx: EntityManager, filters: BrandFilters, today: string): Promise<BrandRow[]> {
    const values: unknown[] = [today];
    const param = (value: unknown): string => {
      values.push(value);
      return `$${values.length}`;
    };
    const orderedAt = ORDERED_AT[filters.status];
    const conditions = [`b.status = ${param(filters.status)}`];
    if (filters.countyCode) conditions.push(`b.county_code = ${param(filters.countyCode)}`);
    if (filters.kind) conditions.push(`b.kind = ${param(filters.kind)}`);
    if (filters.after) {
      conditions.push(
        `(${RANK}, ${orderedAt}, b.id) > (${param(filters.after.rank)}::int, ${param(filters.after.at)}::timestamptz, ${param(filters.after.id)}::uuid)`,
      );
    }
    return tx.query<BrandRow[]>(
      `${brandRows(orderedAt)}
        WHERE ${conditions.join(' AND ')}
        ORDER BY ${RANK}, ${orderedAt}, b.id
        LIMIT ${param(filters.limit + 1)}`,
      values,
    );
  }

  /**
   * A producer's own brands in every status (with the decision's note), newest submission first;
   * `limit` rows after `after`, one statement.
   */
  async ofOwner(
    tx: EntityManager,
    producerId: string,
    filters: { status?: BrandStatus; after: CreationPosition | null; limit: number },
    today: string,
  ): Promise<BrandRow[]> {
    const values: unknown[] = [today, producerId];
    const param = (value: unknown): string => {
      values.push(value);
      return `$${values.length}`;
    };
    const conditions = ['b.owner_producer_id = $2'];
    if (filters.status) conditions.push(`b.status = ${param(filters.status)}`);
    if (filters.after) {
      conditions.push(
        `(b.submitted_at, b.id) < (${param(filters.after.createdAt)}::timestamptz, ${param(filters.after.id)}::uuid)`,
      );
    }
    return tx.query<BrandRow[]>(
      `${brandRows('b.submitted_at')}
        WHERE ${conditions.join(' AND ')}
        ORDER BY b.submitted_at DESC, b.id DESC
        LIMIT ${param(filters.limit)}`,
      values,
    );
  }

  /** The brand a product would name, shared-locked so it cannot change under the product's write. */
  async forProduct(tx: EntityManager, id: string): Promise<BrandForProduct | null> {
    const [row] = await tx.query<BrandForProduct[]>(
      `SELECT id, status, kind, county_code AS "countyCode", owner_producer_id AS "ownerProducerId"
         FROM brands WHERE id = $1 FOR SHARE`,
      [id],
    );
    return row ?? null;
  }

  /** The listed products naming the brand, at most `limit`, in the catalogue's order. */
  async listedProducts(tx: EntityManager, id: string, limit: number): Promise<ProductRow[]> {
    const { text, values } = productsOfBrandQuery(id, limit);
    return tx.query<ProductRow[]>(text, values);
  }
}
