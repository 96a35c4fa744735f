import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CountySnapshot, PairingSnapshot, PovertyStatus, ProductSnapshot } from '@hb/contracts';
import { preparedQuery } from '@hb/platform';
import { keyLock } from '../orders/idempotency-key.repository';
import type { CatalogProduct } from './catalog-product.entity';

/** What placing an order reads of a product. */
export type OrderableProduct = Pick<
  CatalogProduct,
  | 'id'
  | 'producerId'
  | 'countyCode'
  | 'unit'
  | 'minOrderQuantity'
  | 'priceTiers'
  | 'status'
  | 'reliefEligible'
>;

// A named prepared statement (see preparedQuery): the name stands for this text alone. The lock is
// taken by the FROM item, before the products are read.
const ORDERABLE_PRODUCTS_UNDER_KEY_LOCK = `
  SELECT (SELECT COALESCE(json_agg(json_build_object(
                   'id', id, 'producerId', producer_id, 'countyCode', county_code, 'unit', unit,
                   'minOrderQuantity', min_order_quantity, 'priceTiers', price_tiers, 'status', status,
                   'reliefEligible', relief_eligible)), '[]')
            FROM catalog_products WHERE id = ANY($1::uuid[])) AS products
    FROM (SELECT ${keyLock('$2')}) AS key_lock`;

/**
 * Keeps the local copy of catalog products, counties and pairings. Snapshots carry a version: one older than
 * what is stored (a replay, or an event redelivered out of order) changes nothing.
 */
@Injectable()
export class CatalogViewRepository {
  /**
   * The products an order names, by id (one it does not know is absent), read once the transaction
   * holds the lock of the order's Idempotency-Key (`keyLockName`): one round trip for both.
   */
  async orderableUnderKeyLock(
    tx: EntityManager,
    productIds: readonly string[],
    keyLockName: string,
  ): Promise<Map<string, OrderableProduct>> {
    const [{ products }] = await preparedQuery<{ products: OrderableProduct[] }>(
      tx,
      'orderable_products_under_key_lock',
      ORDERABLE_PRODUCTS_UNDER_KEY_LOCK,
      [productIds, keyLockName],
    );
    return new Map(products.map((product) => [product.id, product]));
  }

  async upsertProduct(tx: EntityManager, product: ProductSnapshot): Promise<void> {
    // A snapshot of the stored version still fills a missing category: products copied before the
    // category was kept get it when catalog.product.v1 is replayed.
    await tx.query(
      `INSERT INTO catalog_products (id, producer_id, county_code, name, unit, min_order_quantity, price_tiers,
                                     status, relief_eligible, cold_chain_profile, version, category, gtin)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (id) DO UPDATE SET
         producer_id = EXCLUDED.producer_id, county_code = EXCLUDED.county_code, name = EXCLUDED.name,
         unit = EXCLUDED.unit, min_order_quantity = EXCLUDED.min_order_quantity, price_tiers = EXCLUDED.price_tiers,
         status = EXCLUDED.status, relief_eligible = EXCLUDED.relief_eligible,
         cold_chain_profile = EXCLUDED.cold_chain_profile, version = EXCLUDED.version,
         category = EXCLUDED.category, gtin = EXCLUDED.gtin, updated_at = now()
       WHERE catalog_products.version < EXCLUDED.version
          OR (catalog_products.version = EXCLUDED.version AND catalog_products.category IS NULL)`,
      [
        product.id,
        product.producerId,
        product.countyCode,
        product.name,
        product.unit,
        product.minOrderQuantity,
        JSON.stringify(product.priceTiers),
        product.status,
        product.reliefEligible,
        JSON.stringify(product.coldChainProfile),
        product.version,
        product.category,
        product.gtin ?? null,
      ],
    );
  }

  async upsertCounty(tx: EntityManager, county: CountySnapshot): Promise<void> {
    await tx.query(
      `INSERT INTO catalog_counties (code, name, province, poverty_status) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, province = EXCLUDED.province,
         poverty_status = EXCLUDED.poverty_status, updated_at = now()`,
      [county.code, county.name, county.province, county.povertyStatus],
    );
  }

  async upsertPairing(tx: EntityManager, pairing: PairingSnapshot): Promise<void> {
    await tx.query(
      `INSERT INTO catalog_pairings (id, assisting_region_code, assisting_region_name, assisted_county_code,
                                     from_date, to_date, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET
         assisting_region_code = EXCLUDED.assisting_region_code, assisting_region_name = EXCLUDED.assisting_region_name,
         assisted_county_code = EXCLUDED.assisted_county_code, from_date = EXCLUDED.from_date,
         to_date = EXCLUDED.to_date, version = EXCLUDED.version, updated_at = now()
       WHERE catalog_pairings.version < EXCLUDED.version`,
      [
        pairing.id,
        pairing.assistingRegionCode,
        pairing.assistingRegionName,
        pairing.assistedCountyCode,
        pairing.from,
        pairing.to,
        pairing.version,
      ],
    );
  }

  /** The poverty status of each of these counties known here. */
  async povertyStatuses(
    tx: EntityManager,
    countyCodes: readonly string[],
  ): Promise<Map<string, PovertyStatus>> {
    const rows = await tx.query<{ code: string; poverty_status: PovertyStatus }[]>(
      `SELECT code, poverty_status FROM catalog_counties WHERE code = ANY($1::char(6)[])`,
      [countyCodes],
    );
    return new Map(rows.map((row) => [row.code, row.poverty_status]));
  }
}
