import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProductUpdated, type CertificateData } from '@hb/contracts';
import { isReliefEligible } from '../products/relief-eligibility';
import { ProductEvents } from '../products/product-events';
import { ProductRepository } from '../products/product.repository';

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

  constructor(
    private readonly productEvents: ProductEvents,
    private readonly products: ProductRepository,
  ) {}

  async applyCertificate(
    tx: EntityManager,
    certificate: CertificateData,
    standing: CertificateStanding,
  ): Promise<void> {
    // Only products that exist here and belong to the certificate's holder are touched.
    const products = await this.products.lockOwnedBy(tx, certificate.productIds, certificate.holderId);
    const ignored = certificate.productIds.filter((id) => !products.includes(id));
    if (ignored.length > 0) {
      this.logger.warn({
        msg: 'certificate names products this holder does not have here',
        number: certificate.number,
        ignored,
      });
    }
    for (const id of products) {
      await this.products.upsertCertificate(tx, {
        number: certificate.number,
        productId: id,
        scheme: certificate.scheme,
        validFrom: certificate.validFrom ?? certificate.issuedOn,
        validUntil: certificate.validUntil,
        status: standing,
      });
      await this.recompute(tx, id);
    }
  }

  private async recompute(tx: EntityManager, productId: string): Promise<void> {
    const current = await this.products.badgesOf(tx, productId);
    const badges = await this.products.schemesInForce(tx, productId);
    const reliefEligible = isReliefEligible(badges, current.price_review);
    if (badges.join() === [...current.badges].sort().join() && reliefEligible === current.relief_eligible)
      return;
    await this.products.setBadges(tx, productId, badges, reliefEligible);
    await this.productEvents.announce(tx, ProductUpdated, productId);
  }
}
