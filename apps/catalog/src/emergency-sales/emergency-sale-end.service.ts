import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PeriodicWork } from '@hb/platform';
import { EmergencySalesService } from './emergency-sales.service';

/** How often the sweep looks for emergency sales past their end (CATALOG_EMERGENCY_SALE_SWEEP_INTERVAL_MS). */
export function emergencySaleSweepIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CATALOG_EMERGENCY_SALE_SWEEP_INTERVAL_MS;
  if (raw === undefined || raw === '') return 60_000;
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    throw new Error(
      `CATALOG_EMERGENCY_SALE_SWEEP_INTERVAL_MS must be a positive integer of milliseconds, not "${raw}"`,
    );
  }
  return parsed;
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
