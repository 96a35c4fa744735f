import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { LotExpired } from '@hb/contracts';
import { CrashPoints, event, Outbox } from '@hb/messaging';
import { Clock, envDuration, PeriodicSweep, sweepBatchSize } from '@hb/platform';
import { StockLevels } from './stock-levels';
import { StockRepository } from './stock.repository';

/** How often the sweep looks for lots past their last day of sale (CATALOG_LOT_EXPIRY_SWEEP_INTERVAL_MS). */
export const lotExpirySweepIntervalMs = (env: NodeJS.ProcessEnv = process.env): number => {
  return envDuration('CATALOG_LOT_EXPIRY_SWEEP_INTERVAL_MS', 60_000, { env });
};

/**
 * Announces each lot once it has passed its last day of sale (LotExpired, with what was left unsold,
 * and the product's new stock level). Replicas share the work (FOR UPDATE SKIP LOCKED); a lot is
 * announced once (expiry_announced).
 */
@Injectable()
export class LotExpiryService extends PeriodicSweep {
  private readonly batchSize = sweepBatchSize();

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly stockLevels: StockLevels,
    private readonly stock: StockRepository,
    private readonly clock: Clock,
  ) {
    super('lot expiry sweep', lotExpirySweepIntervalMs());
  }

  protected override work(): Promise<unknown> {
    return this.sweep();
  }

  /** Announces the lots that expired before `today`; returns how many. */
  async sweep(today = this.clock.today(), at?: Date): Promise<number> {
    let announced = 0;
    let batch: string[];
    do {
      batch = await this.dataSource.transaction((tx) => this.expireBatch(tx, today, at));
      announced += batch.length;
      if (batch.length > 0) CrashPoints.reached('sweep-after-batch', batch);
    } while (batch.length === this.batchSize);
    if (announced > 0) this.logger.log({ msg: 'expired lots announced', announced, today });
    return announced;
  }

  /** Announces one batch of expired lots; answers their ids. */
  private async expireBatch(tx: EntityManager, today: string, at?: Date): Promise<string[]> {
    const due = await this.stock.lockExpiredUnannounced(tx, today, this.batchSize);
    if (due.length === 0) return [];
    await this.stock.markExpiryAnnounced(
      tx,
      due.map((lot) => lot.lotId),
    );
    await this.outbox.append(tx, ...due.map((lot) => event(LotExpired, lot, at)));
    await this.stockLevels.announce(
      tx,
      due.map((lot) => lot.productId),
      today,
      at,
    );
    return due.map((lot) => lot.lotId);
  }
}
