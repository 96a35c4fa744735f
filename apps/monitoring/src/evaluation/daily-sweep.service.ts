import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, PeriodicWork, utcDay } from '@hb/platform';
import { MONITORING_CONFIG, type MonitoringConfig } from '../monitoring.config';
import { EvaluationService } from './evaluation.service';
import { MeasuresRepository } from './measures.repository';

/**
 * Evaluates every rule once a day, for what no event touches: windows move on with the calendar
 * (a market nobody orders from slumps without an event), lots come close to expiry, producers go
 * 90 days without a sale. The timer looks every `sweepIntervalMs`; the first replica to claim the
 * day (one conditional update) sweeps it, the others skip it.
 */
@Injectable()
export class DailySweepService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DailySweepService.name);
  private readonly timer: PeriodicWork;

  constructor(
    private readonly dataSource: DataSource,
    private readonly evaluation: EvaluationService,
    private readonly clock: Clock,
    @Inject(MONITORING_CONFIG) config: MonitoringConfig,
    private readonly measures: MeasuresRepository,
  ) {
    this.timer = new PeriodicWork(
      'daily sweep',
      config.sweepIntervalMs,
      () => this.sweepToday(),
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    this.timer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.timer.stop();
  }

  /** Sweeps unless another run (or replica) has swept today already; true when this call swept. */
  async sweepToday(now: Date = this.clock.now()): Promise<boolean> {
    if (!(await this.measures.claimSweep(this.dataSource.manager, utcDay(now)))) return false;
    await this.sweep(now);
    return true;
  }

  /** Evaluates everything at `now`, claimed or not (tests, and the end of a rebuild). */
  async sweep(now: Date = this.clock.now()): Promise<void> {
    await this.evaluation.evaluateEverything(now);
    this.logger.log({ msg: 'rules swept', day: utcDay(now) });
  }
}
