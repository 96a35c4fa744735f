import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { decodeCursor, pageOf, type Page } from '@hb/platform';
import { CertificationBody } from './certification-body.entity';

/** The register of certification bodies; every statement runs in the caller's transaction. */
@Injectable()
export class CertificationBodyRepository {
  /** Registers the body unless its id is taken; false if it was. */
  async insertIfNew(tx: EntityManager, body: CertificationBody): Promise<boolean> {
    const inserted = await tx.query<{ id: string }[]>(
      `INSERT INTO certification_bodies (id, name, registered_at) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [body.id, body.name, body.registeredAt],
    );
    return inserted.length > 0;
  }

  /** By id, keyset on the id. */
  async page(tx: EntityManager, cursor: string | undefined, limit: number): Promise<Page<CertificationBody>> {
    const builder = tx
      .createQueryBuilder(CertificationBody, 'b')
      .orderBy('b.id', 'ASC')
      .take(limit + 1);
    if (cursor) {
      const [after] = decodeCursor(cursor, 1);
      builder.andWhere('b.id > :after', { after: String(after) });
    }
    return pageOf(
      await builder.getMany(),
      limit,
      (body) => [body.id],
      (body) => body,
    );
  }
}
