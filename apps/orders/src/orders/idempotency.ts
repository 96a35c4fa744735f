import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { SqlStatement } from '@hb/messaging';
import { IdempotencyKeyRepository, type StoredKey } from './idempotency-key.repository';
import { IdempotencyKeyReused } from './order-errors';

/** `Idempotency-Key`: 1–255 visible ASCII characters (a UUID is typical). */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

export interface StoredResponse<T> {
  statusCode: number;
  body: T;
}

/** A stable fingerprint of a request body (key order does not matter). */
export function fingerprint(body: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('hex');
}

/**
 * Answers a retry with the stored response, or refuses a different body under a used key (422), once
 * requests with the same key take turns: the transaction that creates the resource first takes the
 * key's lock (`keyLock`, in its first statement), then asks `replay`; `remember` the response in the
 * same transaction (the statement runs with the resource's event).
 */
export class IdempotencyKeys {
  constructor(
    private readonly tx: EntityManager,
    private readonly keys = new IdempotencyKeyRepository(),
  ) {}

  /**
   * The stored response of a retry, or null for a new key; refuses a different body under a used key
   * (422). The caller's transaction holds the key's lock already (`keyLock`).
   */
  async replay<T>(owner: string, key: string, requestHash: string): Promise<StoredResponse<T> | null> {
    return this.answer(await this.keys.find(this.tx, owner, key), key, requestHash);
  }

  private answer<T>(stored: StoredKey | null, key: string, requestHash: string): StoredResponse<T> | null {
    if (!stored) return null;
    if (stored.request_hash !== requestHash) {
      throw new IdempotencyKeyReused(key);
    }
    return { statusCode: stored.status_code, body: JSON.parse(stored.response) as T };
  }

  remember(
    owner: string,
    key: string,
    requestHash: string,
    orderId: string,
    response: StoredResponse<unknown>,
  ): SqlStatement {
    return this.keys.insertStatement({
      owner,
      key,
      requestHash,
      orderId,
      statusCode: response.statusCode,
      response: JSON.stringify(response.body),
    });
  }
}
