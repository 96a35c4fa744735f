import type { QueryResultRow } from 'pg';
import { QueryFailedError, type EntityManager } from 'typeorm';

/** What a TypeORM query runner of the postgres driver lends: its pg client. */
interface PgClientOwner {
  connect(): Promise<{
    query<T extends QueryResultRow>(config: {
      name: string;
      text: string;
      values: unknown[];
    }): Promise<{ rows: T[] }>;
  }>;
}

/**
 * Runs a statement of a hot path as a named prepared statement on the connection of `tx` (which
 * must be a transaction's, or another query runner's, manager): PostgreSQL parses, analyses and —
 * once it settles on a generic plan — plans it once per connection instead of on every call. TypeORM
 * sends every statement unnamed, so this goes to its pg client directly, logging the statement and
 * wrapping a failure (QueryFailedError) as TypeORM's own `query` does. `name` must stand for this one
 * text: a connection refuses a second text under a name it has prepared.
 */
export async function preparedQuery<T extends QueryResultRow>(
  tx: EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const runner = tx.queryRunner;
  if (!runner) throw new Error(`prepared statement ${name} needs a transaction's entity manager`);
  const client = await (runner as unknown as PgClientOwner).connect();
  const logger = runner.connection.logger;
  logger.logQuery(text, values, runner);
  try {
    return (await client.query<T>({ name, text, values })).rows;
  } catch (error) {
    logger.logQueryError(error as Error, text, values, runner);
    throw new QueryFailedError(text, values, error as Error);
  }
}
