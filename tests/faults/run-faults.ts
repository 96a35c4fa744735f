/**
 * The fault-injection suite: a steady stream of orders, custody moves, readings and catalog edits
 * through the four services, while the broker is killed and frozen, each service is killed between
 * its database commit and its offset commit (and its relay between publishing and marking), a relay
 * and a consumer are killed at once, PostgreSQL runs out of connections and is shut down hard. After
 * the system drains, the audit checks from the databases and the topics that nothing accepted was
 * lost or counted twice, and that each fault was real (proven by the process it struck).
 *
 *   npm run faults                      the full run (longer phases, more load, every fault)
 *   npm run faults -- --short           the short run of the test command
 *   npm run faults -- --publish         the full run, its report copied to docs/reliability and the README
 *   npm run faults -- --only <regex>    only the faults whose names match (with --short: shorter phases)
 *   npm run faults -- --postgres-only   only starts and stops the suite's PostgreSQL cluster
 *
 * Runs on its own PostgreSQL cluster (port 55432, FAULTS_PG_PORT) and Kafka broker (port 19092 and the
 * next, FAULTS_KAFKA_PORT), their data in fresh folders under the system's temporary folder, with the
 * services from port 4101 (FAULTS_FIRST_SERVICE_PORT), so that restarting them disturbs nothing else.
 * Logs go to .data/faults/logs; writes .data/faults/report.json and report.md; exits 1 if anything
 * was lost or duplicated, a fault went unproven, the services answered a 500, product edits did not
 * reach every read model, or a service died unasked.
 */
import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { SERVICES, TelemetryReadingsRecorded, type ServiceName } from '@hb/contracts';
import { Audit, SWEPT, type ExpiringLot, type PaceWarningDue, type Phase, type Struck } from './audit';
import {
  KafkaBroker,
  PostgresCluster,
  removeServerDataDir,
  ROOT,
  serverDataDir,
  ServiceFleet,
} from './cluster';
import { checkoutCommit, publish, writeReport, type PhaseReport } from './report';
import { isServerError, Workload } from './workload';
import { waitFor } from '../support/wait';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.log(`[faults] ${message}`);
const BROKER_DOWN_MS = 30_000;
const BROKER_PAUSED_MS = 20_000;
const CONNECTIONS_EXHAUSTED_MS = 15_000;
/** Rows due for a sweep in its fault: more than two of the suite's batches (SWEEP_BATCH_SIZE). */
const DUE_FOR_SWEEP = 12;

interface Fault {
  name: string;
  /** One of each kind, for the short run of the test command. */
  inShortRun: boolean;
  /** Injects the fault and repairs it as an operator or a supervisor would; answers what struck. */
  inject(): Promise<Struck>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      short: { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
      'postgres-only': { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });
  const short = values.short;
  const settleMs = short ? 4_000 : 20_000;
  const downMs = short ? 3_000 : 8_000;
  const ordersPerSecond = short ? 1 : 2;
  const runId = randomBytes(3).toString('hex');
  const home = join(ROOT, '.data', 'faults');
  mkdirSync(home, { recursive: true });

  const port = (name: string, fallback: number) => Number.parseInt(process.env[name] ?? String(fallback), 10);
  const pg = new PostgresCluster(serverDataDir('pg', 'postgres'), port('FAULTS_PG_PORT', 55432));
  if (values['postgres-only']) {
    await startPostgresOnly(pg);
    return;
  }
  if (values.publish && (short || values.only))
    throw new Error('--publish publishes a full run: leave out --short and --only');
  const broker = new KafkaBroker(serverDataDir('kafka'), port('FAULTS_KAFKA_PORT', 19092));
  // Where .ci/run finds the broker to stop should this run die before its own clean-up.
  writeFileSync(join(home, 'kafka-home'), broker.dir);
  if (!process.env.FAULTS_SKIP_BUILD) {
    log('building the services');
    ServiceFleet.build();
  }
  const fleet = new ServiceFleet({
    databaseBaseUrl: pg.url,
    brokers: broker.bootstrap,
    topicPrefix: `faults-${runId}`,
    logDir: join(home, 'logs', runId),
    controlFile: join(home, `crash-point-${runId}`),
    firstPort: port('FAULTS_FIRST_SERVICE_PORT', 4101),
  });
  const dbs = Object.fromEntries(
    SERVICES.map((service) => [
      service,
      new Pool({ connectionString: `${pg.url}/harvest_${service}`, max: 2 }),
    ]),
  ) as Record<ServiceName, Pool>;
  for (const pool of Object.values(dbs)) pool.on('error', () => undefined);

  let failed = false;
  try {
    log(`run ${runId}: starting PostgreSQL on :${pg.port} and Kafka on :${broker.port}`);
    await pg.start();
    broker.start();
    for (const service of SERVICES) await pg.recreateDatabase(`harvest_${service}`);
    await fleet.startAll();
    log(`services up: ${Object.values(fleet.urls).join(' ')}`);
    const workload = new Workload(fleet.urls, broker.bootstrap, `faults-${runId}`, dbs.orders, runId);
    await workload.prepare();
    workload.start(ordersPerSecond);

    /** Waits until the logistics consumer is busy with a burst of readings: work in flight. */
    const duringBurst = async (): Promise<{ sending: Promise<void> }> => {
      const applied = () =>
        dbs.logistics
          .query<{ n: number }>(`SELECT count(*)::int AS n FROM inbox WHERE type = $1`, [
            TelemetryReadingsRecorded.type,
          ])
          .then(({ rows }) => rows[0].n);
      const before = await applied();
      const sending = workload.burst(1_000);
      while ((await applied()) - before < 20) await sleep(20);
      return { sending };
    };
    const crash = (
      service: ServiceName,
      point: 'consumer-after-commit' | 'relay-after-publish',
      inShortRun = false,
    ): Fault => ({
      name:
        point === 'consumer-after-commit'
          ? `${service}: SIGKILL after DB commit, before offset commit`
          : `${service}: SIGKILL after publish, before outbox marked`,
      inShortRun,
      inject: async () => {
        const crashed = await fleet.crashAt(service, point);
        await fleet.start(service);
        return { at: crashed.exitedAt, signal: crashed.signal, crashes: [crashed], mustRedeliver: true };
      },
    });
    const everyFault: Fault[] = [
      {
        name: 'Kafka broker: SIGKILL, restart',
        inShortRun: true,
        inject: async () => {
          const { sending } = await duringBurst();
          const at = Date.now();
          broker.kill();
          // Longer than the clients' retry budgets (10-20 s): publishing fails and is redone, offset commits fail and events are delivered again.
          await sleep(BROKER_DOWN_MS);
          broker.start();
          await sending;
          return { at, signal: 'SIGKILL', crashes: [], mustRedeliver: true };
        },
      },
      {
        name: `Kafka broker: SIGSTOP for ${BROKER_PAUSED_MS / 1000} s, SIGCONT`,
        inShortRun: false,
        inject: async () => {
          const { sending } = await duringBurst();
          const at = Date.now();
          const paused = await broker.pause();
          await sleep(BROKER_PAUSED_MS);
          broker.resume();
          await sending;
          // The broker expires, on waking, every member whose heartbeat was due while it slept: each
          // group joins again. A storm would be members expired over and over.
          const rejoins = SERVICES.map(
            (service) =>
              [
                service,
                logLines(fleet.logFiles(service), at).filter(({ entry }) =>
                  String(entry.msg).includes('re-joining the group'),
                ).length,
              ] as const,
          ).filter(([, times]) => times > 0);
          return {
            at,
            signal: 'SIGSTOP',
            crashes: [],
            evidence: `broker pid ${paused.pid} in state ${paused.state} for ${BROKER_PAUSED_MS / 1000} s, then SIGCONT; consumers re-joining their group since: ${rejoins.map(([service, times]) => `${service} ${times}×`).join(', ') || 'none'}`,
            problems:
              paused.state === 'T' ? [] : [`the broker was in state ${paused.state}, not T (stopped)`],
            mustRedeliver: false,
          };
        },
      },
      ...SERVICES.map((service) => crash(service, 'consumer-after-commit', service === 'catalog')),
      ...(['catalog', 'orders', 'logistics'] as const).map((service) =>
        crash(service, 'relay-after-publish', service === 'orders'),
      ),
      {
        name: 'orders relay and logistics consumer: SIGKILL at once, during a burst',
        inShortRun: false,
        inject: async () => {
          const { sending } = await duringBurst();
          const crashes = await Promise.all([
            fleet.crashAt('orders', 'relay-after-publish'),
            fleet.crashAt('logistics', 'consumer-after-commit'),
          ]);
          await Promise.all([fleet.start('orders'), fleet.start('logistics')]);
          await sending;
          return {
            at: Math.min(...crashes.map((one) => one.exitedAt)),
            signal: 'SIGKILL',
            crashes,
            mustRedeliver: true,
          };
        },
      },
      {
        name: 'orders: SIGKILL after DB commit, restarted as its next release (a migration pending) with two replicas racing',
        inShortRun: false,
        inject: async () => {
          const crashed = await fleet.crashAt('orders', 'consumer-after-commit');
          const migration = fleet.deployNextRelease('orders', 'orders');
          const restarted = Date.now();
          await Promise.all([fleet.start('orders'), fleet.start('orders', 2)]);
          const { rows } = await dbs.orders.query<{ times: number }>(
            `SELECT count(*)::int AS times FROM migrations WHERE name = $1`,
            [migration],
          );
          const race = migrationRace(fleet.logFiles('orders'), restarted, migration, rows[0].times);
          // The two share the work until the crashed one's event has come round again, then one goes.
          await untilLogged(fleet.logFiles('orders'), 'event already applied; redelivery skipped', restarted);
          await fleet.stopReplica('orders', 2);
          return {
            at: crashed.exitedAt,
            signal: crashed.signal,
            crashes: [crashed],
            evidence: race.evidence,
            problems: race.problems,
            mustRedeliver: true,
          };
        },
      },
      {
        name: 'catalog: lot expiry sweep, SIGKILL between two of its batches',
        inShortRun: false,
        inject: async () => {
          const lots = await workload.lotsExpiringToday(DUE_FOR_SWEEP);
          const crashed = await fleet.crashAt('catalog', 'sweep-after-batch', async () => {
            // The night passes for these lots: their last day of sale becomes yesterday.
            await dbs.catalog.query(
              `UPDATE lots SET harvested_on = harvested_on - 1, expires_on = expires_on - 1 WHERE id = ANY($1::uuid[])`,
              [lots],
            );
            expiringLots.push(...lots.map((id) => ({ id, dueAt: Date.now() })));
          });
          await fleet.start('catalog');
          await waitFor(
            async () => {
              const { rows } = await dbs.catalog.query<{ n: number }>(
                `SELECT count(*)::int AS n FROM lots WHERE id = ANY($1::uuid[]) AND NOT expiry_announced`,
                [lots],
              );
              return rows[0].n === 0 ? true : undefined;
            },
            { timeoutMs: 120_000, intervalMs: 500, what: 'the lot expiry sweep to finish' },
          );
          return {
            at: crashed.exitedAt,
            signal: crashed.signal,
            crashes: [{ ...crashed, sweptBy: SWEPT.lotExpiry }],
            mustRedeliver: true,
          };
        },
      },
      {
        name: 'orders: auto-acceptance sweep, SIGKILL between two of its batches',
        inShortRun: false,
        inject: async () => {
          const unanswered = (await workload.deliveredUnanswered(DUE_FOR_SWEEP)).map((order) => order.id);
          const crashed = await fleet.crashAt('orders', 'sweep-after-batch', async () => {
            // Their acceptance period (ORDERS_AUTO_ACCEPT_DAYS, 7 days) passes without an answer.
            await dbs.orders.query(
              `UPDATE orders SET delivered_at = delivered_at - interval '8 days' WHERE id = ANY($1::uuid[])`,
              [unanswered],
            );
          });
          await fleet.start('orders');
          await waitFor(
            async () => {
              const { rows } = await dbs.orders.query<{ n: number }>(
                `SELECT count(*)::int AS n FROM orders WHERE id = ANY($1::uuid[]) AND status = 'DELIVERED'`,
                [unanswered],
              );
              return rows[0].n === 0 ? true : undefined;
            },
            { timeoutMs: 120_000, intervalMs: 500, what: 'the auto-acceptance sweep to finish' },
          );
          return {
            at: crashed.exitedAt,
            signal: crashed.signal,
            crashes: [{ ...crashed, sweptBy: SWEPT.autoAcceptance }],
            mustRedeliver: true,
          };
        },
      },
      {
        name: 'orders: month-end pledge-pace sweep, SIGKILL between two of its batches',
        inShortRun: false,
        inject: async () => {
          const canteens = await workload.canteensWithoutPledge(DUE_FOR_SWEEP);
          const now = new Date();
          const ended = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 1);
          const month = `${ended.getUTCFullYear()}-${String(ended.getUTCMonth() + 1).padStart(2, '0')}`;
          const crashed = await fleet.crashAt('orders', 'sweep-after-batch', async () => {
            // Their pledges take effect together: with nothing bought this year, each is behind its
            // pace at the end of the month that ended last, and owed one warning for it.
            await dbs.orders.query(
              `UPDATE buyers SET pledged_share_percent = 15 WHERE id = ANY($1::uuid[])`,
              [canteens],
            );
            paceWarnings.push(...canteens.map((buyerId) => ({ buyerId, month, dueAt: Date.now() })));
          });
          await fleet.start('orders');
          await waitFor(
            async () => {
              const { rows } = await dbs.orders.query<{ n: number }>(
                `SELECT count(*)::int AS n FROM pace_warnings WHERE buyer_id = ANY($1::uuid[]) AND month = $2`,
                [canteens, month],
              );
              return rows[0].n === canteens.length ? true : undefined;
            },
            { timeoutMs: 120_000, intervalMs: 500, what: 'the month-end pledge-pace sweep to finish' },
          );
          return {
            at: crashed.exitedAt,
            signal: crashed.signal,
            crashes: [{ ...crashed, sweptBy: SWEPT.pledgePace }],
            mustRedeliver: true,
          };
        },
      },
      {
        name: 'certification: certificate expiry sweep, SIGKILL between two of its batches',
        inShortRun: false,
        inject: async () => {
          const applications = await workload.applicationsApproved(DUE_FOR_SWEEP);
          const { rows: issued } = await dbs.certification.query<{ number: string }>(
            `SELECT number FROM certificates WHERE application_id = ANY($1::uuid[]) AND status = 'active'`,
            [applications],
          );
          const numbers = issued.map((row) => row.number);
          const crashed = await fleet.crashAt('certification', 'sweep-after-batch', async () => {
            // The night passes for these certificates: their last valid day becomes yesterday.
            await dbs.certification.query(
              `UPDATE certificates SET valid_from = least(valid_from, current_date - 1), valid_until = current_date - 1
                WHERE number = ANY($1::text[])`,
              [numbers],
            );
            expiringCertificates.push(...numbers.map((id) => ({ id, dueAt: Date.now() })));
          });
          await fleet.start('certification');
          await waitFor(
            async () => {
              const { rows } = await dbs.certification.query<{ n: number }>(
                `SELECT count(*)::int AS n FROM certificates WHERE number = ANY($1::text[]) AND status <> 'expired'`,
                [numbers],
              );
              return rows[0].n === 0 ? true : undefined;
            },
            { timeoutMs: 120_000, intervalMs: 500, what: 'the certificate expiry sweep to finish' },
          );
          return {
            at: crashed.exitedAt,
            signal: crashed.signal,
            crashes: [{ ...crashed, sweptBy: SWEPT.certificateExpiry }],
            evidence: `${numbers.length} certificates due`,
            mustRedeliver: true,
          };
        },
      },
      {
        name: `PostgreSQL: max_connections reached by an outside client for ${CONNECTIONS_EXHAUSTED_MS / 1000} s`,
        inShortRun: false,
        inject: async () => {
          const at = Date.now();
          const hog = await pg.exhaustConnections();
          await sleep(CONNECTIONS_EXHAUSTED_MS);
          await hog.release();
          return {
            at,
            signal: null,
            crashes: [],
            evidence: `an outside client held ${hog.held} connections; the next was refused: ${hog.refusal}`,
            mustRedeliver: false,
          };
        },
      },
      {
        name: 'PostgreSQL: immediate shutdown, restart',
        inShortRun: true,
        inject: async () => {
          const at = Date.now();
          pg.crash();
          await sleep(downMs);
          await pg.start();
          return { at, signal: null, crashes: [], evidence: 'pg_ctl stop -m immediate', mustRedeliver: true };
        },
      },
    ];
    const only = values.only === undefined ? undefined : new RegExp(values.only);
    const faults = everyFault.filter((fault) => (only ? only.test(fault.name) : !short || fault.inShortRun));

    const expiringLots: ExpiringLot[] = [];
    const paceWarnings: PaceWarningDue[] = [];
    const expiringCertificates: ExpiringLot[] = [];
    const phases: Phase[] = [];
    const lagging = new Map<string, string[]>();
    const baseline: Phase = { name: 'no fault (baseline)', start: Date.now(), end: 0, recoveryMs: null };
    await sleep(settleMs);
    baseline.end = Date.now();
    const loadAtEnd = new Map<string, number>([[baseline.name, loadavg()[0]]]);
    phases.push(baseline);
    for (const fault of faults) {
      const phase: Phase = { name: fault.name, start: Date.now(), end: 0, recoveryMs: null };
      log(`fault: ${fault.name}`);
      try {
        phase.struck = await fault.inject();
      } catch (error) {
        // The run goes on to the other faults (and to its report) with every service running again.
        const why = error instanceof Error ? error.message : String(error);
        log(`  the fault could not be carried out: ${why}`);
        phase.struck = { at: phase.start, signal: null, crashes: [], mustRedeliver: false, problems: [why] };
        await fleet.restartStopped();
      }
      const answered = await workload.probe();
      phase.recoveryMs = answered - phase.struck.at;
      log(
        `  an order placed after it was confirmed ${(phase.recoveryMs / 1000).toFixed(1)} s after the fault`,
      );
      await sleep(settleMs);
      lagging.set(phase.name, await workload.editsConverged(dbs.catalog, dbs.certification));
      phase.end = Date.now();
      loadAtEnd.set(phase.name, loadavg()[0]);
      phases.push(phase);
    }

    log('stopping the workload and letting the system drain');
    const drainStart = Date.now();
    await workload.stop();
    const undrained = await drained(dbs);
    const drainMs = Date.now() - drainStart;
    phases.at(-1)!.end = Date.now();

    const audit = await new Audit(phases, dbs).run(
      workload.orders,
      workload.readings,
      Object.fromEntries(SERVICES.map((service) => [service, fleet.logFiles(service)])) as Record<
        ServiceName,
        string[]
      >,
      { brokers: broker.bootstrap, prefix: `faults-${runId}` },
      expiringLots,
      paceWarnings,
      expiringCertificates,
    );

    const within = (phase: Phase, at: number) =>
      at >= phase.start && (at < phase.end || phase === phases.at(-1));
    const rows: PhaseReport[] = phases.map((phase) => {
      const outages = workload.outages.filter((outage) => within(phase, outage.at));
      const counts = audit.perPhase.get(phase.name)!;
      const proof = audit.proofs.get(phase.name);
      return {
        fault: phase.name,
        ...counts,
        serverErrors: outages.filter(isServerError).length,
        unavailable: outages.filter((outage) => !isServerError(outage)).length,
        recoveryMs: phase.recoveryMs,
        load1: loadAtEnd.get(phase.name) ?? loadavg()[0],
        crashedAt: proof?.crashedAt ?? null,
        signal: proof?.signal ?? null,
        point: proof?.point ?? null,
        redeliveredBy: proof?.redeliveredBy ?? null,
        evidence: proof?.evidence ?? null,
        editsLagging: lagging.get(phase.name) ?? [],
      };
    });
    const findings = [
      ...(undrained ? [undrained] : []),
      ...audit.findings,
      ...rows.flatMap((row) =>
        row.editsLagging.map((behind) => `edits not converged after ${row.fault}: ${behind}`),
      ),
      ...workload.outages.filter(isServerError).map((outage) => `server error: ${outage.what}`),
    ];

    const width = Math.max(...rows.map((row) => row.fault.length));
    console.log(
      `\n${'fault'.padEnd(width)}  lost  duplicated  redelivered  republished  retried  5xx  unavailable  recovery`,
    );
    for (const row of rows) {
      console.log(
        `${row.fault.padEnd(width)}  ${String(row.lost).padStart(4)}  ${String(row.duplicated).padStart(10)}  ${String(row.redelivered).padStart(11)}  ${String(row.republished).padStart(11)}  ${String(row.retried).padStart(7)}  ${String(row.serverErrors).padStart(3)}  ${String(row.unavailable).padStart(11)}  ${row.recoveryMs === null ? '       -' : `${(row.recoveryMs / 1000).toFixed(1).padStart(6)} s`}`,
      );
      if (row.redeliveredBy || row.evidence)
        console.log(
          `  ${[row.signal, row.point, row.evidence, row.redeliveredBy].filter(Boolean).join(' | ')}`,
        );
    }
    console.log(`\ntotals: ${JSON.stringify(audit.totals)}; drained in ${(drainMs / 1000).toFixed(1)} s`);
    if (workload.failures.length)
      console.log(
        `workload errors (${workload.failures.length}):\n  ${workload.failures.slice(0, 10).join('\n  ')}`,
      );
    if (findings.length)
      console.log(`findings (${findings.length}):\n  ${findings.slice(0, 30).join('\n  ')}`);
    if (fleet.unexpectedExits.length)
      console.log(`unexpected exits:\n  ${fleet.unexpectedExits.join('\n  ')}`);

    const broken = findings.length > 0 || fleet.unexpectedExits.length > 0 || workload.failures.length > 0;
    const report = {
      run: runId,
      mode: short ? ('short' as const) : ('full' as const),
      commit: checkoutCommit(ROOT) ?? undefined,
      machine: { cpus: cpus().length, load1AtEnd: loadavg()[0] },
      finishedAt: new Date().toISOString(),
      passed: !broken,
      phases: rows,
      totals: audit.totals,
      drainMs,
      findings,
      workloadErrors: workload.failures,
      unexpectedExits: fleet.unexpectedExits,
    };
    writeReport(home, report);
    if (values.publish) {
      if (broken) log('not published: the run failed');
      else log(`published: ${publish(report).join(', ')}`);
    }
    console.log(
      broken
        ? '\nFAULT SUITE FAILED'
        : '\nfault suite passed: lost 0, duplicated 0, every fault proven, no server error, edits converged',
    );
    failed = broken;
  } finally {
    await fleet.stopAll();
    await Promise.all(Object.values(dbs).map((pool) => pool.end().catch(() => undefined)));
    broker.stop();
    pg.stop();
    removeServerDataDir(broker.dir);
    removeServerDataDir(pg.dir);
  }
  process.exit(failed ? 1 : 0);
}

/** The start-up a private clone must survive: the cluster initialised, started, answering, stopped. */
async function startPostgresOnly(pg: PostgresCluster): Promise<void> {
  try {
    await pg.start();
    for (const service of SERVICES) await pg.recreateDatabase(`harvest_${service}`);
    log(`PostgreSQL started from ${pg.dir} and answered on :${pg.port}`);
  } finally {
    pg.stop();
    removeServerDataDir(pg.dir);
  }
}

/**
 * Every order finished, every outbox empty, and both stay so for a few seconds. Answers null, or what
 * was still open when it gave up: a finding, and the audit and the report go ahead all the same.
 */
async function drained(dbs: Record<ServiceName, Pool>, timeoutMs = 240_000): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  let quietSince = 0;
  let last = '';
  for (;;) {
    const pending = await Promise.all(
      SERVICES.map(async (service) => {
        const { rows } = await dbs[service].query<{ n: number }>(
          `SELECT (SELECT count(*) FROM outbox WHERE published_at IS NULL) + (SELECT count(*) FROM inbox)::int AS n`,
        );
        return rows[0].n;
      }),
    ).catch(() => null);
    const open = await dbs.orders
      .query<{ n: number }>(
        `SELECT count(*)::int AS n FROM orders WHERE status IN ('PLACED', 'CONFIRMED', 'IN_TRANSIT', 'DELIVERED')`,
      )
      .then(({ rows }) => rows[0].n)
      .catch(() => null);
    const state = JSON.stringify({ pending, open });
    if (state === last && open === 0) {
      if (Date.now() - quietSince > 5_000) return null;
    } else {
      last = state;
      quietSince = Date.now();
    }
    if (Date.now() > deadline) {
      const { rows } = await dbs.orders
        .query<{ id: string; status: string }>(
          `SELECT id, status FROM orders WHERE status IN ('PLACED', 'CONFIRMED', 'IN_TRANSIT', 'DELIVERED')`,
        )
        .catch(() => ({ rows: [] as { id: string; status: string }[] }));
      return `not drained in ${timeoutMs} ms (${state}); open orders: ${rows.map((row) => `${row.id} ${row.status}`).join(', ') || 'none'}`;
    }
    await sleep(500);
  }
}

/** The JSON lines of some service logs, from a moment on. */
function logLines(files: string[], since: number): { file: number; entry: Record<string, unknown> }[] {
  return files.flatMap((file, index) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line) => {
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          return Date.parse(String(entry.time)) >= since ? [{ file: index, entry }] : [];
        } catch {
          return [];
        }
      }),
  );
}

async function untilLogged(files: string[], msg: string, since: number, timeoutMs = 120_000): Promise<void> {
  await waitFor(
    async () => (logLines(files, since).some(({ entry }) => entry.msg === msg) ? true : undefined),
    { timeoutMs, intervalMs: 500, what: `"${msg}" in ${files.join(', ')}` },
  );
}

/**
 * What two replicas starting together with a migration pending said and did: one applied it, the
 * other found nothing pending (after waiting for the lock, if they really raced), and the migrations
 * table holds it once.
 */
function migrationRace(
  files: string[],
  since: number,
  migration: string,
  timesRecorded: number,
): { evidence: string; problems: string[] } {
  const said = logLines(files, since).filter(({ entry }) =>
    ['migrations applied', 'no migration pending'].includes(String(entry.msg)),
  );
  const problems: string[] = [];
  const appliers = said.filter(({ entry }) => (entry.applied as string[]).includes(migration));
  const idle = said.filter(({ entry }) => entry.msg === 'no migration pending');
  if (appliers.length !== 1) problems.push(`${appliers.length} replicas applied ${migration}`);
  if (idle.length !== 1) problems.push(`${idle.length} replicas found no migration pending`);
  if (timesRecorded !== 1) problems.push(`the migrations table holds ${migration} ${timesRecorded} times`);
  const describe = ({ file, entry }: { file: number; entry: Record<string, unknown> }) =>
    `replica ${file + 1} ${entry.msg === 'no migration pending' ? 'found no migration pending' : `applied ${(entry.applied as string[]).join(', ')}`} after waiting ${String(entry.waitedForLockMs)} ms for the lock`;
  return {
    evidence: `${said.map(describe).join('; ')}; the migrations table holds it ${timesRecorded} time(s)`,
    problems,
  };
}

main().catch((error: unknown) => {
  console.error('[faults] failed:', error instanceof Error ? error.stack : error);
  process.exit(1);
});
