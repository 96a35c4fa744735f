/**
 * Runs every benchmark, each in a process of its own, and writes bench/results/latest.json and
 * bench/results/latest.md (date, machine, versions, and per figure its same-run reference, ratio and
 * goal). The services are built once (`nest build`) for all of them.
 *
 *   npm run bench                       # full: about 12–15 minutes on 2 cores
 *   npm run bench -- --quick            # or BENCH_QUICK=1: seconds per measurement, small data
 *   npm run bench -- --only saga,http   # some of them (names below)
 *   npm run bench -- --profile          # also CPU-profile the services and print their top frames
 *   npm run bench -- --only saga --merge   # the others' results stay as the previous latest.json has them
 *
 * Exits non-zero when a benchmark fails to run; a goal not met is a figure, not a failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { onServer } from './lib/db';
import { logger, PROFILE, QUICK, RESULTS_DIR, ROOT, WORK_DIR } from './lib/env';
import { withAdmin } from './lib/kafka';
import { environment, markdown, printResult, writeFormatted, type BenchResult } from './lib/results';
import { serviceBuilds } from './lib/services';

const log = logger('run');

/** The benchmarks, in the order they run: name → script. */
export const BENCHMARKS: Readonly<Record<string, string>> = {
  'kafka-path': 'kafka-path.ts',
  'outbox-latency': 'outbox-latency.ts',
  saga: 'order-saga.ts',
  http: 'http-edge.ts',
  telemetry: 'telemetry-ingest.ts',
  growth: 'growth.ts',
  memory: 'memory.ts',
  monitoring: 'monitoring.ts',
  recall: 'recall.ts',
};

function selected(): string[] {
  const index = process.argv.indexOf('--only');
  if (index < 0) return Object.keys(BENCHMARKS);
  const names = (process.argv[index + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0)
    throw new Error(
      `unknown benchmark(s) ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`,
    );
  return names;
}

async function checkInfrastructure(): Promise<void> {
  try {
    await onServer('SELECT 1');
  } catch (error) {
    throw new Error(`PostgreSQL does not answer (${String(error)}); is it running on 127.0.0.1:5432?`);
  }
  try {
    await withAdmin((admin) => admin.listTopics());
  } catch (error) {
    throw new Error(`Kafka does not answer (${String(error)}); see scripts/kafka.sh status`);
  }
}

interface RunSummary {
  command: string;
  mode: string;
  minutes: number;
  environment: Awaited<ReturnType<typeof environment>>;
  benchmarks: BenchResult[];
  /** Benchmarks measured again on their own since (`--merge`). */
  rerun?: string[];
  failures: Record<string, string>;
}

/** The previous latest.json, whose other benchmarks `--merge` keeps. */
function previousRun(): RunSummary {
  const file = resolve(RESULTS_DIR, 'latest.json');
  if (!existsSync(file)) throw new Error(`--merge needs a previous ${file}`);
  return JSON.parse(readFileSync(file, 'utf8')) as RunSummary;
}

async function main(): Promise<void> {
  const names = selected();
  await checkInfrastructure();
  const env = await environment();
  log(
    `${QUICK ? 'quick' : 'full'} run of ${names.join(', ')} on ${env.machine.cpuModel} × ${env.machine.cores}, ` +
      `load average ${env.machine.loadAverageAtStart.join(' ')}`,
  );
  const started = Date.now();
  const needsServices = names.some((name) => ['saga', 'http', 'growth', 'memory', 'recall'].includes(name));
  const buildsHere = needsServices && !process.env.BENCH_BUILD_DIR && process.env.BENCH_SKIP_BUILD !== '1';
  if (needsServices) {
    log('building the services (nest build)');
    serviceBuilds(['catalog', 'orders', 'logistics', 'certification']);
  }
  const scratch = mkdtempSync(resolve(tmpdir(), 'hb-bench-'));
  const results: BenchResult[] = [];
  const failures: Record<string, string> = {};
  for (const name of names) {
    const out = resolve(scratch, `${name}.json`);
    log(`── ${name}`);
    const child = spawnSync(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-r',
        'tsconfig-paths/register',
        resolve(ROOT, 'bench', BENCHMARKS[name]),
        '--out',
        out,
        ...(QUICK ? ['--quick'] : []),
        ...(PROFILE ? ['--profile'] : []),
      ],
      { cwd: ROOT, stdio: 'inherit', env: process.env },
    );
    if (child.status === 0 && existsSync(out)) {
      results.push(JSON.parse(readFileSync(out, 'utf8')) as BenchResult);
    } else {
      failures[name] = `exited with ${child.status ?? child.signal}`;
      log(`${name} failed (${failures[name]}); going on with the others`);
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  if (buildsHere && process.env.BENCH_BUILD_DIR?.startsWith(WORK_DIR)) {
    rmSync(process.env.BENCH_BUILD_DIR, { recursive: true, force: true });
  }

  const minutes = Math.round((Date.now() - started) / 6000) / 10;
  const previous = process.argv.includes('--merge') ? previousRun() : undefined;
  const summary = previous
    ? {
        ...previous,
        benchmarks: Object.keys(BENCHMARKS).flatMap((name) => {
          const result =
            results.find((candidate) => candidate.name === name) ??
            previous.benchmarks.find((candidate) => candidate.name === name);
          return result ? [result] : [];
        }),
        rerun: [...new Set([...(previous.rerun ?? []), ...results.map((result) => result.name)])],
        failures: { ...previous.failures, ...failures },
      }
    : {
        command: `npm run bench${QUICK ? ' -- --quick' : ''}`,
        mode: QUICK ? 'quick' : 'full',
        minutes,
        environment: env,
        benchmarks: results,
        failures,
      };
  await writeFormatted(resolve(RESULTS_DIR, 'latest.json'), JSON.stringify(summary));
  await writeFormatted(
    resolve(RESULTS_DIR, 'latest.md'),
    markdown(
      summary.environment,
      summary.benchmarks,
      summary.failures,
      summary.benchmarks.filter((result) => 'rerun' in summary && summary.rerun.includes(result.name)),
    ),
  );
  console.log('\n================ summary ================');
  for (const result of results) printResult(result);
  const unmet = results.flatMap((result) =>
    result.rows.filter((row) => row.met === false).map((row) => `${result.title}: ${row.measure}`),
  );
  log(
    `done in ${minutes} min; ${unmet.length} goal(s) not met${unmet.length ? `: ${unmet.join('; ')}` : ''}`,
  );
  log(`results in ${resolve(RESULTS_DIR, 'latest.json')} and latest.md`);
  if (Object.keys(failures).length > 0) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => setTimeout(() => process.exit(), 500).unref());
