import { Module } from '@nestjs/common';
import { PaceController } from './pace.controller';
import { PaceRepository } from './pace.repository';
import { PaceSweepService } from './pace-sweep.service';
import { PACING_CONFIG, pacingConfigFromEnv } from './pacing.config';
import { PledgePacingService } from './pledge-pacing.service';

/** Pledge pacing: pace, the buyers behind it, and the month-end warnings. */
@Module({
  controllers: [PaceController],
  providers: [
    { provide: PACING_CONFIG, useFactory: () => pacingConfigFromEnv() },
    PaceRepository,
    PledgePacingService,
    PaceSweepService,
  ],
  exports: [PledgePacingService, PACING_CONFIG],
})
export class PacingModule {}
