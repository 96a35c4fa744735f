import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ProductUpdated, type PriceReviewState, type Principal } from '@hb/contracts';
import { NotFoundError } from '@hb/platform';
import { toProductView, type ProductView } from '../products/product.dto';
import { ProductEvents } from '../products/product-events';
import { Product } from '../products/product.entity';
import { ProductRepository } from '../products/product.repository';
import { isReliefEligible } from '../products/relief-eligibility';
import type { PriceReviewRequest } from './price-review.dto';
import { PriceNotFlagged } from './price-review.errors';

/**
 * A product's price against the market: monitoring flags an unreasonable price (relief eligibility
 * is withheld) and clears it when it is back in the band; an administrator or the official of the
 * product's county may record a justification or correction meanwhile (eligibility comes back).
 */
@Injectable()
export class PriceReviewService {
  private readonly logger = new Logger(PriceReviewService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly productEvents: ProductEvents,
    private readonly products: ProductRepository,
  ) {}

  async flagged(tx: EntityManager, productId: string): Promise<void> {
    await this.move(tx, productId, 'flagged');
  }

  async cleared(tx: EntityManager, productId: string): Promise<void> {
    await this.move(tx, productId, 'none');
  }

  async review(caller: Principal, productId: string, request: PriceReviewRequest): Promise<ProductView> {
    return this.dataSource.transaction(async (tx) => {
      const product = await tx.findOne(Product, {
        where: { id: productId },
        lock: { mode: 'pessimistic_write' },
      });
      const countyCode = product ? await this.products.producerCounty(tx, product.producerId) : null;
      const mayReview =
        caller.role === 'admin' ||
        (caller.role === 'county_official' && caller.organisationId === countyCode);
      if (!product || !mayReview) throw new NotFoundError('product', productId);
      if (product.priceReview !== 'flagged') {
        throw new PriceNotFlagged(productId, product.priceReview);
      }
      await this.products.recordPriceReview(tx, productId, request.note, caller.subject);
      const updated = await this.move(tx, productId, request.decision);
      return toProductView(updated!, countyCode!);
    });
  }

  /** Sets the review state and relief eligibility, announcing the product when either changed. */
  private async move(tx: EntityManager, productId: string, to: PriceReviewState): Promise<Product | null> {
    const product = await tx.findOne(Product, {
      where: { id: productId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!product) {
      this.logger.warn({ msg: 'price review of a product unknown here', productId, to });
      return null;
    }
    const reliefEligible = isReliefEligible(product.badges, to);
    if (product.priceReview === to && product.reliefEligible === reliefEligible) return product;
    await tx.update(Product, { id: productId }, { priceReview: to, reliefEligible });
    return this.productEvents.announce(tx, ProductUpdated, productId);
  }
}
