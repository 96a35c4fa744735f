import type { Principal } from '@hb/contracts';
import {
  createdAtText,
  creationKey,
  creationPosition,
  DEFAULT_PAGE_SIZE,
  entityTag,
  pageOf,
  type Page,
} from '@hb/platform';
import { producerOf } from './product-access';
import { toProductView, type ProductSearchQuery, type ProductView } from './product.dto';
import type { Product } from './product.entity';

export interface SqlQuery {
  readonly text: string;
  readonly values: unknown[];
}

/**
 * A product row as the search selects it: the entity's fields, its county, its cursor position, and
 * `updatedMicros`, its last change to the microsecond (a Date keeps milliseconds), for its ETag.
 */
export type ProductRow = Product & { countyCode: string; createdAtText: string; updatedMicros: string };

/** `%` and `_` in a search term are letters the user typed, not wildcards. */
const likeContaining = (term: string): string => `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** The columns of a ProductRow: the product, its producer's county, its cursor position. */
const PRODUCT_ROWS = `
    SELECT p.id, p.producer_id AS "producerId", p.name, p.category, p.unit,
           p.shelf_life_days AS "shelfLifeDays", p.min_order_quantity AS "minOrderQuantity",
           p.price_tiers AS "priceTiers", p.brand, p.brand_id AS "brandId", p.gtin, p.status, p.badges,
           p.relief_eligible AS "reliefEligible", p.price_review AS "priceReview", p.version,
           p.created_at AS "createdAt", p.updated_at AS "updatedAt",
           (extract(epoch FROM p.updated_at) * 1000000)::bigint::text AS "updatedMicros",
           pr.county_code AS "countyCode", ${createdAtText('p.created_at')} AS "createdAtText"
      FROM products p
      JOIN producers pr ON pr.id = p.producer_id`;

/**
 * The products a search finds, in creation order, fetching one row more than the page to know
 * whether another page follows. Visibility is canSeeProduct (product-access.ts) written in SQL: the
 * two must say the same, or a list would show what a direct read answers 404 for.
 */
export function productSearchQuery(caller: Principal, query: ProductSearchQuery): SqlQuery {
  const values: unknown[] = [];
  const param = (value: unknown): string => {
    values.push(value);
    return `$${values.length}`;
  };
  const conditions: string[] = [];

  const ownProducer = producerOf(caller);
  if (ownProducer) {
    conditions.push(`(p.status = 'listed' OR p.producer_id = ${param(ownProducer)})`);
  } else if (caller.role === 'county_official') {
    conditions.push(`(p.status = 'listed' OR pr.county_code = ${param(caller.organisationId)})`);
  } else if (caller.role !== 'admin') {
    conditions.push(`p.status = 'listed'`);
  }

  if (query.category) conditions.push(`p.category = ${param(query.category)}`);
  if (query.countyCode) conditions.push(`pr.county_code = ${param(query.countyCode)}`);
  if (query.povertyStatus) conditions.push(`c.poverty_status = ${param(query.povertyStatus)}`);
  if (query.scheme?.length) conditions.push(`p.badges @> ${param(query.scheme)}::text[]`);
  if (query.reliefEligible) {
    conditions.push(`p.relief_eligible = ${param(query.reliefEligible === 'true')}`);
  }
  if (query.brandId) conditions.push(`p.brand_id = ${param(query.brandId)}`);
  if (query.q) conditions.push(`p.name ILIKE ${param(likeContaining(query.q))}`);
  if (query.cursor) {
    const after = creationPosition(query.cursor);
    conditions.push(
      `(p.created_at, p.id) > (${param(after.createdAt)}::timestamptz, ${param(after.id)}::uuid)`,
    );
  }

  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const text = `${PRODUCT_ROWS}
      JOIN counties c ON c.code = pr.county_code
     ${conditions.length > 0 ? `WHERE ${conditions.join('\n       AND ')}` : ''}
     ORDER BY p.created_at, p.id
     LIMIT ${param(limit + 1)}`;
  return { text, values };
}

/** One product with its producer's county, in one round trip (visibility is checked by the caller). */
export function productByIdQuery(id: string): SqlQuery {
  return { text: `${PRODUCT_ROWS}\n     WHERE p.id = $1`, values: [id] };
}

/** The listed products naming a brand, in creation order, at most `limit` (what the public sees of a brand). */
export function productsOfBrandQuery(brandId: string, limit: number): SqlQuery {
  return {
    text: `${PRODUCT_ROWS}\n     WHERE p.brand_id = $1 AND p.status = 'listed'\n     ORDER BY p.created_at, p.id\n     LIMIT $2`,
    values: [brandId, limit],
  };
}

export function productPage(rows: ProductRow[], query: ProductSearchQuery): Page<ProductView> {
  return pageOf(rows, query.limit ?? DEFAULT_PAGE_SIZE, creationKey, (row) =>
    toProductView(row, row.countyCode),
  );
}

/** Changes whenever toProductView's shape or derivation does, so that tags of the old shape stop matching. */
const PRODUCT_VIEW_REVISION = 'product-view-1';

/**
 * The product's ETag, from what its view is made of without building it: every change of a product
 * sets updated_at (TypeORM's UpdateDateColumn, or the statement itself) and announced ones increase
 * the version; the county is its producer's, which changes on its own row.
 */
export function productTag(row: ProductRow): string {
  return entityTag(PRODUCT_VIEW_REVISION, row.id, row.version, row.updatedMicros, row.countyCode);
}
