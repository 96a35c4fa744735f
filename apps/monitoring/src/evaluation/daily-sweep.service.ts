import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, PeriodicSweep, utcDay } from '@hb/platform';
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
export class DailySweepService extends PeriodicSweep {
  constructor(
    private readonly dataSource: DataSource,
    private readonly evaluation: EvaluationService,
    private readonly clock: Clock,
    @Inject(MONITORING_CONFIG) config: MonitoringConfig,
    private readonly measures: MeasuresRepository,
  ) {
    super('daily sweep', config.sweepIntervalMs);
  }

  protected override work(): Promise<unknown> {
    return this.sweepToday();
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
