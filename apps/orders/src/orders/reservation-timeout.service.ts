import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrderCancelled } from '@hb/contracts';
import { event } from '@hb/messaging';
import { PeriodicSweep } from '@hb/platform';
import { IdempotencyKeyRepository } from './idempotency-key.repository';
import { OrderLifecycle } from './order-lifecycle';
import { OrderRepository } from './order.repository';
import { ORDERS_CONFIG, type OrdersConfig } from './orders.config';

/**
 * No order is left hanging: one still PLACED after the reservation timeout is cancelled with a reason
 * the buyer sees, and OrderCancelled tells catalog to release anything it reserves late. Replicas share
 * the work (FOR UPDATE SKIP LOCKED). Also forgets idempotency keys past their time to live.
 */
@Injectable()
export class ReservationTimeoutService extends PeriodicSweep {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: OrderLifecycle,
    private readonly orders: OrderRepository,
    private readonly idempotencyKeys: IdempotencyKeyRepository,
    @Inject(ORDERS_CONFIG) private readonly config: OrdersConfig,
  ) {
    const every = Math.min(Math.max(Math.floor(config.reservationTimeoutMs / 4), 250), 10_000);
    super('reservation timeout sweep', every);
  }

  protected override work(): Promise<unknown> {
    return this.sweep();
  }

  /** Cancels the orders whose reservation timed out; returns how many. */
  async sweep(): Promise<number> {
    const seconds = Math.round(this.config.reservationTimeoutMs / 1000);
    const cancelled = await this.dataSource.transaction(async (tx) => {
      const overdue = await this.orders.placedLongerThan(tx, this.config.reservationTimeoutMs / 1000, 100);
      for (const id of overdue) {
        const order = await this.lifecycle.lock(tx, id);
        if (!order) continue;
        const reason = `stock was not confirmed within ${seconds} s; the order was cancelled and can be placed again`;
        await this.lifecycle.move(
          tx,
          order,
          'reservationTimedOut',
          { cancelReason: reason },
          event(OrderCancelled, { orderId: id, reason }),
        );
      }
      return overdue.length;
    });
    if (cancelled > 0)
      this.logger.warn({ msg: 'orders cancelled after the reservation timeout', count: cancelled });
    await this.idempotencyKeys.forgetOlderThan(this.dataSource.manager, this.config.idempotencyKeyTtlHours);
    return cancelled;
  }
}
