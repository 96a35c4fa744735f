import { Injectable } from '@nestjs/common';
import { envDuration, PeriodicSweep } from '@hb/platform';
import { EmergencySalesService } from './emergency-sales.service';

/** How often the sweep looks for emergency sales past their end (CATALOG_EMERGENCY_SALE_SWEEP_INTERVAL_MS). */
export function emergencySaleSweepIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  return envDuration('CATALOG_EMERGENCY_SALE_SWEEP_INTERVAL_MS', 60_000, { env });
}

/** Closes emergency sales at their `endsAt`, on every replica's timer (the closing itself is replica-safe). */
@Injectable()
export class EmergencySaleEndService extends PeriodicSweep {
  constructor(private readonly sales: EmergencySalesService) {
    super('emergency sale end sweep', emergencySaleSweepIntervalMs());
  }

  protected override work(): Promise<unknown> {
    return this.sales.closeEnded();
  }
}
