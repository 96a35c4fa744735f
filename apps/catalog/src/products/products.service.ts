import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, type EntityManager } from 'typeorm';
import { gtin14, ProductRegistered, ProductUpdated, type Principal } from '@hb/contracts';
import { isUniqueViolation, NotFoundError, RequestValidationError, type Page } from '@hb/platform';
import { brandFitsProducer } from '../brands/brand-access';
import { BrandNotAdmitted, BrandNotForProducer } from '../brands/brand.errors';
import { BrandRepository } from '../brands/brand.repository';
import { Producer } from '../producers/producer.entity';
import { acceptedPriceTiers } from './price-tiers';
import { canManageProduct, canSeeProduct, producerOf } from './product-access';
import { ProductEvents } from './product-events';
import { productPage, type ProductRow } from './product-search';
import { ProductTags } from './product-tags';
import { ANNOUNCED_BY, statusAfter, type ProductAction } from './product-status';
import {
  toProductView,
  type CreateProductRequest,
  type ProductSearchQuery,
  type ProductView,
  type UpdateProductRequest,
} from './product.dto';
import { Product } from './product.entity';
import { ProductRepository } from './product.repository';
import { GtinTaken, NotProductManager, ProducerNotKnown, ProducerRegistersForItself } from './product.errors';

const EDITABLE = [
  'name',
  'category',
  'unit',
  'shelfLifeDays',
  'minOrderQuantity',
  'priceTiers',
  'brand',
  'brandId',
  'gtin',
] as const satisfies readonly (keyof UpdateProductRequest & keyof Product)[];
type ProductEdits = Partial<Pick<Product, (typeof EDITABLE)[number]>>;

/** The fields a PATCH really changes; absent fields and equal values are no change. */
function editsOf(product: Product, requested: ProductEdits): ProductEdits {
  const edits: Record<string, unknown> = {};
  for (const field of EDITABLE) {
    const value = requested[field];
    if (value !== undefined && !isDeepStrictEqual(value, product[field])) edits[field] = value;
  }
  return edits;
}

/** A GTIN as requested, in the 14-digit form it is kept in; null and absent stay as they are. */
const normalisedGtin = (gtin: string | null | undefined): string | null | undefined =>
  typeof gtin === 'string' ? gtin14(gtin) : gtin;

const constraintOf = (error: unknown): unknown =>
  (error as { driverError?: { constraint?: string } }).driverError?.constraint;

/** A write that gave a product another's GTIN: the unique index is the judge, so racing writes agree. */
async function withGtinOf<T>(gtin: string | null | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (gtin && isUniqueViolation(error) && constraintOf(error) === 'products_gtin')
      throw new GtinTaken(gtin);
    throw error;
  }
}

/** Registers products, changes them and moves them through their lifecycle, announcing each change. */
@Injectable()
export class ProductsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: ProductEvents,
    private readonly products: ProductRepository,
    private readonly brands: BrandRepository,
    private readonly tags: ProductTags,
  ) {}

  async register(caller: Principal, request: CreateProductRequest): Promise<ProductView> {
    const producerId = this.registeringProducer(caller, request.producerId);
    const priceTiers = acceptedPriceTiers(request.priceTiers, request.minOrderQuantity);
    const gtin = normalisedGtin(request.gtin) ?? null;
    return withGtinOf(gtin, () =>
      this.dataSource.transaction(async (tx) => {
        const producer = await tx.findOneBy(Producer, { id: producerId });
        if (!producer) {
          throw new ProducerNotKnown(producerId);
        }
        if (request.brandId) await this.requireNameableBrand(tx, request.brandId, producer);
        const id = randomUUID();
        await tx.insert(Product, {
          id,
          producerId,
          name: request.name,
          category: request.category,
          unit: request.unit,
          shelfLifeDays: request.shelfLifeDays,
          minOrderQuantity: request.minOrderQuantity,
          priceTiers,
          brand: request.brand ?? null,
          brandId: request.brandId ?? null,
          gtin,
        });
        const product = await this.events.announce(tx, ProductRegistered, id);
        return toProductView(product, producer.countyCode);
      }),
    );
  }

  /**
   * The product's row if the caller can see it (404 otherwise), before any view is built. Its tag is
   * remembered, so that the next revalidation of it may be answered without reading (ProductTags).
   */
  async visible(caller: Principal, id: string): Promise<ProductRow> {
    const ticket = this.tags.ticket();
    const product = await this.products.byId(this.dataSource.manager, id);
    if (product) this.tags.remember(ticket, product);
    if (!product || !canSeeProduct(caller, product)) throw new NotFoundError('product', id);
    return product;
  }

  async search(caller: Principal, query: ProductSearchQuery): Promise<Page<ProductView>> {
    return productPage(await this.products.search(this.dataSource.manager, caller, query), query);
  }

  /** Applies the fields sent; a PATCH that changes nothing announces nothing. */
  async update(caller: Principal, id: string, request: UpdateProductRequest): Promise<ProductView> {
    const gtin = normalisedGtin(request.gtin);
    return withGtinOf(gtin, () =>
      this.dataSource.transaction(async (tx) => {
        const product = await this.lockForChange(tx, caller, id);
        const minOrderQuantity = request.minOrderQuantity ?? product.minOrderQuantity;
        const priceTiers = acceptedPriceTiers(request.priceTiers ?? product.priceTiers, minOrderQuantity);
        const edits = editsOf(product, {
          name: request.name,
          category: request.category,
          unit: request.unit,
          shelfLifeDays: request.shelfLifeDays,
          minOrderQuantity: request.minOrderQuantity,
          priceTiers: request.priceTiers && priceTiers,
          brand: request.brand,
          brandId: request.brandId,
          gtin,
        });
        if (edits.brandId) {
          const producer = await tx.findOneByOrFail(Producer, { id: product.producerId });
          await this.requireNameableBrand(tx, edits.brandId, producer);
        }
        if (Object.keys(edits).length === 0) return toProductView(product, await this.countyOf(tx, product));
        await tx.update(Product, { id }, edits);
        const updated = await this.events.announce(tx, ProductUpdated, id);
        return toProductView(updated, await this.countyOf(tx, updated));
      }),
    );
  }

  /** Lists or delists a product as PRODUCT_LIFECYCLE allows; the row lock makes concurrent moves queue. */
  async move(caller: Principal, id: string, action: ProductAction): Promise<ProductView> {
    return this.dataSource.transaction(async (tx) => {
      const product = await this.lockForChange(tx, caller, id);
      await tx.update(Product, { id }, { status: statusAfter(product.status, action) });
      const moved = await this.events.announce(tx, ANNOUNCED_BY[action], id);
      return toProductView(moved, await this.countyOf(tx, moved));
    });
  }

  /** A product names an admitted brand that is its producer's own or its county's regional public brand (422 otherwise). */
  private async requireNameableBrand(
    tx: EntityManager,
    brandId: string,
    producer: Pick<Producer, 'id' | 'countyCode'>,
  ): Promise<void> {
    const brand = await this.brands.forProduct(tx, brandId);
    if (!brand || brand.status !== 'admitted') throw new BrandNotAdmitted(brandId, brand?.status ?? null);
    if (!brandFitsProducer(brand, producer)) throw new BrandNotForProducer(brandId, producer.id);
  }

  /** A producer registers for its own organisation; an administrator names the producer. */
  private registeringProducer(caller: Principal, requested: string | undefined): string {
    if (caller.role === 'admin') {
      if (requested === undefined) {
        throw new RequestValidationError([
          {
            field: 'producerId',
            messages: ['producerId is required when an administrator registers a product'],
          },
        ]);
      }
      return requested;
    }
    if (requested !== undefined && requested !== caller.organisationId) {
      throw new ProducerRegistersForItself(requested);
    }
    const own = producerOf(caller);
    if (!own) {
      throw new ProducerNotKnown(caller.organisationId);
    }
    return own;
  }

  /** The product, locked until the transaction ends: 404 if the caller cannot see it, 403 if it cannot change it. */
  private async lockForChange(tx: EntityManager, caller: Principal, id: string): Promise<Product> {
    const product = await tx.findOne(Product, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!product || !canSeeProduct(caller, product)) throw new NotFoundError('product', id);
    if (!canManageProduct(caller, product)) {
      throw new NotProductManager(id);
    }
    return product;
  }

  private async countyOf(manager: EntityManager, product: Product): Promise<string> {
    return (await manager.findOneByOrFail(Producer, { id: product.producerId })).countyCode;
  }
}
