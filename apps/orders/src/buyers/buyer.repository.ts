import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { createdAtText, creationPosition, pageOf, type Page } from '@hb/platform';
import { Buyer } from './buyer.entity';

/** Buyers; every statement runs in the caller's transaction (or entity manager). */
@Injectable()
export class BuyerRepository {
  /** Oldest first, keyset on (created_at, id); `name` only the buyers of that exact name. */
  async page(
    tx: EntityManager,
    filter: { name?: string },
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<Buyer>> {
    const builder = tx
      .createQueryBuilder(Buyer, 'buyer')
      .addSelect(createdAtText('buyer.created_at'), 'position')
      .orderBy('buyer.createdAt', 'ASC')
      .addOrderBy('buyer.id', 'ASC')
      .limit(limit + 1);
    if (filter.name) builder.andWhere('buyer.name = :name', { name: filter.name });
    if (cursor) {
      builder.andWhere(
        '(buyer.createdAt, buyer.id) > (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))',
        creationPosition(cursor),
      );
    }
    const { entities, raw } = await builder.getRawAndEntities<{ position: string }>();
    const rows = entities.map((buyer, index) => ({ buyer, position: raw[index].position }));
    return pageOf(
      rows,
      limit,
      ({ buyer, position }) => [position, buyer.id],
      ({ buyer }) => buyer,
    );
  }
}
