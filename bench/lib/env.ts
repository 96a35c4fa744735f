/**
 * What every benchmark shares: where the broker and the database are, quick or full mode, logging,
 * unique names for the databases, topic prefixes and consumer groups of one run.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

// Services started in a benchmark's own process log warnings only.
process.env.LOG_LEVEL ??= 'warn';
// The benchmarks sign in with development tokens.
process.env.HB_DEV_AUTH = '1';
// Services started in the benchmark's own process serve their metrics on free ports.
process.env.METRICS_PORT ??= '0';
process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

export const ROOT = resolve(__dirname, '..', '..');
export const RESULTS_DIR = resolve(ROOT, 'bench', 'results');
/** Scratch space of the benchmarks (service builds, logs, profiles); .data is ignored by git. */
export const WORK_DIR = resolve(ROOT, '.data', 'bench');

export const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
export const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Quick mode (`BENCH_QUICK=1` or `--quick`): seconds instead of minutes, smaller data, for smoke checks. */
export const QUICK = process.env.BENCH_QUICK === '1' || process.argv.includes('--quick');

/** The quick or the full value of a setting. */
export const byMode = <T>(quick: T, full: T): T => (QUICK ? quick : full);

/** `BENCH_PROFILE=1` (or `--profile`): services run with `node --cpu-prof` and their top frames are printed. */
export const PROFILE = process.env.BENCH_PROFILE === '1' || process.argv.includes('--profile');

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

export function logger(scope: string): (message: string) => void {
  return (message) => console.log(`[bench:${scope}] ${message}`);
}

/** A short random label: `hb_bench_<label>` databases, `bench-<label>` topic prefixes. */
export const uniqueLabel = (): string => randomBytes(4).toString('hex');

/** A URL of the benchmark's PostgreSQL server for another database on it. */
export function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Settings passed as `--name value` (or `--name=value`) on the command line, numbers only. */
export function numberFlag(name: string, fallback: number): number {
  const args = process.argv;
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index < 0) return fallback;
  const raw = args[index].includes('=') ? args[index].split('=')[1] : args[index + 1];
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}
