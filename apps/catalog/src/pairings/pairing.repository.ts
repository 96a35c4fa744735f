import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { decodeCursor, pageOf, RequestValidationError, type Page } from '@hb/platform';
import { Pairing } from './pairing.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Pairings of assisting regions with assisted counties; every statement runs in the caller's transaction. */
@Injectable()
export class PairingRepository {
  /** By assisted county, then assisting region, then id; keyset on the three. */
  async page(
    tx: EntityManager,
    filter: { assistedCountyCode?: string; assistingRegionCode?: string },
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<Pairing>> {
    const builder = tx
      .createQueryBuilder(Pairing, 'p')
      .orderBy('p.assisted_county_code', 'ASC')
      .addOrderBy('p.assisting_region_code', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1);
    if (filter.assistedCountyCode)
      builder.andWhere('p.assisted_county_code = :county', { county: filter.assistedCountyCode });
    if (filter.assistingRegionCode)
      builder.andWhere('p.assisting_region_code = :region', { region: filter.assistingRegionCode });
    if (cursor) {
      const [county, region, id] = decodeCursor(cursor, 3);
      if (typeof id !== 'string' || !UUID.test(id)) {
        throw new RequestValidationError([
          { field: 'cursor', messages: ['cursor is not one this API gave out'] },
        ]);
      }
      builder.andWhere('(p.assisted_county_code, p.assisting_region_code, p.id) > (:county, :region, :id)', {
        county,
        region,
        id,
      });
    }
    return pageOf(
      await builder.getMany(),
      limit,
      (pairing) => [pairing.assistedCountyCode, pairing.assistingRegionCode, pairing.id],
      (pairing) => pairing,
    );
  }
}
