/**
 * The system under test for the fault suite, on this machine and of its own: a PostgreSQL cluster
 * (its own port, so restarting it disturbs nothing else), a Kafka broker (scripts/kafka.sh with its
 * own ports; SASL and the ACLs of the contracts, as everywhere), both with their data in folders of
 * their own under the system's temporary folder, and the services as child processes of the built
 * code, each signed in to Kafka as its own user, with crash points enabled.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka } from 'kafkajs';
import { ModuleKind, ScriptTarget, transpileModule } from 'typescript';
import { NEXT_RELEASE_MIGRATION } from './next-release-name';
import { Client } from 'pg';
import { serviceGroupId, SERVICES, type ServiceName } from '@hb/contracts';
import {
  kafkaClientConfig,
  kafkaSecurityFromEnv,
  provisionKafkaAccess,
  type CrashPoint,
} from '@hb/messaging';

export const ROOT = join(__dirname, '..', '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`,
    );
  }
  return result.stdout;
}

/**
 * A fresh folder for a server's data under the system's temporary folder, never inside the clone:
 * the clone may sit in a folder only its owner can enter (a mode-700 home, a `mktemp -d`), where the
 * postgres user, which the server runs as when we are root, could not reach its own data.
 */
export function serverDataDir(name: string, owner?: string): string {
  const dir = mkdtempSync(join(tmpdir(), `hb-faults-${name}-`));
  if (owner && process.getuid?.() === 0) run('chown', ['-R', owner, dir]);
  return dir;
}

/** Removes what serverDataDir made, once its server is stopped. */
export function removeServerDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A PostgreSQL 15 cluster in a folder of its own, started with the server binaries of the machine. */
export class PostgresCluster {
  readonly url: string;
  private readonly bin: string;
  private readonly data: string;
  private readonly socketDir: string;

  constructor(
    readonly dir: string,
    readonly port: number,
  ) {
    this.url = `postgres://postgres@127.0.0.1:${port}`;
    const versions = run('ls', ['/usr/lib/postgresql']).trim().split('\n').sort();
    this.bin = `/usr/lib/postgresql/${versions.at(-1)}/bin`;
    this.data = join(dir, 'data');
    this.socketDir = join(dir, 'socket');
  }

  /** The server refuses to run as root: as root, its commands run as the postgres user. */
  private pg(tool: string, args: string[]): string {
    const command = join(this.bin, tool);
    return process.getuid?.() === 0
      ? run('runuser', ['-u', 'postgres', '--', command, ...args])
      : run(command, args);
  }

  async start(): Promise<void> {
    mkdirSync(this.socketDir, { recursive: true });
    if (process.getuid?.() === 0) run('chown', ['-R', 'postgres', this.dir]);
    if (!existsSync(join(this.data, 'PG_VERSION'))) {
      this.pg('initdb', ['-D', this.data, '-U', 'postgres', '-A', 'trust', '--no-instructions']);
    }
    // A run that was interrupted may have left it running.
    if (existsSync(join(this.data, 'postmaster.pid'))) this.stop();
    this.pg('pg_ctl', [
      '-D',
      this.data,
      '-l',
      join(this.dir, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${this.port} -k ${this.socketDir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
      'start',
    ]);
    await this.untilAnswering();
  }

  /** Immediate shutdown (no checkpoint, crash recovery on the next start), as a crash would leave it. */
  crash(): void {
    this.pg('pg_ctl', ['-D', this.data, '-m', 'immediate', 'stop']);
  }

  stop(): void {
    try {
      this.pg('pg_ctl', ['-D', this.data, '-m', 'fast', 'stop']);
    } catch {
      // not running
    }
  }

  async untilAnswering(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const client = new Client({ connectionString: `${this.url}/postgres` });
      try {
        await client.connect();
        await client.query('SELECT 1');
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await sleep(250);
      } finally {
        await client.end().catch(() => undefined);
      }
    }
  }

  /**
   * An outside client opens connections until the server refuses one (`max_connections` reached, the
   * superuser's reserve included); answers how many it holds and the refusal, and a release.
   */
  async exhaustConnections(): Promise<{ held: number; refusal: string; release: () => Promise<void> }> {
    const held: Client[] = [];
    const release = async () => {
      await Promise.all(held.map((client) => client.end().catch(() => undefined)));
    };
    for (;;) {
      const batch = Array.from(
        { length: 10 },
        () => new Client({ connectionString: `${this.url}/postgres` }),
      );
      const outcomes = await Promise.allSettled(batch.map((client) => client.connect()));
      outcomes.forEach((outcome, index) => {
        if (outcome.status === 'fulfilled') held.push(batch[index]);
        else void batch[index].end().catch(() => undefined);
      });
      const refused = outcomes.find((outcome) => outcome.status === 'rejected');
      if (refused) {
        const reason = refused.reason as { code?: string; message?: string };
        if (reason.code !== '53300') {
          await release();
          throw new Error(`connecting failed otherwise than with too_many_connections: ${reason.message}`);
        }
        return { held: held.length, refusal: `${reason.code} ${reason.message}`, release };
      }
    }
  }

  async recreateDatabase(name: string): Promise<void> {
    const client = new Client({ connectionString: `${this.url}/postgres` });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
  }
}

/** A single-node KRaft broker of its own, through scripts/kafka.sh. */
export class KafkaBroker {
  readonly bootstrap: string;

  constructor(
    readonly dir: string,
    readonly port: number,
  ) {
    this.bootstrap = `127.0.0.1:${port}`;
  }

  private script(command: 'start' | 'stop' | 'kill'): void {
    run(join(ROOT, 'scripts', 'kafka.sh'), [command], {
      KAFKA_PORT: String(this.port),
      KAFKA_CONTROLLER_PORT: String(this.port + 1),
      KAFKA_HOME_DIR: this.dir,
    });
  }

  /** Where scripts/kafka.sh keeps the users' passwords. */
  get secretsDir(): string {
    return join(this.dir, 'secrets');
  }

  /**
   * Starts it; from then on this process (the workload, the audit) signs in as its admin. Data
   * formatted by a broker that had no users yet is the suite's own and is started afresh.
   */
  start(): void {
    if (existsSync(join(this.dir, 'data')) && !existsSync(join(this.secretsDir, 'admin.password'))) {
      rmSync(join(this.dir, 'data'), { recursive: true, force: true });
    }
    this.script('start');
    process.env.KAFKA_SECRETS_DIR = this.secretsDir;
    process.env.KAFKA_SASL_MECHANISM = 'scram-sha-512';
    process.env.KAFKA_SASL_USERNAME = 'admin';
    process.env.KAFKA_SASL_PASSWORD_FILE = join(this.secretsDir, 'admin.password');
  }

  /** SIGKILL: no controlled shutdown, unflushed pages left to the OS, as a machine crash would. */
  kill(): void {
    this.script('kill');
  }

  /** A broker left frozen by a run that failed half-way could not act on the stop signal: resumed first. */
  stop(): void {
    try {
      this.resume();
    } catch {
      // not running
    }
    this.script('stop');
  }

  private pid(): number {
    return Number.parseInt(readFileSync(join(this.dir, 'kafka.pid'), 'utf8'), 10);
  }

  /**
   * SIGSTOP: the broker freezes (a long GC pause, a VM stalled) with its connections open, and
   * answers nothing until resumed; answers its pid and the state the kernel reports for it.
   */
  async pause(): Promise<{ pid: number; state: string }> {
    const pid = this.pid();
    process.kill(pid, 'SIGSTOP');
    // The signal is delivered asynchronously: the state says when the kernel has stopped it.
    for (const deadline = Date.now() + 5_000; ; await sleep(20)) {
      const state = processState(pid);
      if (state === 'T' || Date.now() > deadline) return { pid, state };
    }
  }

  resume(): void {
    process.kill(this.pid(), 'SIGCONT');
  }
}

/** The state letter of a process (R running, S sleeping, T stopped, …), from /proc. */
function processState(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
}

export interface FleetSettings {
  databaseBaseUrl: string;
  brokers: string;
  topicPrefix: string;
  logDir: string;
  controlFile: string;
  firstPort: number;
  /** Node options of every service process (the soak: the heap of production's containers). */
  nodeOptions?: string[];
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Member {
  process: ChildProcess | null;
  exited: Promise<Exit>;
  expectingExit: boolean;
}

const memberKey = (name: ServiceName, replica: Replica) => (replica === 1 ? name : `${name}#${replica}`);

/** A process the suite made kill itself at a crash point: who, and how it ended. */
export interface Crash {
  service: ServiceName;
  point: CrashPoint;
  pid: number;
  signal: NodeJS.Signals | null;
  /** When the suite saw it exit. */
  exitedAt: number;
  /** For a sweep: the line that sweep writes when it has finished a run (the proof looks for it). */
  sweptBy?: string;
}

/** Rows a sweep handles per transaction in the suite: a dozen due rows make a sweep of several batches. */
export const SWEEP_BATCH_SIZE = 5;

/** A process of a service: the first replica (the one the workload calls), or a second one. */
type Replica = 1 | 2;

/**
 * The services as separate processes (dist/apps/<name>/main.js), restarted as a supervisor would;
 * a service may run a second replica for a while, and be moved to "the next release" (its code with
 * one more migration, see next-release.ts).
 */
export class ServiceFleet {
  readonly urls: Record<ServiceName, string>;
  /** Exits nobody asked for: each is a finding of the suite. */
  readonly unexpectedExits: string[] = [];
  private readonly members = new Map<string, Member>();
  private readonly nextRelease = new Map<ServiceName, { preload: string; table: string }>();

  constructor(private readonly settings: FleetSettings) {
    this.urls = Object.fromEntries(
      SERVICES.map((name, index) => [name, `http://127.0.0.1:${settings.firstPort + index}`]),
    ) as Record<ServiceName, string>;
    mkdirSync(settings.logDir, { recursive: true });
  }

  static build(): void {
    for (const name of SERVICES) {
      run(join(ROOT, 'node_modules', '.bin', 'nest'), ['build', name]);
    }
  }

  /** One per process, so that two can be armed at once. */
  private controlFile(name: ServiceName, replica: Replica): string {
    return `${this.settings.controlFile}-${name}${replica === 1 ? '' : `-${replica}`}`;
  }

  logFile(name: ServiceName, replica: Replica = 1): string {
    return join(this.settings.logDir, replica === 1 ? `${name}.log` : `${name}-replica-${replica}.log`);
  }

  /** Every log a service's processes wrote (its second replica's, if it ran one). */
  logFiles(name: ServiceName): string[] {
    return ([1, 2] as const).map((replica) => this.logFile(name, replica)).filter((file) => existsSync(file));
  }

  /** Where a process of the service serves its Prometheus metrics (a port of its own, apart from the API). */
  metricsUrl(name: ServiceName, replica: Replica = 1): string {
    return `http://127.0.0.1:${this.metricsPort(name, replica)}/metrics`;
  }

  private metricsPort(name: ServiceName, replica: Replica): number {
    return this.settings.firstPort + (replica === 1 ? 20 : 30) + SERVICES.indexOf(name);
  }

  private url(name: ServiceName, replica: Replica): string {
    if (replica === 1) return this.urls[name];
    return `http://127.0.0.1:${this.settings.firstPort + 10 + SERVICES.indexOf(name)}`;
  }

  /**
   * From now on the service starts as its next release: one more migration, pending until a process
   * of it starts (next-release.ts, transpiled here for the services' plain node, into the run's log
   * folder, from where typeorm resolves to the services' own). Answers the migration's name.
   */
  deployNextRelease(name: ServiceName, table: string): string {
    for (const module of ['next-release', 'next-release-name']) {
      const source = join(__dirname, `${module}.ts`);
      const { outputText } = transpileModule(readFileSync(source, 'utf8'), {
        compilerOptions: { module: ModuleKind.CommonJS, target: ScriptTarget.ES2022 },
        fileName: source,
      });
      writeFileSync(join(this.settings.logDir, `${module}.js`), outputText);
    }
    this.nextRelease.set(name, { preload: join(this.settings.logDir, 'next-release.js'), table });
    return NEXT_RELEASE_MIGRATION;
  }

  /** Creates the run's topics and the ACLs of the contracts for them (as the admin), then starts the four. */
  async startAll(): Promise<void> {
    const admin = new Kafka(
      kafkaClientConfig('faults-provisioning', this.settings.brokers.split(','), kafkaSecurityFromEnv()),
    ).admin();
    await admin.connect();
    try {
      await provisionKafkaAccess(admin, {
        topicPrefix: this.settings.topicPrefix,
        groupIdOf: serviceGroupId,
      });
    } finally {
      await admin.disconnect();
    }
    await Promise.all(SERVICES.map((name) => this.start(name)));
  }

  /** Starts a process of the service (replica 1 unless told) and waits until it is ready. */
  async start(name: ServiceName, replica: Replica = 1): Promise<void> {
    const key = memberKey(name, replica);
    const port = new URL(this.url(name, replica)).port;
    const log = createWriteStream(this.logFile(name, replica), { flags: 'a' });
    const release = this.nextRelease.get(name);
    const child = spawn(
      process.execPath,
      [
        '--enable-source-maps',
        ...(this.settings.nodeOptions ?? []),
        ...(release ? ['-r', release.preload] : []),
        join(ROOT, 'dist', 'apps', name, 'main.js'),
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          NODE_ENV: 'development',
          HB_DEV_AUTH: '1',
          METRICS_PORT: String(this.metricsPort(name, replica)),
          PORT: port,
          DATABASE_BASE_URL: this.settings.databaseBaseUrl,
          KAFKA_BROKERS: this.settings.brokers,
          KAFKA_SASL_MECHANISM: 'scram-sha-512',
          KAFKA_SASL_USERNAME: name,
          KAFKA_SASL_PASSWORD_FILE: join(process.env.KAFKA_SECRETS_DIR ?? '', `${name}.password`),
          KAFKA_TOPIC_PREFIX: this.settings.topicPrefix,
          KAFKAJS_NO_PARTITIONER_WARNING: '1',
          HB_FAULT_CONTROL_FILE: this.controlFile(name, replica),
          RATE_LIMIT_PER_MINUTE: '1000000',
          LOG_LEVEL: 'info',
          // Sweeps look every 2 s, a few rows a transaction: the sweep faults find them under way.
          SWEEP_BATCH_SIZE: String(SWEEP_BATCH_SIZE),
          CATALOG_LOT_EXPIRY_SWEEP_INTERVAL_MS: '2000',
          ORDERS_AUTO_ACCEPT_SWEEP_MS: '2000',
          CERT_EXPIRY_SWEEP_INTERVAL_MS: '2000',
          RELIEF_PACE_SWEEP_INTERVAL_MS: '2000',
          ...(release && { HB_NEXT_RELEASE_TABLE: release.table }),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    const member: Member = {
      process: child,
      expectingExit: false,
      exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))),
    };
    this.members.set(key, member);
    void member.exited.then(() => {
      if (member.expectingExit || this.members.get(key) !== member) return;
      this.unexpectedExits.push(
        `${name}${replica === 1 ? '' : ` (replica ${replica})`} (pid ${child.pid}) exited at ${new Date().toISOString()}`,
      );
      void this.start(name, replica);
    });
    await this.untilReady(name, replica);
  }

  /** Starts again the first replica of every service that is not running (after a fault went wrong). */
  async restartStopped(): Promise<void> {
    for (const name of SERVICES) {
      const child = this.members.get(memberKey(name, 1))?.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) await this.start(name);
    }
  }

  /** Stops a second replica as a scale-down would (SIGTERM, its shutdown hooks run). */
  async stopReplica(name: ServiceName, replica: Replica): Promise<void> {
    const member = this.members.get(memberKey(name, replica));
    if (!member) return;
    member.expectingExit = true;
    member.process?.kill('SIGTERM');
    const done = await Promise.race([member.exited.then(() => true), sleep(30_000).then(() => false)]);
    if (!done) member.process?.kill('SIGKILL');
    this.members.delete(memberKey(name, replica));
  }

  pid(name: ServiceName, replica: Replica = 1): number {
    const pid = this.members.get(memberKey(name, replica))?.process?.pid;
    if (pid === undefined) throw new Error(`${name} is not running`);
    return pid;
  }

  async untilReady(name: ServiceName, replica: Replica = 1, timeoutMs = 300_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const answer = await fetch(`${this.url(name, replica)}/health/ready`, {
          signal: AbortSignal.timeout(2_000),
        });
        if (answer.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline)
        throw new Error(`${name} not ready after ${timeoutMs} ms (see ${this.logFile(name, replica)})`);
      await sleep(250);
    }
  }

  /**
   * Arms a crash point in one service, does `whileArmed` (what brings the process to that point, if
   * its ordinary work would not), and waits for the service to kill itself there; answers how and
   * when it died. Nothing restarts it until `start` is called.
   */
  async crashAt(
    name: ServiceName,
    point: CrashPoint,
    whileArmed: () => Promise<void> = async () => undefined,
    timeoutMs = 60_000,
  ): Promise<Crash> {
    const member = this.members.get(memberKey(name, 1))!;
    const pid = this.pid(name);
    member.expectingExit = true;
    writeFileSync(this.controlFile(name, 1), point);
    const logged = statSync(this.logFile(name)).size;
    process.kill(pid, 'SIGUSR2');
    // Armed once the service says so (the signal is handled between two turns of its event loop); a
    // service that reached the point at once has said both lines.
    for (const deadline = Date.now() + timeoutMs; ; await sleep(50)) {
      const since = readFileSync(this.logFile(name)).subarray(logged).toString('utf8');
      if (since.includes('"crash point armed"')) break;
      if (Date.now() > deadline) {
        member.expectingExit = false;
        throw new Error(`${name} did not arm ${point} within ${timeoutMs} ms`);
      }
    }
    await whileArmed();
    const exit = await Promise.race([member.exited, sleep(timeoutMs).then(() => 'timeout' as const)]);
    if (exit === 'timeout') {
      // Still armed: should it get there later, that exit is one nobody asked for, and restarted.
      member.expectingExit = false;
      throw new Error(`${name} did not reach ${point} within ${timeoutMs} ms`);
    }
    return { service: name, point, pid, signal: exit.signal, exitedAt: Date.now() };
  }

  async stopAll(): Promise<void> {
    await Promise.all(
      [...this.members.values()].map(async (member) => {
        member.expectingExit = true;
        member.process?.kill('SIGTERM');
        const done = await Promise.race([member.exited.then(() => true), sleep(15_000).then(() => false)]);
        if (!done) member.process?.kill('SIGKILL');
      }),
    );
  }
}
