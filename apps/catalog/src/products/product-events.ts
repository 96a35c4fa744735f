import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  COLD_CHAIN_PROFILES,
  ProductRegistered,
  type EventDefinition,
  type ProductSnapshot,
} from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import { Producer } from '../producers/producer.entity';
import { Product } from './product.entity';

export function productSnapshot(product: Product, countyCode: string): ProductSnapshot {
  return {
    id: product.id,
    producerId: product.producerId,
    countyCode,
    name: product.name,
    category: product.category,
    unit: product.unit,
    shelfLifeDays: product.shelfLifeDays,
    minOrderQuantity: product.minOrderQuantity,
    priceTiers: product.priceTiers.map(({ minQuantity, unitPriceCents }) => ({
      minQuantity,
      unitPriceCents,
    })),
    brand: product.brand,
    brandId: product.brandId,
    gtin: product.gtin,
    status: product.status,
    badges: [...product.badges],
    reliefEligible: product.reliefEligible,
    priceReview: product.priceReview,
    coldChainProfile: { ...COLD_CHAIN_PROFILES[product.category] },
    version: product.version,
  };
}

/**
 * Announces a product change on catalog.product.v1 with a full snapshot, in the transaction of the
 * change. Every announcement after registration increases the product's version.
 */
@Injectable()
export class ProductEvents {
  constructor(private readonly outbox: Outbox) {}

  async announce(
    transaction: EntityManager,
    definition: EventDefinition<ProductSnapshot>,
    productId: string,
  ): Promise<Product> {
    if (definition !== ProductRegistered) {
      await transaction.increment(Product, { id: productId }, 'version', 1);
    }
    const product = await transaction.findOneByOrFail(Product, { id: productId });
    const producer = await transaction.findOneByOrFail(Producer, { id: product.producerId });
    await this.outbox.append(transaction, event(definition, productSnapshot(product, producer.countyCode)));
    return product;
  }
}
