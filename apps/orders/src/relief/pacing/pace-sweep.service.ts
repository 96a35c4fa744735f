import { Inject, Injectable } from '@nestjs/common';
import { PeriodicSweep } from '@hb/platform';
import { PACING_CONFIG, type PacingConfig } from './pacing.config';
import { PledgePacingService } from './pledge-pacing.service';

/**
 * Looks every RELIEF_PACE_SWEEP_INTERVAL_MS whether the month that ended last has its warnings; on
 * every replica, since a warning is sent once per buyer and month whoever looks.
 */
@Injectable()
export class PaceSweepService extends PeriodicSweep {
  constructor(
    private readonly pacing: PledgePacingService,
    @Inject(PACING_CONFIG) config: PacingConfig,
  ) {
    super('month-end pledge pace sweep', config.sweepIntervalMs);
  }

  protected override work(): Promise<unknown> {
    return this.pacing.sweepMonthEnd();
  }
}
