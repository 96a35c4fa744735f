import { readFileSync, writeSync } from 'node:fs';
import { Logger } from '@nestjs/common';

/**
 * The moments that decide the delivery guarantees:
 * - `consumer-after-commit`: a consumer's transaction (effect + inbox row) has committed, its Kafka
 *   offset has not; a crash here means the event is delivered again and the inbox must absorb it;
 * - `relay-after-publish`: the relay has published a batch, not yet marked it published; a crash here
 *   publishes the batch twice and every consumer must absorb the copies;
 * - `sweep-after-batch`: a sweep (expiry, auto-acceptance) has committed one batch and not started
 *   the next; a crash here leaves the sweep half done, and the next run must finish it without doing
 *   the first batch again.
 */
export const CRASH_POINTS = ['consumer-after-commit', 'relay-after-publish', 'sweep-after-batch'] as const;
export type CrashPoint = (typeof CRASH_POINTS)[number];

/**
 * Deliberate crashes for the fault-injection suite (tests/faults). Off unless the environment names a
 * control file in HB_FAULT_CONTROL_FILE, and refused when NODE_ENV is production. `kill -USR2 <pid>`
 * arms the crash point written in that file; the process then kills itself with SIGKILL — no
 * shutdown hooks, no flushing, as a power cut or the OOM killer would — the next time it passes it.
 * Its last words, written straight to stderr, name the point and the events in hand, so that the
 * suite can find those same events redelivered to (or republished by) this service once restarted.
 */
export class CrashPoints {
  private static armed: CrashPoint | null = null;

  /** Installs the arming signal handler when fault injection is enabled; returns whether it is. */
  static install(env: NodeJS.ProcessEnv = process.env): boolean {
    const controlFile = env.HB_FAULT_CONTROL_FILE;
    if (!controlFile) return false;
    if (env.NODE_ENV === 'production') {
      throw new Error(
        'HB_FAULT_CONTROL_FILE is set but NODE_ENV is production: refusing to enable crash points',
      );
    }
    const logger = new Logger(CrashPoints.name);
    process.on('SIGUSR2', () => {
      const point = readFileSync(controlFile, 'utf8').trim();
      if (!(CRASH_POINTS as readonly string[]).includes(point)) {
        logger.warn({ msg: 'unknown crash point in the control file; nothing armed', point });
        return;
      }
      CrashPoints.armed = point as CrashPoint;
      // Written straight to stderr like the last words: the process may pass the point and SIGKILL
      // itself before an asynchronous logger flushes, and the suite waits for this line.
      CrashPoints.say({ level: 'warn', context: CrashPoints.name, msg: 'crash point armed', point });
    });
    logger.warn({ msg: 'fault injection enabled (crash points armed by SIGUSR2)', controlFile });
    return true;
  }

  /** Whether this point is armed: lets a hot path skip gathering the ids it would pass to reached(). */
  static isArmed(point: CrashPoint): boolean {
    return CrashPoints.armed === point;
  }

  /** Called by the relay, the inbox and the sweeps at each point, with the ids in hand (events, or what a sweep batch settled); a no-op unless that point is armed. */
  static reached(point: CrashPoint, eventIds: readonly string[]): void {
    if (CrashPoints.armed !== point) return;
    CrashPoints.say({
      level: 'fatal',
      msg: 'crash point reached; killing this process with SIGKILL',
      point,
      pid: process.pid,
      eventIds,
    });
    process.kill(process.pid, 'SIGKILL');
  }

  /** One JSON line on stderr, written before the call returns. */
  private static say(words: Record<string, unknown>): void {
    const { level, ...rest } = words;
    writeSync(2, `${JSON.stringify({ level, time: new Date().toISOString(), ...rest })}\n`);
  }
}
