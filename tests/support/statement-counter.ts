import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';
import type { Answer, Call } from './http';
import type { RunningService } from './service-harness';

export type CountStatements = <T>(work: () => Promise<T>) => Promise<{ result: T; statements: string[] }>;

/**
 * Counts the statements a service's DataSource sends to PostgreSQL while `work` runs (and only its:
 * the scope follows the request through async calls, so the relay and the consumer running beside
 * it are not counted). Installed once per DataSource; transaction control (START TRANSACTION,
 * COMMIT) counts as statements too, since each is a round trip. Counted where TypeORM logs each
 * statement, so that named prepared statements (preparedQuery, which bypasses the query runner's
 * `query`) count as well.
 */
export function statementCounter(dataSource: DataSource): CountStatements {
  const scope = new AsyncLocalStorage<string[]>();
  const logger = dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (sql: string, ...rest: unknown[]) => {
    scope.getStore()?.push(sql);
    return (logQuery as (...all: unknown[]) => unknown)(sql, ...rest);
  };
  return async <T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> => {
    const statements: string[] = [];
    const result = await scope.run(statements, work);
    return { result, statements };
  };
}

/** One list route and how to ask it for a page of a given size. */
export interface ListRoute {
  /** As the OpenAPI document names it, e.g. `GET /v1/orders`. */
  readonly name: string;
  /** The request for a page of `limit` items. */
  request(limit: number): Call;
  /** How many items the seed gives the caller at least (both page sizes must come back full). */
  readonly seeded?: number;
}

/** A GET of `path` for a page of `limit` items, as the caller whose token `token` answers when asked. */
export const pageRequest =
  (path: string, token: () => string) =>
  (limit: number): Call => ({
    method: 'GET',
    url: `${path}${path.includes('?') ? '&' : '?'}limit=${limit}`,
    token: token(),
  });

export interface PageCost {
  readonly small: { items: number; statements: string[] };
  readonly large: { items: number; statements: string[] };
}

const itemsOf = (answer: Answer): number => {
  const body = answer.body as { items?: unknown[] } | unknown[];
  if (Array.isArray(body)) return body.length;
  return Array.isArray(body?.items) ? body.items.length : -1;
};

/**
 * Asks a list route for a page of `small` and a page of `large` items and returns the statements each
 * cost. Both pages must come back full (status 200, exactly as many items as asked for), so that the
 * larger one really holds more rows and their related rows.
 */
export async function costOfPages(
  svc: RunningService,
  count: CountStatements,
  route: ListRoute,
  small = 5,
  large = 50,
): Promise<PageCost> {
  const measure = async (limit: number) => {
    const { result, statements } = await count(() => svc.call(route.request(limit)));
    if (result.status !== 200) {
      throw new Error(
        `${route.name}?limit=${limit} answered ${result.status}: ${JSON.stringify(result.body)}`,
      );
    }
    return { items: itemsOf(result), statements };
  };
  // The first request of a route warms caches (metadata, prepared plans) that later ones reuse.
  await measure(small);
  return { small: await measure(small), large: await measure(large) };
}
