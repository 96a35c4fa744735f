import type { EntityManager } from 'typeorm';
import type { Principal } from '@hb/contracts';

/**
 * A county official (`org` = the county's code) reads the applications and certificates of its
 * county's producers only, as catalog's events placed them; `:county` is the official's code.
 */
export const PRODUCERS_OF_COUNTY = `SELECT vp.id FROM viewed_producers vp WHERE vp.county_code = :county`;

export async function inCounty(tx: EntityManager, producerId: string, official: Principal): Promise<boolean> {
  const rows = await tx.query<unknown[]>(
    `SELECT 1 FROM viewed_producers WHERE id = $1 AND county_code = $2`,
    [producerId, official.organisationId],
  );
  return rows.length > 0;
}
