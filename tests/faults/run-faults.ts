/**
 * The fault-injection suite: a steady stream of orders, custody moves, readings and catalog edits
 * through the four services, while the broker is killed, each service is killed between its database
 * commit and its offset commit (and its relay between publishing and marking), and PostgreSQL is shut
 * down hard. After the system drains, the audit checks from the databases and the topics that nothing
 * accepted was lost or counted twice, and that the faults were real (redeliveries happened).
 *
 *   npm run faults              the full run (longer phases, more load)
 *   npm run faults -- --short   the short run of the test command
 *
 *   npm run faults -- --postgres-only   only starts and stops the suite's PostgreSQL cluster
 *
 * Runs on its own PostgreSQL cluster (port 55432, FAULTS_PG_PORT) and Kafka broker (port 19092 and the
 * next, FAULTS_KAFKA_PORT), their data in fresh folders under the system's temporary folder, with the
 * services from port 4101 (FAULTS_FIRST_SERVICE_PORT), so that restarting them disturbs nothing else.
 * Logs go to .data/faults/logs; writes .data/faults/report.json; exits 1 if anything was
 * lost or duplicated, a fault caused no redelivery, or a service died unasked.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { SERVICES, TelemetryReadingsRecorded, type ServiceName } from '@hb/contracts';
import { Audit, type Phase } from './audit';
import {
  KafkaBroker,
  PostgresCluster,
  removeServerDataDir,
  ROOT,
  serverDataDir,
  ServiceFleet,
} from './cluster';
import { Workload } from './workload';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.log(`[faults] ${message}`);
const BROKER_DOWN_MS = 30_000;

interface Fault {
  name: string;
  /** Injects the fault and repairs it as an operator or a supervisor would; answers when it struck. */
  inject(): Promise<number>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      short: { type: 'boolean', default: false },
      'postgres-only': { type: 'boolean', default: false },
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

    const crash = (service: ServiceName, point: 'consumer-after-commit' | 'relay-after-publish'): Fault => ({
      name:
        point === 'consumer-after-commit'
          ? `${service}: SIGKILL after DB commit, before offset commit`
          : `${service}: SIGKILL after publish, before outbox marked`,
      inject: async () => {
        const at = await fleet.crashAt(service, point);
        await fleet.start(service);
        return at;
      },
    });
    const everyFault: Fault[] = [
      {
        name: 'Kafka broker: SIGKILL, restart',
        inject: async () => {
          // While the logistics consumer is busy with a burst of readings: work in flight when it dies.
          const applied = () =>
            dbs.logistics
              .query<{ n: number }>(`SELECT count(*)::int AS n FROM inbox WHERE type = $1`, [
                TelemetryReadingsRecorded.type,
              ])
              .then(({ rows }) => rows[0].n);
          const before = await applied();
          const sending = workload.burst(1_000);
          while ((await applied()) - before < 20) await sleep(20);
          const at = Date.now();
          broker.kill();
          // Longer than the clients' retry budgets (10-20 s): publishing fails and is redone, offset commits fail and events are delivered again.
          await sleep(BROKER_DOWN_MS);
          broker.start();
          await sending;
          return at;
        },
      },
      ...SERVICES.map((service) => crash(service, 'consumer-after-commit')),
      ...(['catalog', 'orders', 'logistics'] as const).map((service) =>
        crash(service, 'relay-after-publish'),
      ),
      {
        name: 'PostgreSQL: immediate shutdown, restart',
        inject: async () => {
          const at = Date.now();
          pg.crash();
          await sleep(downMs);
          await pg.start();
          return at;
        },
      },
    ];
    // The short run of the test command: one fault of each kind.
    const faults = short
      ? everyFault.filter((fault) =>
          [/^Kafka/, /^catalog: .*offset commit/, /^orders: .*outbox marked/, /^PostgreSQL/].some((kind) =>
            kind.test(fault.name),
          ),
        )
      : everyFault;

    const phases: Phase[] = [];
    const baseline: Phase = { name: 'no fault (baseline)', start: Date.now(), end: 0, recoveryMs: null };
    await sleep(settleMs);
    baseline.end = Date.now();
    phases.push(baseline);
    for (const fault of faults) {
      const phase: Phase = { name: fault.name, start: Date.now(), end: 0, recoveryMs: null };
      log(`fault: ${fault.name}`);
      const struck = await fault.inject();
      const answered = await workload.probe();
      phase.recoveryMs = answered - struck;
      log(
        `  an order placed after it was confirmed ${(phase.recoveryMs / 1000).toFixed(1)} s after the fault`,
      );
      await sleep(settleMs);
      phase.end = Date.now();
      phases.push(phase);
    }

    log('stopping the workload and letting the system drain');
    const drainStart = Date.now();
    await workload.stop();
    await drained(dbs);
    const drainMs = Date.now() - drainStart;
    phases.at(-1)!.end = Date.now();

    const audit = await new Audit(phases, dbs).run(
      workload.orders,
      workload.readings,
      Object.fromEntries(SERVICES.map((service) => [service, fleet.logFile(service)])) as Record<
        ServiceName,
        string
      >,
      { brokers: broker.bootstrap, prefix: `faults-${runId}` },
    );

    const rows = phases.map((phase) => ({ phase, counts: audit.perPhase.get(phase.name)! }));
    const width = Math.max(...phases.map((phase) => phase.name.length));
    console.log(`\n${'fault'.padEnd(width)}  lost  duplicated  redelivered  republished  retried  recovery`);
    for (const { phase, counts } of rows) {
      console.log(
        `${phase.name.padEnd(width)}  ${String(counts.lost).padStart(4)}  ${String(counts.duplicated).padStart(10)}  ${String(counts.redelivered).padStart(11)}  ${String(counts.republished).padStart(11)}  ${String(counts.retried).padStart(7)}  ${phase.recoveryMs === null ? '       -' : `${(phase.recoveryMs / 1000).toFixed(1).padStart(6)} s`}`,
      );
    }
    console.log(`\ntotals: ${JSON.stringify(audit.totals)}; drained in ${(drainMs / 1000).toFixed(1)} s`);
    if (workload.failures.length)
      console.log(
        `workload errors (${workload.failures.length}):\n  ${workload.failures.slice(0, 10).join('\n  ')}`,
      );
    if (audit.findings.length)
      console.log(`findings (${audit.findings.length}):\n  ${audit.findings.slice(0, 30).join('\n  ')}`);
    if (fleet.unexpectedExits.length)
      console.log(`unexpected exits:\n  ${fleet.unexpectedExits.join('\n  ')}`);

    const quiet = rows.filter(
      ({ phase, counts }) =>
        phase.recoveryMs !== null && counts.redelivered + counts.republished + counts.retried === 0,
    );
    const broken =
      audit.findings.length > 0 ||
      fleet.unexpectedExits.length > 0 ||
      workload.failures.length > 0 ||
      quiet.length > 0;
    if (quiet.length)
      console.log(`faults that caused no redelivery: ${quiet.map(({ phase }) => phase.name).join('; ')}`);
    writeFileSync(
      join(home, 'report.json'),
      `${JSON.stringify(
        {
          run: runId,
          mode: short ? 'short' : 'full',
          finishedAt: new Date().toISOString(),
          phases: rows.map(({ phase, counts }) => ({
            fault: phase.name,
            ...counts,
            recoveryMs: phase.recoveryMs,
          })),
          totals: audit.totals,
          drainMs,
          findings: audit.findings,
          workloadErrors: workload.failures,
          unexpectedExits: fleet.unexpectedExits,
        },
        null,
        2,
      )}\n`,
    );
    const seconds = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`);
    writeFileSync(
      join(home, 'report.md'),
      [
        `Fault suite (${short ? 'short' : 'full'} run), ${new Date().toISOString().slice(0, 16)} UTC: ${audit.totals.orders} orders, ${audit.totals.readings} readings, ${audit.totals.reliefEntries} relief entries, ${audit.totals.distinctEvents} events.`,
        '',
        '| fault | lost | duplicated | redelivered | republished | relay retries | recovery |',
        '| --- | --: | --: | --: | --: | --: | --: |',
        ...rows.map(
          ({ phase, counts }) =>
            `| ${phase.name} | ${counts.lost} | ${counts.duplicated} | ${counts.redelivered} | ${counts.republished} | ${counts.retried} | ${seconds(phase.recoveryMs)} |`,
        ),
        '',
      ].join('\n'),
    );
    console.log(
      broken ? '\nFAULT SUITE FAILED' : '\nfault suite passed: lost 0, duplicated 0, every fault redelivered',
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

/** The start-up that a private clone used to break: the cluster initialised, started, answering, stopped. */
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

/** Every order finished, every outbox empty, and both stay so for a few seconds. */
async function drained(dbs: Record<ServiceName, Pool>, timeoutMs = 240_000): Promise<void> {
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
      if (Date.now() - quietSince > 5_000) return;
    } else {
      last = state;
      quietSince = Date.now();
    }
    if (Date.now() > deadline) throw new Error(`the system did not drain in ${timeoutMs} ms (${state})`);
    await sleep(500);
  }
}

main().catch((error: unknown) => {
  console.error('[faults] failed:', error instanceof Error ? error.stack : error);
  process.exit(1);
});
