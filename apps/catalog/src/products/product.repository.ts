import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CertificationScheme, PriceReviewState, Principal } from '@hb/contracts';
import { productByIdQuery, productSearchQuery, type ProductRow } from './product-search';
import type { ProductSearchQuery } from './product.dto';

/** Reads of products with their producer's county; every statement runs in the caller's transaction. */
@Injectable()
export class ProductRepository {
  async byId(tx: EntityManager, id: string): Promise<ProductRow | null> {
    const { text, values } = productByIdQuery(id);
    const [product] = await tx.query<ProductRow[]>(text, values);
    return product ?? null;
  }

  /** One page of the search (`limit + 1` rows: the extra one says there is a next page). */
  async search(tx: EntityManager, caller: Principal, query: ProductSearchQuery): Promise<ProductRow[]> {
    const { text, values } = productSearchQuery(caller, query);
    return tx.query<ProductRow[]>(text, values);
  }

  /** Of these products, those of the producer, locked for change, by id. */
  async lockOwnedBy(tx: EntityManager, productIds: readonly string[], producerId: string): Promise<string[]> {
    const products = await tx.query<{ id: string }[]>(
      `SELECT id FROM products WHERE id = ANY($1::uuid[]) AND producer_id = $2 ORDER BY id FOR UPDATE`,
      [productIds, producerId],
    );
    return products.map((product) => product.id);
  }

  /** What a certificate says of a product, as of its latest announcement. */
  async upsertCertificate(
    tx: EntityManager,
    certificate: {
      number: string;
      productId: string;
      scheme: CertificationScheme;
      validFrom: string | null;
      validUntil: string | null;
      status: string;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO product_certificates (certificate_number, product_id, scheme, valid_from, valid_until, status)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (certificate_number, product_id)
       DO UPDATE SET scheme = EXCLUDED.scheme, valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,
                     status = EXCLUDED.status, updated_at = now()`,
      [
        certificate.number,
        certificate.productId,
        certificate.scheme,
        certificate.validFrom,
        certificate.validUntil,
        certificate.status,
      ],
    );
  }

  async badgesOf(
    tx: EntityManager,
    productId: string,
  ): Promise<{ badges: CertificationScheme[]; relief_eligible: boolean; price_review: PriceReviewState }> {
    const [current] = await tx.query<
      { badges: CertificationScheme[]; relief_eligible: boolean; price_review: PriceReviewState }[]
    >(`SELECT badges, relief_eligible, price_review FROM products WHERE id = $1`, [productId]);
    return current;
  }

  /** The schemes of the product's certificates that are active and valid today (UTC), in order. */
  async schemesInForce(tx: EntityManager, productId: string): Promise<CertificationScheme[]> {
    const rows = await tx.query<{ scheme: CertificationScheme }[]>(
      `SELECT DISTINCT scheme FROM product_certificates
        WHERE product_id = $1 AND status = 'active'
          AND (valid_from IS NULL OR valid_from <= (now() AT TIME ZONE 'UTC')::date)
          AND (valid_until IS NULL OR valid_until >= (now() AT TIME ZONE 'UTC')::date)
        ORDER BY scheme`,
      [productId],
    );
    return rows.map((row) => row.scheme);
  }

  async setBadges(
    tx: EntityManager,
    productId: string,
    badges: readonly CertificationScheme[],
    reliefEligible: boolean,
  ): Promise<void> {
    await tx.query(
      `UPDATE products SET badges = $2, relief_eligible = $3, updated_at = now() WHERE id = $1`,
      [productId, badges, reliefEligible],
    );
  }

  async recordPriceReview(
    tx: EntityManager,
    productId: string,
    note: string,
    reviewedBy: string,
  ): Promise<void> {
    await tx.query(`UPDATE products SET price_review_note = $2, price_reviewed_by = $3 WHERE id = $1`, [
      productId,
      note,
      reviewedBy,
    ]);
  }

  /** The county of the product's producer, null for a producer unknown here. */
  async producerCounty(tx: EntityManager, producerId: string): Promise<string | null> {
    const [row] = await tx.query<{ county_code: string }[]>(
      `SELECT county_code FROM producers WHERE id = $1`,
      [producerId],
    );
    return row?.county_code ?? null;
  }
}
