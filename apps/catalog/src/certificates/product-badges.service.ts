import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ProductUpdated,
  type CertificateData,
  type CertificationScheme,
  type PriceReviewState,
} from '@hb/contracts';
import { isReliefEligible } from '../products/relief-eligibility';
import { ProductEvents } from '../products/product-events';

export type CertificateStanding = 'active' | 'suspended' | 'revoked' | 'expired';

/**
 * Keeps product badges and relief eligibility in step with certificates: a badge is the scheme of a
 * certificate that is active and within its validity (a renewal issued early counts from its first
 * valid day, when the certificate it renews expires and the product is recomputed); a product is relief-eligible exactly while a
 * poverty-alleviation-product certificate gives it that badge. A product whose badges change is
 * announced (ProductUpdated), so orders count relief only for what is eligible now.
 */
@Injectable()
export class ProductBadgesService {
  private readonly logger = new Logger(ProductBadgesService.name);

  constructor(private readonly productEvents: ProductEvents) {}

  async applyCertificate(
    tx: EntityManager,
    certificate: CertificateData,
    standing: CertificateStanding,
  ): Promise<void> {
    // Only products that exist here and belong to the certificate's holder are touched.
    const products = await tx.query<{ id: string }[]>(
      `SELECT id FROM products WHERE id = ANY($1::uuid[]) AND producer_id = $2 ORDER BY id FOR UPDATE`,
      [certificate.productIds, certificate.holderId],
    );
    const ignored = certificate.productIds.filter((id) => !products.some((product) => product.id === id));
    if (ignored.length > 0) {
      this.logger.warn({
        msg: 'certificate names products this holder does not have here',
        number: certificate.number,
        ignored,
      });
    }
    for (const { id } of products) {
      await tx.query(
        `INSERT INTO product_certificates (certificate_number, product_id, scheme, valid_from, valid_until, status)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (certificate_number, product_id)
         DO UPDATE SET scheme = EXCLUDED.scheme, valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,
                       status = EXCLUDED.status, updated_at = now()`,
        [
          certificate.number,
          id,
          certificate.scheme,
          certificate.validFrom ?? certificate.issuedOn,
          certificate.validUntil,
          standing,
        ],
      );
      await this.recompute(tx, id);
    }
  }

  private async recompute(tx: EntityManager, productId: string): Promise<void> {
    const [current] = await tx.query<
      { badges: CertificationScheme[]; relief_eligible: boolean; price_review: PriceReviewState }[]
    >(`SELECT badges, relief_eligible, price_review FROM products WHERE id = $1`, [productId]);
    const rows = await tx.query<{ scheme: CertificationScheme }[]>(
      `SELECT DISTINCT scheme FROM product_certificates
        WHERE product_id = $1 AND status = 'active'
          AND (valid_from IS NULL OR valid_from <= (now() AT TIME ZONE 'UTC')::date)
          AND (valid_until IS NULL OR valid_until >= (now() AT TIME ZONE 'UTC')::date)
        ORDER BY scheme`,
      [productId],
    );
    const badges = rows.map((row) => row.scheme);
    const reliefEligible = isReliefEligible(badges, current.price_review);
    if (badges.join() === [...current.badges].sort().join() && reliefEligible === current.relief_eligible)
      return;
    await tx.query(
      `UPDATE products SET badges = $2, relief_eligible = $3, updated_at = now() WHERE id = $1`,
      [productId, badges, reliefEligible],
    );
    await this.productEvents.announce(tx, ProductUpdated, productId);
  }
}
