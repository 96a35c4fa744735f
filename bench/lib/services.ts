/**
 * The services a benchmark measures: as child processes from a `nest build` (what production runs),
 * or in this process (as the tests do, for benchmarks of the plumbing), each on a database, topic
 * prefix and consumer group of the run's own.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ServiceName } from '@hb/contracts';
import { createService, startService, type ServiceDescription, type ServiceOverrides } from '@hb/platform';
import { logger, PROFILE, ROOT, uniqueLabel, WORK_DIR } from './env';
import { freePort, startChild, waitUntilAnswering, type Child } from './processes';
import { summariseCpuProfile } from './profile';

const log = logger('services');

/**
 * Environment every benchmarked service gets: warnings only in its log, and a per-organisation rate
 * limit far above what a load generator sends (the guard still runs for every request; it never
 * refuses). Everything else is the services' defaults.
 */
export const SERVICE_ENV: Readonly<Record<string, string>> = {
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '100000000',
  RATE_LIMIT_BURST: '100000000',
  KAFKAJS_NO_PARTITIONER_WARNING: '1',
  // Benchmarks start many service processes on one host: each scrape endpoint on a free port.
  METRICS_PORT: '0',
};

/**
 * The services built with `nest build <service>` (webpack, as the Dockerfile does), each bundle
 * copied to a folder of this run so that another build during the run cannot change it under us.
 * The runner builds once and hands the folder to every benchmark in BENCH_BUILD_DIR;
 * BENCH_SKIP_BUILD=1 uses dist/apps as it is.
 */
export function serviceBuilds(services: readonly ServiceName[]): string {
  const given = process.env.BENCH_BUILD_DIR;
  if (given && services.every((service) => existsSync(resolve(given, service, 'main.js')))) return given;
  if (process.env.BENCH_SKIP_BUILD === '1') return resolve(ROOT, 'dist', 'apps');
  const dir = resolve(WORK_DIR, `build-${uniqueLabel()}`);
  for (const service of services) {
    const started = Date.now();
    execFileSync('npx', ['nest', 'build', service], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    mkdirSync(resolve(dir, service), { recursive: true });
    copyFileSync(resolve(ROOT, 'dist', 'apps', service, 'main.js'), resolve(dir, service, 'main.js'));
    log(`built ${service} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  process.env.BENCH_BUILD_DIR = dir;
  return dir;
}

export interface ServiceProcess extends Child {
  readonly service: ServiceName;
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Stops it; with profiling on, prints and returns its top frames. */
  stopAndProfile(): Promise<string[] | undefined>;
}

export interface SpawnOptions {
  databaseUrl: string;
  prefix: string;
  /** A name for its log file (default: prefix and service). */
  label?: string;
  env?: Record<string, string>;
  /** Run this TypeScript entry (through ts-node) instead of the service's build. */
  tsEntry?: string;
}

/** Starts a service as a child process and resolves once `/health/ready` answers 200. */
export async function spawnService(service: ServiceName, options: SpawnOptions): Promise<ServiceProcess> {
  const port = await freePort();
  const name = options.label ?? `${options.prefix}-${service}`;
  const profileDir = PROFILE ? resolve(WORK_DIR, 'profiles', name) : undefined;
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const entry = options.tsEntry
    ? ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', options.tsEntry]
    : [resolve(serviceBuilds([service]), service, 'main.js')];
  const child = startChild(name, process.execPath, [...nodeArgs, ...entry], {
    ...process.env,
    ...SERVICE_ENV,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: options.databaseUrl,
    KAFKA_TOPIC_PREFIX: options.prefix,
    KAFKA_GROUP_ID: `${options.prefix}.${service}`,
    ...options.env,
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(`${url}/health/ready`, child);
  } catch (error) {
    await child.stop(2_000);
    throw error;
  }
  return {
    ...child,
    service,
    port,
    url,
    async stopAndProfile() {
      await child.stop();
      if (!profileDir || !existsSync(profileDir)) return undefined;
      const [latest] = readdirSync(profileDir)
        .filter((file) => file.endsWith('.cpuprofile'))
        .map((file) => resolve(profileDir, file))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
      if (!latest) return undefined;
      const top = summariseCpuProfile(latest);
      log(`${name}: CPU profile ${latest}\n${top.map((line) => `    ${line}`).join('\n')}`);
      return top;
    },
  };
}

/** Stops services; with profiling on, their top frames go into `profiles` under their names. */
export async function stopServices(
  services: readonly ServiceProcess[],
  profiles?: Record<string, string[]>,
): Promise<void> {
  for (const service of services) {
    const top = await service.stopAndProfile();
    if (top && profiles) profiles[service.service] = top;
  }
}

/** A service in this process (HTTP not listening unless `port` is given), as tests/support does. */
export async function startInProcess(
  service: ServiceDescription,
  overrides: ServiceOverrides,
  { start = true } = {},
): Promise<NestFastifyApplication> {
  const app = await createService(service, overrides);
  if (start) await startService(app);
  return app;
}
