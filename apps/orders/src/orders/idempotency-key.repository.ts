import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SqlStatement } from '@hb/messaging';

export interface StoredKey {
  request_hash: string;
  status_code: number;
  /** The JSON as sent, so that a replay is byte-identical. */
  response: string;
}

/**
 * The SQL expression that waits for the transaction-scoped advisory lock of a key, whose name
 * (`keyLockName`) is the parameter `name`: requests with the same key take turns.
 */
export const keyLock = (name: string) => `pg_advisory_xact_lock(hashtextextended(${name}, 0))`;

export const keyLockName = (owner: string, key: string) => `${owner} ${key}`;

/** The Idempotency-Keys of placed orders; every statement runs in the caller's transaction. */
@Injectable()
export class IdempotencyKeyRepository {
  /**
   * What was stored under the key, if anything; the caller holds the key's lock, taken by an earlier
   * statement (a statement that waited for the lock would not see what its holder committed).
   */
  async find(tx: EntityManager, owner: string, key: string): Promise<StoredKey | null> {
    const [stored] = await tx.query<StoredKey[]>(
      `SELECT request_hash, status_code, response FROM idempotency_keys WHERE buyer_id = $1 AND key = $2`,
      [owner, key],
    );
    return stored ?? null;
  }

  /** The key and its response, as a statement for the outbox to run with the order's event. */
  insertStatement(entry: {
    owner: string;
    key: string;
    requestHash: string;
    orderId: string;
    statusCode: number;
    response: string;
  }): SqlStatement {
    return {
      text: `INSERT INTO idempotency_keys (buyer_id, key, request_hash, order_id, status_code, response)
             VALUES ($1, $2, $3, $4, $5, $6)`,
      values: [entry.owner, entry.key, entry.requestHash, entry.orderId, entry.statusCode, entry.response],
    };
  }

  /** Forgets the keys older than their time to live. */
  async forgetOlderThan(tx: EntityManager, hours: number): Promise<void> {
    await tx.query(`DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`, [
      hours,
    ]);
  }
}
