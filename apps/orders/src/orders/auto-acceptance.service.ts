import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrashPoints } from '@hb/messaging';
import { Clock, PeriodicSweep, sweepBatchSize } from '@hb/platform';
import { OrderLifecycle } from './order-lifecycle';
import { OrderSettlement } from './order-settlement';
import { OrderRepository } from './order.repository';
import { ORDERS_CONFIG, type OrdersConfig } from './orders.config';

/**
 * No delivered order stays open forever: one neither accepted nor disputed within
 * ORDERS_AUTO_ACCEPT_DAYS is settled for its buyer (sound lines kept, breached lines refused), with
 * `settledBy: "auto"`. Replicas share the work (FOR UPDATE SKIP LOCKED), and the time comes from
 * the injectable Clock.
 */
@Injectable()
export class AutoAcceptanceService extends PeriodicSweep {
  private readonly batchSize = sweepBatchSize();

  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: OrderLifecycle,
    private readonly settlement: OrderSettlement,
    private readonly orders: OrderRepository,
    private readonly clock: Clock,
    @Inject(ORDERS_CONFIG) private readonly config: OrdersConfig,
  ) {
    super('auto-acceptance sweep', config.autoAcceptSweepMs);
  }

  protected override work(): Promise<unknown> {
    return this.sweep();
  }

  /** Settles the delivered orders whose acceptance period is over; returns how many. */
  async sweep(): Promise<number> {
    const deadline = new Date(this.clock.now().getTime() - this.config.autoAcceptDays * 86_400_000);
    let settled = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (tx) => {
        const due = await this.orders.deliveredBy(tx, deadline, this.batchSize);
        for (const id of due) {
          const order = await this.lifecycle.lock(tx, id);
          if (order) await this.settlement.settleUnanswered(tx, order);
        }
        return due;
      });
      settled += batch.length;
      if (batch.length > 0) CrashPoints.reached('sweep-after-batch', batch);
      if (batch.length < this.batchSize) break;
    }
    if (settled > 0) {
      this.logger.log({ msg: 'delivered orders settled after the acceptance period', count: settled });
    }
    return settled;
  }
}
