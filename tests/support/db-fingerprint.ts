import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { TestDatabase } from './database';

/** Per table: `<rows>:<sum of row hashes>`. Equal fingerprints: nothing was inserted, changed or deleted. */
export type Fingerprint = Record<string, string>;

/**
 * Columns that change without a request or an event: the outbox relay marks rows published in the
 * background (and prunes them after the retention), which is not a write of the request's.
 */
const VOLATILE_COLUMNS: Record<string, readonly string[]> = { outbox: ['published_at'] };

interface Fingerprinter {
  readonly client: Client;
  readonly text: string;
}

/** One connection per database, with the query prepared once (it is run before and after every case). */
const fingerprinters = new Map<string, Promise<Fingerprinter>>();

async function fingerprinter(db: TestDatabase): Promise<Fingerprinter> {
  const client = new Client({ connectionString: db.url });
  // Dropping the test database ends this connection; that is not an error of the test.
  client.on('error', () => undefined);
  await client.connect();
  return { client, text: await fingerprintQuery(db) };
}

async function fingerprintQuery(db: TestDatabase): Promise<string> {
  const columns = await db.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table_name: table, column_name: column } of columns) {
    if (VOLATILE_COLUMNS[table]?.includes(column)) continue;
    byTable.set(table, [...(byTable.get(table) ?? []), column]);
  }
  if (byTable.size === 0) throw new Error(`database ${db.name} has no tables to fingerprint`);
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  return [...byTable]
    .map(
      ([table, names]) =>
        `SELECT ${`'${table.replace(/'/g, "''")}'`} AS t, count(*)::text || ':' || ` +
        `coalesce(sum(hashtextextended(row(${names.map((name) => `x.${quote(name)}`).join(', ')})::text, 0)), 0)::text AS f ` +
        `FROM ${quote(table)} x`,
    )
    .join(' UNION ALL ');
}

/**
 * A cheap fingerprint of every table of a service's database (the outbox and inbox included): row
 * counts and an order-independent checksum of the rows. The tables are read when first asked.
 */
export async function databaseFingerprint(db: TestDatabase): Promise<Fingerprint> {
  let pending = fingerprinters.get(db.name);
  if (!pending) fingerprinters.set(db.name, (pending = fingerprinter(db)));
  const { client, text } = await pending;
  const { rows } = await client.query<{ t: string; f: string }>({ name: 'hb-fingerprint', text });
  return Object.fromEntries(rows.map((row) => [row.t, row.f]));
}

/** Closes the fingerprinting connection of a database (before it is dropped). */
export async function stopFingerprinting(db: TestDatabase): Promise<void> {
  const pending = fingerprinters.get(db.name);
  fingerprinters.delete(db.name);
  if (pending) await (await pending).client.end().catch(() => undefined);
}

/** The tables whose fingerprints differ (empty: the same). */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...tables].filter((table) => before[table] !== after[table]).sort();
}

/** Statements that may change a table (conservative: any of these words anywhere, but a row lock's). */
const WRITE_STATEMENT = /\b(insert|update|delete|merge|truncate|copy|alter|drop|create)\b/i;
const ROW_LOCK = /\bfor\s+(no\s+key\s+update|update|key\s+share|share)\b/gi;

export interface WriteWatch {
  /** Write statements the service has sent to its database so far (through TypeORM, as all its queries go). */
  readonly count: number;
}

const watches = new WeakMap<object, WriteWatch>();

/**
 * Counts the write statements a running service sends to its database. A request during which the
 * count did not move cannot have written anything; one during which it moved is checked against the
 * database fingerprint. Background work (the relay marking outbox rows published) only adds checks.
 */
export function watchWrites(app: INestApplication): WriteWatch {
  const dataSource = app.get(DataSource);
  const existing = watches.get(dataSource);
  if (existing) return existing;
  const watch = { count: 0 };
  const logger = dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, queryRunner) => {
    if (WRITE_STATEMENT.test(query.replace(ROW_LOCK, ''))) watch.count += 1;
    logQuery(query, parameters, queryRunner);
  };
  watches.set(dataSource, watch);
  return watch;
}
