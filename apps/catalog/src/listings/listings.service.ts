import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@hb/contracts';
import {
  createdAtText,
  creationKey,
  creationPosition,
  ConflictError,
  DEFAULT_PAGE_SIZE,
  NotFoundError,
  pageOf,
  type Page,
  type PageQuery,
} from '@hb/platform';
import { Product } from '../products/product.entity';
import { listingView, type CreateListingRequest, type ListingView } from './listing.dto';
import { Listing } from './listing.entity';
import {
  ListingAlreadyExists,
  ProductAlreadyOnStorefront,
  ProductNotListable,
  SkuAlreadyUsed,
} from './listing.errors';

interface ListingRow {
  id: string;
  productId: string;
  externalSku: string;
  createdAtText: string;
}

/** A platform's storefront: which listed products it sells under which of its own SKUs. */
@Injectable()
export class ListingsService {
  constructor(private readonly dataSource: DataSource) {}

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
      const inserted = await tx.query<{ id: string }[]>(
        `INSERT INTO listings (id, platform_id, product_id, external_sku) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING id`,
        [id, platformId, request.productId, request.externalSku],
      );
      if (inserted.length === 0) throw await this.duplicate(tx, platformId, request);
      return listingView({ id, productId: request.productId, externalSku: request.externalSku });
    });
  }

  async list(caller: Principal, page: PageQuery): Promise<Page<ListingView>> {
    const limit = page.limit ?? DEFAULT_PAGE_SIZE;
    const values: unknown[] = [caller.organisationId];
    let after = '';
    if (page.cursor) {
      const position = creationPosition(page.cursor);
      values.push(position.createdAt, position.id);
      after = 'AND (created_at, id) > ($2::timestamptz, $3::uuid)';
    }
    values.push(limit + 1);
    const rows = await this.dataSource.query<ListingRow[]>(
      `SELECT id, product_id AS "productId", external_sku AS "externalSku",
              ${createdAtText('created_at')} AS "createdAtText"
         FROM listings
        WHERE platform_id = $1 ${after}
        ORDER BY created_at, id
        LIMIT $${values.length}`,
      values,
    );
    return pageOf(rows, limit, creationKey, listingView);
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
    const [existing] = await tx.query<{ id: string; productId: string; externalSku: string }[]>(
      `SELECT id, product_id AS "productId", external_sku AS "externalSku"
         FROM listings
        WHERE platform_id = $1 AND (external_sku = $2 OR product_id = $3)
        ORDER BY external_sku = $2 DESC
        LIMIT 1`,
      [platformId, request.externalSku, request.productId],
    );
    if (existing?.externalSku === request.externalSku && existing.productId !== request.productId) {
      return new SkuAlreadyUsed(request.externalSku, existing.productId, existing.id);
    }
    if (existing) {
      return new ProductAlreadyOnStorefront(request.productId, existing.externalSku, existing.id);
    }
    return new ListingAlreadyExists();
  }
}
