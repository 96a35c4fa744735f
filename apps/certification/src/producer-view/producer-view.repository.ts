import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { CountySnapshot, PovertyStatus, ProducerSnapshot, ProductSnapshot } from '@hb/contracts';
import { ViewedProducer } from './viewed-producer.entity';
import { ViewedProduct } from './viewed-product.entity';

/** Where an applicant stands: its county and that county's poverty status as last announced. */
export interface ApplicantStanding {
  readonly producerId: string;
  readonly countyCode: string;
  readonly povertyStatus: PovertyStatus;
}

/**
 * Keeps the local copy of catalog's counties, producers and products, so that priority, fee relief
 * and product ownership are decided here without calling catalog. Every write ignores what is older
 * than what is stored: products by their version, counties and producers by the time of the event.
 */
@Injectable()
export class ProducerViewRepository {
  async upsertCounty(tx: EntityManager, county: CountySnapshot, asOf: string): Promise<void> {
    await tx.query(
      `INSERT INTO viewed_counties (code, name, province, poverty_status, lifted_on, as_of)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, province = EXCLUDED.province,
         poverty_status = EXCLUDED.poverty_status, lifted_on = EXCLUDED.lifted_on, as_of = EXCLUDED.as_of
       WHERE viewed_counties.as_of <= EXCLUDED.as_of`,
      [county.code, county.name, county.province, county.povertyStatus, county.liftedOn ?? null, asOf],
    );
  }

  async upsertProducer(tx: EntityManager, producer: ProducerSnapshot, asOf: string): Promise<void> {
    await tx.query(
      `INSERT INTO viewed_producers (id, name, kind, county_code, county_poverty_status, as_of)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
         county_code = EXCLUDED.county_code, county_poverty_status = EXCLUDED.county_poverty_status,
         as_of = EXCLUDED.as_of
       WHERE viewed_producers.as_of <= EXCLUDED.as_of`,
      [producer.id, producer.name, producer.kind, producer.countyCode, producer.countyPovertyStatus, asOf],
    );
  }

  async upsertProduct(tx: EntityManager, product: ProductSnapshot): Promise<void> {
    await tx.query(
      `INSERT INTO viewed_products (id, producer_id, name, status, version) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET producer_id = EXCLUDED.producer_id, name = EXCLUDED.name,
         status = EXCLUDED.status, version = EXCLUDED.version
       WHERE viewed_products.version < EXCLUDED.version`,
      [product.id, product.producerId, product.name, product.status, product.version],
    );
  }

  /**
   * The applicant's county and its poverty status: the county's own latest event when it is newer
   * than the producer's snapshot (a county lifted out of poverty after the producer registered),
   * otherwise the status the snapshot carried. Null when catalog has not announced the producer.
   */
  async standingOf(tx: EntityManager, producerId: string): Promise<ApplicantStanding | null> {
    const [row] = await tx.query<{ id: string; county_code: string; poverty_status: PovertyStatus }[]>(
      `SELECT p.id, p.county_code,
              CASE WHEN c.as_of IS NOT NULL AND c.as_of >= p.as_of THEN c.poverty_status
                   ELSE p.county_poverty_status END AS poverty_status
         FROM viewed_producers p LEFT JOIN viewed_counties c ON c.code = p.county_code
        WHERE p.id = $1`,
      [producerId],
    );
    return row
      ? { producerId: row.id, countyCode: row.county_code, povertyStatus: row.poverty_status }
      : null;
  }

  /** Of the given products, those not known here, and those known to belong to another producer. */
  async foreignProducts(
    tx: EntityManager,
    producerId: string,
    productIds: readonly string[],
  ): Promise<{ unknown: string[]; ofOthers: string[] }> {
    const known = await tx.find(ViewedProduct, { where: { id: In([...productIds]) } });
    const owners = new Map(known.map((product) => [product.id, product.producerId]));
    return {
      unknown: productIds.filter((id) => !owners.has(id)),
      ofOthers: productIds.filter((id) => owners.has(id) && owners.get(id) !== producerId),
    };
  }

  /** Names for the public verification: the holder's and the products' (null where catalog never told). */
  async namesFor(
    tx: EntityManager,
    producerId: string,
    productIds: readonly string[],
  ): Promise<{ holderName: string | null; productNames: Map<string, string> }> {
    const holder = await tx.findOneBy(ViewedProducer, { id: producerId });
    const products = await tx.find(ViewedProduct, { where: { id: In([...productIds]) } });
    return {
      holderName: holder?.name ?? null,
      productNames: new Map(products.map((product) => [product.id, product.name])),
    };
  }

  /** Whether catalog placed the producer in this county. */
  async inCounty(tx: EntityManager, producerId: string, countyCode: string): Promise<boolean> {
    const rows = await tx.query<unknown[]>(
      `SELECT 1 FROM viewed_producers WHERE id = $1 AND county_code = $2`,
      [producerId, countyCode],
    );
    return rows.length > 0;
  }
}
