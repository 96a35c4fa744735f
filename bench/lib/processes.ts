/** Child processes of a benchmark: started by id, stopped by id, never left behind; their memory. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { sleep, WORK_DIR } from './env';

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGKILL');
});

export interface Child {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string;
  /** Resolves when it has exited. */
  readonly exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  logTail(lines?: number): string;
}

/** Starts a process with its output in `.data/bench/logs/<name>.log`. */
export function startChild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const logs = resolve(WORK_DIR, 'logs');
  mkdirSync(logs, { recursive: true });
  const logFile = resolve(logs, `${name}.log`);
  const out = createWriteStream(logFile);
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  children.add(child);
  if (!child.pid) throw new Error(`${name} did not start`);
  const pid = child.pid;
  const exited = new Promise<number | null>((done) =>
    child.on('exit', (code) => {
      children.delete(child);
      done(code);
    }),
  );
  return {
    name,
    pid,
    logFile,
    exited,
    async stop(graceMs = 20_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(pid, 'SIGTERM');
      const killed = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
      if (!killed) {
        process.kill(pid, 'SIGKILL');
        await exited;
      }
    },
    logTail(lines = 20) {
      try {
        return readFileSync(logFile, 'utf8').trim().split('\n').slice(-lines).join('\n');
      } catch {
        return '';
      }
    },
  };
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Polls `url` until it answers 200, or throws when the child exits or `timeoutMs` pass. */
export async function waitUntilAnswering(
  url: string,
  child: Child,
  timeoutMs = 90_000,
  ready: (status: number) => boolean = (status) => status === 200,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void child.exited.then(() => {
    exited = true;
  });
  for (;;) {
    try {
      const response = await fetch(url);
      if (ready(response.status)) return;
    } catch {
      // not listening yet
    }
    if (exited) throw new Error(`${child.name} exited before answering:\n${child.logTail()}`);
    if (Date.now() > deadline) throw new Error(`${child.name} did not answer ${url}:\n${child.logTail()}`);
    await sleep(200);
  }
}

export interface MemoryStatus {
  /** Resident set size now, MB. */
  rssMb: number;
  /** Peak resident set size since the process started, MB. */
  hwmMb: number;
}

/** VmRSS and VmHWM of a process from /proc/<pid>/status. */
export function memoryOf(pid: number): MemoryStatus {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb('VmRSS') / 102.4) / 10, hwmMb: Math.round(kb('VmHWM') / 102.4) / 10 };
}

/** Samples the RSS of some processes every `everyMs` and keeps each one's highest. */
export class RssSampler {
  private readonly peaks = new Map<number, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pids: readonly number[],
    everyMs = 250,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
  }

  private sample(): void {
    for (const pid of this.pids) {
      try {
        const { rssMb } = memoryOf(pid);
        this.peaks.set(pid, Math.max(this.peaks.get(pid) ?? 0, rssMb));
      } catch {
        // the process has gone
      }
    }
  }

  /** Stops sampling; the highest RSS seen per pid, MB. */
  stop(): Map<number, number> {
    clearInterval(this.timer);
    this.sample();
    return this.peaks;
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after the command: state is [0], utime [11], stime [12], in clock ticks (100 per second).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function machineTicks(): { busy: number; total: number } {
  const [line] = readFileSync('/proc/stat', 'utf8').split('\n');
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = values[3] + (values[4] ?? 0);
  const total = values.reduce((sum, value) => sum + value, 0);
  return { busy: total - idle, total };
}

export interface CpuUse {
  /** Share of the machine's CPU time that was busy (all processes, all cores), percent. */
  machineBusyPct: number;
  /** CPU seconds each watched process used. */
  seconds: Record<string, number>;
}

/** Measures the machine's CPU use and some processes' CPU seconds between `start` and `stop`. */
export class CpuMeter {
  private readonly machine = machineTicks();
  private readonly before: Map<string, number>;

  constructor(private readonly pids: Readonly<Record<string, number>>) {
    this.before = new Map(Object.entries(pids).map(([name, pid]) => [name, cpuSecondsOf(pid)]));
  }

  stop(): CpuUse {
    const machine = machineTicks();
    const seconds: Record<string, number> = {};
    for (const [name, pid] of Object.entries(this.pids)) {
      try {
        seconds[name] = Math.round((cpuSecondsOf(pid) - (this.before.get(name) ?? 0)) * 100) / 100;
      } catch {
        seconds[name] = Number.NaN;
      }
    }
    const busy = machine.busy - this.machine.busy;
    const total = machine.total - this.machine.total;
    return { machineBusyPct: Math.round((1000 * busy) / Math.max(total, 1)) / 10, seconds };
  }
}

/**
 * CPU time of one side of a benchmark: this process (`process.cpuUsage`), the PostgreSQL backends
 * serving one database, and optionally the broker. Less disturbed by another tenant's load than a
 * rate: what a reading costs, not how soon the machine got round to it.
 */
export interface CpuSnapshot {
  readonly processUs: number;
  readonly backends: ReadonlyMap<number, number>;
  readonly brokerSeconds: number | null;
}

/** The broker's pid, from `$KAFKA_HOME_DIR/kafka.pid` (scripts/kafka.sh), when that is set and alive. */
export function brokerPid(env: NodeJS.ProcessEnv = process.env): number | null {
  const home = env.KAFKA_HOME_DIR;
  if (!home) return null;
  try {
    const pid = Number(readFileSync(resolve(home, 'kafka.pid'), 'utf8').trim());
    cpuSecondsOf(pid);
    return pid;
  } catch {
    return null;
  }
}

export async function cpuSnapshot(
  backendsOf: () => Promise<number[]>,
  broker: number | null,
): Promise<CpuSnapshot> {
  const backends = new Map<number, number>();
  for (const pid of await backendsOf()) {
    try {
      backends.set(pid, cpuSecondsOf(pid));
    } catch {
      // ended meanwhile
    }
  }
  const usage = process.cpuUsage();
  let brokerSeconds: number | null = null;
  try {
    brokerSeconds = broker === null ? null : cpuSecondsOf(broker);
  } catch {
    brokerSeconds = null;
  }
  return { processUs: usage.user + usage.system, backends, brokerSeconds };
}

/** CPU seconds between two snapshots: this process, the backends (those of either), the broker. */
export function cpuBetween(
  before: CpuSnapshot,
  after: CpuSnapshot,
): { process: number; postgres: number; broker: number | null } {
  let postgres = 0;
  for (const pid of new Set([...before.backends.keys(), ...after.backends.keys()])) {
    const end = after.backends.get(pid) ?? before.backends.get(pid) ?? 0;
    postgres += end - (before.backends.get(pid) ?? 0);
  }
  return {
    process: (after.processUs - before.processUs) / 1e6,
    postgres,
    broker:
      before.brokerSeconds === null || after.brokerSeconds === null
        ? null
        : after.brokerSeconds - before.brokerSeconds,
  };
}
