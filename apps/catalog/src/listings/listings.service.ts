import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@hb/contracts';
import {
  creationKey,
  ConflictError,
  DEFAULT_PAGE_SIZE,
  NotFoundError,
  pageOf,
  type Page,
  type PageQuery,
} from '@hb/platform';
import { Product } from '../products/product.entity';
import { toListingView, type CreateListingRequest, type ListingView } from './listing.dto';
import { Listing } from './listing.entity';
import { ListingRepository } from './listing.repository';
import {
  ListingAlreadyExists,
  ProductAlreadyOnStorefront,
  ProductNotListable,
  SkuAlreadyUsed,
} from './listing.errors';

/** A platform's storefront: which listed products it sells under which of its own SKUs. */
@Injectable()
export class ListingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly listings: ListingRepository,
  ) {}

  async create(caller: Principal, request: CreateListingRequest): Promise<ListingView> {
    const platformId = caller.organisationId;
    return this.dataSource.transaction(async (tx) => {
      // A share lock: a delisting of the product waits until this listing is committed, not after the check.
      const product = await tx.findOne(Product, {
        where: { id: request.productId },
        lock: { mode: 'pessimistic_read' },
      });
      if (product?.status !== 'listed') {
        throw new ProductNotListable(request.productId);
      }
      const id = randomUUID();
      const inserted = await this.listings.insertIfNew(tx, {
        id,
        platformId,
        productId: request.productId,
        externalSku: request.externalSku,
      });
      if (!inserted) throw await this.duplicate(tx, platformId, request);
      return toListingView({ id, productId: request.productId, externalSku: request.externalSku });
    });
  }

  async list(caller: Principal, page: PageQuery): Promise<Page<ListingView>> {
    const limit = page.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.listings.page(this.dataSource.manager, caller.organisationId, page.cursor, limit);
    return pageOf(rows, limit, creationKey, toListingView);
  }

  /** Another platform's listing answers 404, as if it did not exist. */
  async remove(caller: Principal, id: string): Promise<void> {
    const result = await this.dataSource.manager.delete(Listing, { id, platformId: caller.organisationId });
    if (!result.affected) throw new NotFoundError('listing', id);
  }

  private async duplicate(
    tx: EntityManager,
    platformId: string,
    request: CreateListingRequest,
  ): Promise<ConflictError> {
    const existing = await this.listings.clashing(tx, platformId, request.externalSku, request.productId);
    if (existing?.externalSku === request.externalSku && existing.productId !== request.productId) {
      return new SkuAlreadyUsed(request.externalSku, existing.productId, existing.id);
    }
    if (existing) {
      return new ProductAlreadyOnStorefront(request.productId, existing.externalSku, existing.id);
    }
    return new ListingAlreadyExists();
  }
}
