import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { decodeCursor, RequestValidationError } from '@hb/platform';
import { PLATFORM_ID } from './platform.dto';

export interface PlatformRow {
  id: string;
  name: string;
  registeredAt: Date;
}

/** The register of e-commerce platforms; every statement runs in the caller's transaction. */
@Injectable()
export class PlatformRepository {
  /** Registers the platform unless its id is taken; false if it was. */
  async insertIfNew(tx: EntityManager, platform: PlatformRow): Promise<boolean> {
    const inserted = await tx.query<{ id: string }[]>(
      `INSERT INTO platforms (id, name, registered_at) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [platform.id, platform.name, platform.registeredAt],
    );
    return inserted.length > 0;
  }

  /** By id, keyset on the id; `limit` rows. */
  async page(tx: EntityManager, cursor: string | undefined, limit: number): Promise<PlatformRow[]> {
    const values: unknown[] = [];
    let after = '';
    if (cursor) {
      const [id] = decodeCursor(cursor, 1);
      if (typeof id !== 'string' || !PLATFORM_ID.test(id)) {
        throw new RequestValidationError([
          { field: 'cursor', messages: ['cursor is not one this API gave out'] },
        ]);
      }
      values.push(id);
      after = 'WHERE id > $1';
    }
    values.push(limit);
    return tx.query<PlatformRow[]>(
      `SELECT id, name, registered_at AS "registeredAt" FROM platforms ${after}
        ORDER BY id LIMIT $${values.length}`,
      values,
    );
  }
}
