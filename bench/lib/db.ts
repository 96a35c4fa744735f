/** Databases of one benchmark run: `hb_bench_<label>` on the local server, dropped when done. */
import { Client, Pool, type QueryResultRow } from 'pg';
import { databaseUrl } from './env';

export interface BenchDatabase {
  readonly name: string;
  readonly url: string;
  readonly pool: Pool;
  query<T extends QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Closes the pool and drops the database (unless `BENCH_KEEP_DATABASES=1`). */
  drop(): Promise<void>;
}

/** Runs one statement on the server's `postgres` database (CREATE / DROP DATABASE). */
export async function onServer<T extends QueryResultRow = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    return (await admin.query<T>(sql, params)).rows;
  } finally {
    await admin.end();
  }
}

/** How the benchmark's own database sessions are named in pg_stat_activity. */
export const BENCH_APPLICATION_NAME = 'hb-bench';

export async function createDatabase(name: string, poolSize = 4): Promise<BenchDatabase> {
  if (!/^hb_bench_[a-z0-9_]+$/.test(name)) throw new Error(`benchmark databases are hb_bench_*: ${name}`);
  await onServer(`CREATE DATABASE ${name}`);
  const url = databaseUrl(name);
  // Named, so that a benchmark can tell its own sessions from those of the services it measures.
  const pool = new Pool({ connectionString: url, max: poolSize, application_name: BENCH_APPLICATION_NAME });
  // pool.end() resolves once it has asked its idle clients to end, not once they have: DROP DATABASE
  // … WITH (FORCE) can still terminate one, whose error the pool re-emits, crashing the run at its end.
  pool.on('error', () => undefined);
  let dropped = false;
  return {
    name,
    url,
    pool,
    async query<T extends QueryResultRow>(sql: string, params: unknown[] = []) {
      return (await pool.query<T>(sql, params)).rows;
    },
    async drop() {
      if (dropped) return;
      dropped = true;
      await pool.end().catch(() => undefined);
      if (process.env.BENCH_KEEP_DATABASES !== '1') {
        await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    },
  };
}

/** "15.20" from the server. */
export async function postgresVersion(): Promise<string> {
  const [row] = await onServer<{ server_version: string }>(`SHOW server_version`);
  return row.server_version.split(' ')[0];
}

/**
 * `COPY … FROM STDIN` with the `pg` driver alone: a query object the client submits like any other
 * (the protocol's copy-in sub-protocol, as pg-copy-streams drives it), sending `data` — COPY's text
 * format, already encoded — in one chunk. `await client.query(copy)` is not how it ends: await `done`.
 */
export class CopyFrom {
  readonly done: Promise<void>;
  private settle!: (error?: Error) => void;
  private error: Error | undefined;

  constructor(
    private readonly sql: string,
    private readonly data: Buffer,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.settle = (error) => (error ? reject(error) : resolve());
    });
  }

  submit(connection: { query(sql: string): void }): void {
    connection.query(this.sql);
  }

  handleCopyInResponse(connection: { sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void }): void {
    connection.sendCopyFromChunk(this.data);
    connection.endCopyFrom();
  }

  handleError(error: Error): void {
    this.error = error;
  }

  handleReadyForQuery(): void {
    this.settle(this.error);
  }

  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
}

/** A value in COPY's text format: `\N` for none, backslash, tab and line breaks escaped. */
export const copyText = (value: string | number | null | undefined): string =>
  value === null || value === undefined
    ? '\\N'
    : String(value).replace(
        /[\\\t\n\r]/g,
        (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!,
      );
