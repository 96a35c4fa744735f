import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { pageOf, type Page } from '@hb/platform';
import type { PovertyStatus } from '@hb/contracts';
import { County } from './county.entity';

/** Counties; every statement runs in the caller's transaction (or entity manager). */
@Injectable()
export class CountyRepository {
  /** By code, keyset on the code (`afterCode`: the last code of the previous page). */
  async page(
    tx: EntityManager,
    filter: { povertyStatus?: PovertyStatus },
    afterCode: string | undefined,
    limit: number,
  ): Promise<Page<County>> {
    const query = tx
      .createQueryBuilder(County, 'county')
      .orderBy('county.code', 'ASC')
      .limit(limit + 1);
    if (filter.povertyStatus)
      query.andWhere('county.povertyStatus = :povertyStatus', { povertyStatus: filter.povertyStatus });
    if (afterCode !== undefined) query.andWhere('county.code > :after', { after: afterCode });
    return pageOf(
      await query.getMany(),
      limit,
      (county) => [county.code],
      (county) => county,
    );
  }
}
