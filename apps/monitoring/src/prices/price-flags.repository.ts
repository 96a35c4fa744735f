import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PriceFlaggedData } from '@hb/contracts';

/** All SQL of price flags: one row per product judged at least once, flagged or not. */
@Injectable()
export class PriceFlagsRepository {
  /** The product's flag row, locked for the rest of the transaction. */
  async current(
    tx: EntityManager,
    productId: string,
  ): Promise<{ flagged: boolean; unitPriceCents: number } | null> {
    const [row] = await tx.query<{ flagged: boolean; unit_price_cents: number }[]>(
      `SELECT flagged, unit_price_cents FROM price_flags WHERE product_id = $1 FOR UPDATE`,
      [productId],
    );
    return row ? { flagged: row.flagged, unitPriceCents: row.unit_price_cents } : null;
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
