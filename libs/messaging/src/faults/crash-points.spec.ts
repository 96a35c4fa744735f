import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CrashPoints } from './crash-points';

/** Runs a script in a child process with crash points enabled; answers how it ended. */
function runChild(script: string, controlFile: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-e',
      `const { CrashPoints } = require(${JSON.stringify(join(__dirname, 'crash-points'))}); ${script}`,
    ],
    {
      env: { ...process.env, NODE_OPTIONS: '', HB_FAULT_CONTROL_FILE: controlFile, ...env },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
}

describe('crash points', () => {
  const controlFile = join(mkdtempSync(join(tmpdir(), 'crash-points-')), 'point');

  it('are off unless a control file is named', () => {
    expect(CrashPoints.install({})).toBe(false);
    expect(() => CrashPoints.reached('consumer-after-commit', ['e-1'])).not.toThrow();
  });

  it('refuse to be enabled in production', () => {
    expect(() => CrashPoints.install({ HB_FAULT_CONTROL_FILE: controlFile, NODE_ENV: 'production' })).toThrow(
      /production/,
    );
  });

  it('kill the process with SIGKILL at the armed point, and only there, naming the point and the events', () => {
    writeFileSync(controlFile, 'relay-after-publish\n');
    const child = runChild(
      `CrashPoints.install();
       process.kill(process.pid, 'SIGUSR2');
       setTimeout(() => {
         CrashPoints.reached('consumer-after-commit', ['e-1']);
         console.log('passed the other point');
         CrashPoints.reached('relay-after-publish', ['e-2', 'e-3']);
         console.log('survived the armed point');
       }, 200);`,
      controlFile,
    );
    expect(child.stdout).toContain('passed the other point');
    expect(child.stdout).not.toContain('survived the armed point');
    expect(child.signal).toBe('SIGKILL');
    const lastWords = JSON.parse(child.stderr.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(lastWords).toMatchObject({
      point: 'relay-after-publish',
      pid: child.pid,
      eventIds: ['e-2', 'e-3'],
    });
  });

  it('say they are armed before the process can reach the point and die', () => {
    writeFileSync(controlFile, 'consumer-after-commit');
    const child = runChild(
      `CrashPoints.install();
       process.on('SIGUSR2', () => CrashPoints.reached('consumer-after-commit', ['e-4']));
       process.kill(process.pid, 'SIGUSR2');
       setTimeout(() => undefined, 5_000);`,
      controlFile,
    );
    expect(child.signal).toBe('SIGKILL');
    const lines = child.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.msg)).toEqual([
      'crash point armed',
      'crash point reached; killing this process with SIGKILL',
    ]);
  });

  it('arm nothing for a name they do not know', () => {
    writeFileSync(controlFile, 'somewhere-else');
    const child = runChild(
      `CrashPoints.install();
       process.kill(process.pid, 'SIGUSR2');
       setTimeout(() => { CrashPoints.reached('relay-after-publish', []); CrashPoints.reached('consumer-after-commit', []); console.log('alive'); }, 200);`,
      controlFile,
    );
    expect(child.stdout).toContain('alive');
    expect(child.status).toBe(0);
  });
});
