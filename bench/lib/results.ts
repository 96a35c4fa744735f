/**
 * What a benchmark reports: rows of figure, same-run reference, ratio and goal; the measurements
 * that explain a goal not met; and the files the runner writes (bench/results/latest.json and .md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { postgresVersion } from './db';
import { QUICK, ROOT } from './env';
import { kafkaVersion } from './kafka';

export interface Row {
  /** What is measured, e.g. "relay → Kafka". */
  measure: string;
  /** The figure with its unit, e.g. "12,345 events/s". */
  figure: string;
  /** The same-run reference it is set against, with its figure. */
  reference: string;
  /** figure ÷ reference (for latencies and memory: the benchmark says which way). */
  ratio?: number;
  /** The goal as a sentence, e.g. "≥ 0.7 of the bare loop". */
  goal?: string;
  met?: boolean;
}

export interface BenchResult {
  name: string;
  title: string;
  mode: 'quick' | 'full';
  startedAt: string;
  /** The machine's load average (1, 5, 15 minutes) when this benchmark started. */
  loadAverageAtStart?: number[];
  seconds: number;
  rows: Row[];
  /** For a goal not met: the same-run measurements that say why, and what was tried. */
  limits: string[];
  /** Text lines to print as they are (a small chart of a curve). */
  chart?: string[];
  /** Top frames of the services' CPU profiles, when run with --profile. */
  profiles?: Record<string, string[]>;
  details: Record<string, unknown>;
}

/** An empty result of a benchmark starting now. */
export function newResult(name: string, title: string): BenchResult {
  return {
    name,
    title,
    mode: QUICK ? 'quick' : 'full',
    startedAt: new Date().toISOString(),
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
    seconds: 0,
    rows: [],
    limits: [],
    details: {},
  };
}

/** Stamps how long the benchmark took. */
export function finished(result: BenchResult): BenchResult {
  result.seconds = Math.round((Date.now() - Date.parse(result.startedAt)) / 100) / 10;
  return result;
}

/** `value ≥ target` (higher is better) or `value ≤ target` (lower is better). */
export const meets = (value: number, comparison: '>=' | '<=', target: number): boolean =>
  comparison === '>=' ? value >= target : value <= target;

const mark = (met: boolean | undefined) => (met === undefined ? '' : met ? 'met' : 'NOT MET');

/** Prints a benchmark's rows, limits and chart to the console. */
export function printResult(result: BenchResult): void {
  const lines = [`\n== ${result.title} (${result.mode}, ${result.seconds} s)`];
  for (const row of result.rows) {
    lines.push(`  ${row.measure}: ${row.figure}`);
    lines.push(`      same-run reference: ${row.reference}`);
    const tail = [
      row.ratio !== undefined ? `ratio ${row.ratio}` : '',
      row.goal ? `goal ${row.goal}: ${mark(row.met)}` : '',
    ].filter(Boolean);
    if (tail.length > 0) lines.push(`      ${tail.join('; ')}`);
  }
  if (result.chart) lines.push('', ...result.chart.map((line) => `  ${line}`));
  if (result.limits.length > 0)
    lines.push('  why / limits:', ...result.limits.map((line) => `    - ${line}`));
  console.log(lines.join('\n'));
}

/** Writes a file formatted as the repository formats its files, so that format:check passes. */
export async function writeFormatted(file: string, content: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await format(content, { ...(await resolveConfig(file)), filepath: file }));
}

/** Runs a benchmark's `run` as a script: prints it, and writes it to `--out <file>` when given. */
export function runStandalone(run: () => Promise<BenchResult>): void {
  const index = process.argv.indexOf('--out');
  const out = index >= 0 ? process.argv[index + 1] : undefined;
  run()
    .then(async (result) => {
      printResult(result);
      if (out) writeFileSync(out, JSON.stringify(result));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => {
      // kafkajs and pg may keep timers alive for a while; a benchmark that is done is done.
      setTimeout(() => process.exit(), 1_000).unref();
    });
}

export interface Environment {
  date: string;
  machine: {
    cpuModel: string;
    cores: number;
    memoryGb: number;
    kernel: string;
    loadAverageAtStart: number[];
  };
  versions: { node: string; kafka: string; postgres: string; kafkajs: string; nest: string };
}

export async function environment(): Promise<Environment> {
  const version = (pkg: string) =>
    (
      JSON.parse(readFileSync(resolve(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  return {
    date: new Date().toISOString(),
    machine: {
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      kernel: release(),
      loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
    },
    versions: {
      node: process.versions.node,
      kafka: kafkaVersion(),
      postgres: await postgresVersion(),
      kafkajs: version('kafkajs'),
      nest: version('@nestjs/core'),
    },
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The Markdown summary: when, on what, then one row per figure. */
export function markdown(
  env: Environment,
  results: BenchResult[],
  failures: Record<string, string>,
  /** Benchmarks run again on their own (`--only … --merge`) since the run `env` describes. */
  rerun: readonly BenchResult[] = [],
): string {
  const { machine, versions } = env;
  const lines = [
    '# Benchmark results',
    '',
    `Measured ${env.date.slice(0, 16).replace('T', ' ')} UTC, ${results[0]?.mode ?? (QUICK ? 'quick' : 'full')} mode, ` +
      `on ${machine.cpuModel} × ${machine.cores} cores, ${machine.memoryGb} GB memory (load average at start ` +
      `${machine.loadAverageAtStart.join(', ')}); Node ${versions.node}, Kafka ${versions.kafka} ` +
      `(kafkajs ${versions.kafkajs}), PostgreSQL ${versions.postgres}, Nest ${versions.nest}. ` +
      'Every figure is set against a reference measured in the same run; see bench/README.md.',
    ...rerun.map(
      (result) =>
        `${result.title} was measured again on its own, ${result.startedAt.slice(0, 16).replace('T', ' ')} UTC, ` +
        `${result.mode} mode (load average at its start ${result.loadAverageAtStart?.join(', ') ?? 'unknown'}).`,
    ),
    '',
    '| benchmark | measure | figure | same-run reference | ratio | goal | met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const result of results) {
    for (const row of result.rows) {
      lines.push(
        `| ${cell(result.title)} | ${cell(row.measure)} | ${cell(row.figure)} | ${cell(row.reference)} | ${row.ratio ?? ''} | ${cell(row.goal ?? '')} | ${row.met === undefined ? '' : row.met ? 'yes' : '**no**'} |`,
      );
    }
  }
  for (const [name, error] of Object.entries(failures)) {
    lines.push(`| ${cell(name)} | failed | ${cell(error.split('\n')[0].slice(0, 160))} | | | | **no** |`);
  }
  const explained = results.filter((result) => result.limits.length > 0 || result.chart);
  if (explained.length > 0) lines.push('', '## Curves, limits and gaps');
  for (const result of explained) {
    lines.push('', `### ${result.title}`, '');
    if (result.chart) lines.push('```text', ...result.chart, '```', '');
    for (const limit of result.limits) lines.push(`- ${limit}`);
  }
  return `${lines.join('\n')}\n`;
}
