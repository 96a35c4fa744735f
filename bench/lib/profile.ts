/**
 * Reads a `node --cpu-prof` profile and summarises where the busy time went: the functions with the
 * most self time, and the same time grouped by package (node_modules/<name>, node internals, our code).
 *
 *   npx ts-node bench/lib/profile.ts <file.cpuprofile> [top]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { logger, PROFILE, WORK_DIR } from './env';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

function where(url: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  if (url.startsWith('node:') || url === '') return 'node internals';
  if (/\/(apps|libs)\//.test(url)) return 'our code';
  if (url.includes('/main.js')) return 'our code (bundle)';
  return url.replace(/^.*\//, '');
}

/** The `top` functions by self time, then the packages, as printable lines with shares of busy time. */
export function summariseCpuProfile(file: string, top = 15): string[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  let busy = 0;
  let total = 0;
  let gc = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    total += us;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(garbage collector)') gc += us;
    if (IDLE.has(functionName)) continue;
    busy += us;
    const name = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*\/(node_modules\/)?/, '')}:${lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
    const pkg = where(url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  }
  const share = (us: number) => `${((100 * us) / Math.max(busy, 1)).toFixed(1).padStart(5)}%`;
  const lines = [
    `busy ${(busy / 1e6).toFixed(1)} s of ${(total / 1e6).toFixed(1)} s profiled; garbage collection ${(gc / 1e6).toFixed(1)} s`,
    'top functions by self time (share of busy time):',
    ...[...functions]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `  ${share(us)}  ${name}`),
    'by package:',
    ...[...packages]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, us]) => `  ${share(us)}  ${name}`),
  ];
  return lines;
}

/**
 * Runs `work` under the V8 profiler of this process when profiling is on (`--profile`), writes the
 * profile to .data/bench/profiles/<name>.cpuprofile and returns its summary.
 */
export async function profiled<T>(name: string, work: () => Promise<T>): Promise<[T, string[] | undefined]> {
  if (!PROFILE) return [await work(), undefined];
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  let result: T;
  try {
    result = await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    const dir = resolve(WORK_DIR, 'profiles');
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
  const top = summariseCpuProfile(resolve(WORK_DIR, 'profiles', `${name}.cpuprofile`));
  logger('profile')(`${name}:\n${top.map((line) => `    ${line}`).join('\n')}`);
  return [result, top];
}

if (require.main === module) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: profile.ts <file.cpuprofile> [top]');
    process.exit(2);
  }
  console.log(summariseCpuProfile(file, Number(top ?? 15)).join('\n'));
}
