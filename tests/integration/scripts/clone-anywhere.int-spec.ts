import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A new user clones the project into a folder only they can enter, whose path has a space, and runs
 * the test command: the fault suite's own PostgreSQL cluster must start from there (its server runs
 * as the postgres user, which cannot enter such a folder).
 */
describe('a clone in a private folder whose path has a space', () => {
  let parent: string;

  beforeAll(() => {
    parent = mkdtempSync(join(tmpdir(), 'hb-clone-'));
    chmodSync(parent, 0o700);
  });

  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('starts the fault suite PostgreSQL cluster', async () => {
    const folder = join(parent, 'a b');
    mkdirSync(folder, { mode: 0o700 });
    const clone = join(folder, 'harvest bridge');
    const cloned = spawnSync('git', ['clone', '--quiet', ROOT, clone], { encoding: 'utf8' });
    expect(cloned.stderr).toBe('');
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    // The test command installs the packages before this runs; the clone uses the same ones.
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));

    const started = spawnSync(
      process.execPath,
      [
        join(clone, 'node_modules', 'ts-node', 'dist', 'bin.js'),
        '-r',
        'tsconfig-paths/register',
        '--transpile-only',
        'tests/faults/run-faults.ts',
        '--postgres-only',
      ],
      {
        cwd: clone,
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '', FAULTS_PG_PORT: String(await freePort()) },
        timeout: 120_000,
      },
    );

    expect({ status: started.status, stderr: started.stderr }).toEqual({ status: 0, stderr: '' });
    expect(started.stdout).toContain('PostgreSQL started');
  });
});
