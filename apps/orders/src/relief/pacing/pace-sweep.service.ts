import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PeriodicWork } from '@hb/platform';
import { PACING_CONFIG, type PacingConfig } from './pacing.config';
import { PledgePacingService } from './pledge-pacing.service';

/**
 * Looks every RELIEF_PACE_SWEEP_INTERVAL_MS whether the month that ended last has its warnings; on
 * every replica, since a warning is sent once per buyer and month whoever looks.
 */
@Injectable()
export class PaceSweepService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PaceSweepService.name);
  private readonly timer: PeriodicWork;

  constructor(pacing: PledgePacingService, @Inject(PACING_CONFIG) config: PacingConfig) {
    this.timer = new PeriodicWork(
      'month-end pledge pace sweep',
      config.sweepIntervalMs,
      () => pacing.sweepMonthEnd(),
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    this.timer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.timer.stop();
  }
}
