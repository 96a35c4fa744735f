import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PriceFlaggedData } from '@hb/contracts';

/** All SQL of price flags: one row per product judged at least once, flagged or not. */
@Injectable()
export class PriceFlagsRepository {
  /** The flag rows of these products, locked for the rest of the transaction, by product id in lower case. */
  async currentOf(
    tx: EntityManager,
    productIds: readonly string[],
  ): Promise<Map<string, { flagged: boolean; unitPriceCents: number }>> {
    if (productIds.length === 0) return new Map();
    const rows = await tx.query<{ product_id: string; flagged: boolean; unit_price_cents: number }[]>(
      `SELECT product_id, flagged, unit_price_cents FROM price_flags WHERE product_id = ANY($1::uuid[])
        ORDER BY product_id FOR UPDATE`,
      [productIds],
    );
    return new Map(
      rows.map((row) => [row.product_id, { flagged: row.flagged, unitPriceCents: row.unit_price_cents }]),
    );
  }

  async record(
    tx: EntityManager,
    flag: PriceFlaggedData,
    flagged: boolean,
    at: Date | string,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO price_flags (product_id, flagged, unit_price_cents, reference_cents, ratio, as_of)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (product_id) DO UPDATE SET flagged = EXCLUDED.flagged, unit_price_cents = EXCLUDED.unit_price_cents,
         reference_cents = EXCLUDED.reference_cents, ratio = EXCLUDED.ratio, as_of = EXCLUDED.as_of`,
      [flag.productId, flagged, flag.unitPriceCents, flag.referenceCents, flag.ratio, at],
    );
  }
}
