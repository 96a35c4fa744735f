import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { createdAtText, creationPosition, pageOf, type Page } from '@hb/platform';
import { Producer } from './producer.entity';

/** Producers; every statement runs in the caller's transaction (or entity manager). */
@Injectable()
export class ProducerRepository {
  /** Oldest first, keyset on (created_at, id); `countyCode` only that county's producers. */
  async page(
    tx: EntityManager,
    filter: { countyCode?: string },
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<Producer>> {
    const query = tx
      .createQueryBuilder(Producer, 'producer')
      .addSelect(createdAtText('producer.created_at'), 'position')
      .orderBy('producer.createdAt', 'ASC')
      .addOrderBy('producer.id', 'ASC')
      .limit(limit + 1);
    if (filter.countyCode)
      query.andWhere('producer.countyCode = :countyCode', { countyCode: filter.countyCode });
    if (cursor) {
      query.andWhere(
        '(producer.createdAt, producer.id) > (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))',
        creationPosition(cursor),
      );
    }
    const { entities, raw } = await query.getRawAndEntities<{ position: string }>();
    const rows = entities.map((producer, index) => ({ producer, position: raw[index].position }));
    return pageOf(
      rows,
      limit,
      ({ producer, position }) => [position, producer.id],
      ({ producer }) => producer,
    );
  }
}
