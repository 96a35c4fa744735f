import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { types } from 'pg';
import type { MigrationInterface } from 'typeorm';

// Calendar dates (harvested on, expires on, lifted on) stay 'YYYY-MM-DD' strings: parsing them into a
// Date at local midnight would shift them by the server's time zone.
types.setTypeParser(types.builtins.DATE, (value) => value);
// Money is bigint cents in the database; 2^53 cents is far beyond any order or budget, so numbers are exact.
types.setTypeParser(types.builtins.INT8, (value) => Number(value));
import {
  MessagingTables1764230400000,
  OutboxClaim1765800000000,
  OutboxRoomForMarks1765710000000,
} from '@hb/messaging';
import { envDuration, envInt } from '../config/env';

/** The database of a service when DATABASE_URL is not given: one database per service on the local server. */
export function defaultDatabaseUrl(service: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
  return `${base.replace(/\/$/, '')}/harvest_${service}`;
}

export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

/**
 * How long one SQL statement of a service may run before PostgreSQL cancels it
 * (DB_STATEMENT_TIMEOUT_MS, 15 s; 0 turns the limit off): a request or an event stuck behind a lock
 * or a runaway query fails (503, or a retried event) instead of holding a connection for ever.
 */
export function statementTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  return envDuration('DB_STATEMENT_TIMEOUT_MS', DEFAULT_STATEMENT_TIMEOUT_MS, { env, min: 0 });
}

/**
 * TypeORM options of a service: its own database, its migrations after the shared messaging
 * tables (run at start, one replica at a time: see migrations.ts); never `synchronize`.
 */
export type MigrationClass = new () => MigrationInterface;

export function databaseOptions(
  service: string,
  migrations: readonly MigrationClass[],
  env: NodeJS.ProcessEnv = process.env,
): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url: env.DATABASE_URL ?? defaultDatabaseUrl(service, env),
    autoLoadEntities: true,
    synchronize: false,
    // Run by openMigratedDataSource under an advisory lock, not by TypeORM on its own.
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    migrations: [
      MessagingTables1764230400000,
      OutboxRoomForMarks1765710000000,
      OutboxClaim1765800000000,
      ...migrations,
    ],
    extra: {
      max: envInt('DB_POOL_SIZE', 10, { env }),
      connectionTimeoutMillis: 5_000,
      // Set on every connection of the pool (a startup parameter), lifted for migrations.
      statement_timeout: statementTimeoutMs(env),
      // No JIT compilation: the services' statements are short, and the few whose estimated cost
      // passes jit_above_cost spent longer compiling than running (monitoring's indicator query with
      // 1 million order lines: 91–129 ms of JIT per query; its rules' measures: 46–77 ms of 76–166 ms).
      options: '-c jit=off',
    },
    retryAttempts: 10,
    retryDelay: 1_000,
  };
}
