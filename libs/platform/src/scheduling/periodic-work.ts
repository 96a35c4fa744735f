import {
  Logger,
  type LoggerService,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { envInt } from '../config/env';

/**
 * Work a service does on a timer (expiring certificates, cancelling orders nobody answered): runs
 * every `everyMs`, never overlaps itself, logs and retries a failure at the next tick, and lets a
 * shutdown wait for the run in progress.
 */
export class PeriodicWork {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly name: string,
    private readonly everyMs: number,
    private readonly work: () => Promise<unknown>,
    private readonly logger: LoggerService,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => {
      this.running ??= this.runOnce();
    }, this.everyMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async runOnce(): Promise<void> {
    try {
      await this.work();
    } catch (error) {
      this.logger.warn({ msg: `${this.name} failed; will retry`, err: error });
    } finally {
      this.running = null;
    }
  }
}

/**
 * A provider whose work runs on a timer (a PeriodicWork): it starts once the application has
 * bootstrapped and stops, waiting for the run in progress, when the application shuts down. A sweep
 * states only its name, its interval and its work:
 *
 *   @Injectable()
 *   export class LotExpiryService extends PeriodicSweep {
 *     constructor(…) { super('lot expiry sweep', lotExpirySweepIntervalMs()); }
 *     protected override work() { return this.sweep(); }
 *   }
 *
 * `logger` is named after the subclass, for the sweep's own messages too.
 */
export abstract class PeriodicSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger: Logger;
  readonly #timer: PeriodicWork;

  protected constructor(name: string, everyMs: number) {
    this.logger = new Logger(new.target.name);
    this.#timer = new PeriodicWork(name, everyMs, () => this.work(), this.logger);
  }

  /** One run; a failure is logged and tried again at the next tick. */
  protected abstract work(): Promise<unknown>;

  onApplicationBootstrap(): void {
    this.#timer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.#timer.stop();
  }
}

/**
 * How many rows a sweep handles per transaction (SWEEP_BATCH_SIZE, 100 by default): smaller batches
 * hold their row locks for less time. Anything but a whole number from 1 to 10,000 is refused at
 * start-up.
 */
export function sweepBatchSize(env: NodeJS.ProcessEnv = process.env): number {
  return envInt('SWEEP_BATCH_SIZE', 100, { env, max: 10_000 });
}
