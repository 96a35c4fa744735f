import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { envDuration, PeriodicWork } from '@hb/platform';
import { EmergencySalesService } from './emergency-sales.service';

/** How often the sweep looks for emergency sales past their end (CATALOG_EMERGENCY_SALE_SWEEP_INTERVAL_MS). */
export function emergencySaleSweepIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  return envDuration('CATALOG_EMERGENCY_SALE_SWEEP_INTERVAL_MS', 60_000, { env });
}

/** Closes emergency sales at their `endsAt`, on every replica's timer (the closing itself is replica-safe). */
@Injectable()
export class EmergencySaleEndService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EmergencySaleEndService.name);
  private readonly timer: PeriodicWork;

  constructor(sales: EmergencySalesService) {
    this.timer = new PeriodicWork(
      'emergency sale end sweep',
      emergencySaleSweepIntervalMs(),
      () => sales.closeEnded(),
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
