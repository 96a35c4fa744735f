import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { StandingOrderPaused } from '@hb/contracts';
import { event } from '@hb/messaging';
import { Clock, DomainError, PeriodicSweep } from '@hb/platform';
import { OrdersService } from '../orders/orders.service';
import { addDays, occurrenceAfter } from './schedule';
import { StandingOrderRepository, type StandingOrder } from './standing-order.repository';
import { STANDING_ORDERS_CONFIG, type StandingOrdersConfig } from './standing-orders.config';
import { cadenceOf, dayOf, StandingOrdersService } from './standing-orders.service';

const BATCH = 20;

export interface SweepOutcome {
  placed: number;
  paused: number;
}

/** The key an occurrence's order is placed under: one order per standing order and day, ever. */
export const occurrenceKey = (standingOrderId: string, occursOn: string): string =>
  `standing-order:${standingOrderId}:${occursOn}`;

/**
 * Places each occurrence of every active standing order as an ordinary order, `leadDays` before its
 * day, and pauses a standing order whose occurrence catalog rejected. An occurrence is recorded in
 * the transaction that places its order, under a key derived from the standing order and the day, so
 * it is placed once whichever replica (SKIP LOCKED) or restart gets to it; the cursor
 * (`next_occurrence_on`) moves in that transaction too, so an occurrence a stopped service missed is
 * placed when it comes back, never skipped.
 */
@Injectable()
export class StandingOrderSweep extends PeriodicSweep {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: StandingOrderRepository,
    private readonly standingOrders: StandingOrdersService,
    private readonly orders: OrdersService,
    private readonly clock: Clock,
    @Inject(STANDING_ORDERS_CONFIG) private readonly config: StandingOrdersConfig,
  ) {
    super('standing order sweep', config.sweepIntervalMs);
  }

  protected override work(): Promise<unknown> {
    return this.sweep();
  }

  async sweep(): Promise<SweepOutcome> {
    // Rejections first, so a standing order whose last order was refused places no further one.
    const paused = await this.pauseAfterRejections();
    const today = dayOf(this.clock.now());
    const horizon = addDays(today, this.config.leadDays);
    let placed = 0;
    for (;;) {
      const { batch, count } = await this.dataSource.transaction(async (tx) => {
        const due = await this.repository.lockDue(tx, horizon, BATCH);
        let count = 0;
        for (const order of due) count += await this.placeDue(tx, order, today, horizon);
        return { batch: due.length, count };
      });
      placed += count;
      if (batch < BATCH) break;
    }
    if (placed + paused > 0) this.logger.log({ msg: 'standing orders swept', placed, paused });
    return { placed, paused };
  }

  private async pauseAfterRejections(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      let paused = 0;
      for (const rejected of await this.repository.lockUnnoticedRejections(tx, 100)) {
        await this.repository.markRejectionNoticed(tx, rejected.standingOrderId, rejected.occursOn);
        const order = await this.repository.find(tx, rejected.standingOrderId, { lock: true });
        if (order?.status !== 'active') continue;
        const why = (rejected.reasons ?? []).map((line) => `${line.productId} ${line.reason}`).join(', ');
        await this.pause(
          tx,
          order,
          rejected.occursOn,
          rejected.orderId,
          `order ${rejected.orderId} for ${rejected.occursOn} was rejected${why ? ` (${why})` : ''}`,
        );
        paused += 1;
      }
      return paused;
    });
  }

  /** Places every occurrence of one standing order due by `horizon`; returns how many orders it placed. */
  private async placeDue(
    tx: EntityManager,
    order: StandingOrder,
    today: string,
    horizon: string,
  ): Promise<number> {
    const cadence = cadenceOf(order);
    let next = order.nextOccurrenceOn;
    let placed = 0;
    while (next <= horizon && (!order.endsOn || next <= order.endsOn)) {
      const occursOn = next;
      next = occurrenceAfter(cadence, occursOn);
      try {
        const { body } = await this.orders.placeIn(
          tx,
          order.buyerId,
          occurrenceKey(order.id, occursOn),
          {
            lines: order.lines,
            deliveryAddress: order.deliveryAddress,
            // An occurrence placed late (the service was down past its day) is delivered as soon as possible.
            requestedDeliveryDate: occursOn < today ? today : occursOn,
          },
          { today },
        );
        await this.repository.recordOccurrence(tx, {
          standingOrderId: order.id,
          occursOn,
          orderId: body.id,
          problem: null,
          placedAt: this.clock.now(),
        });
        placed += 1;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        // Refused before anything was written (a product delisted since): the buyer decides what next.
        await this.repository.recordOccurrence(tx, {
          standingOrderId: order.id,
          occursOn,
          orderId: null,
          problem: error.message,
          placedAt: this.clock.now(),
        });
        await this.repository.update(tx, order.id, { nextOccurrenceOn: next });
        await this.pause(
          tx,
          order,
          occursOn,
          null,
          `the order for ${occursOn} was refused: ${error.message}`,
        );
        return placed;
      }
    }
    if (order.endsOn && next > order.endsOn) {
      await this.standingOrders.move(tx, order, 'end', { nextOccurrenceOn: next });
    } else {
      await this.repository.update(tx, order.id, { nextOccurrenceOn: next });
    }
    return placed;
  }

  private async pause(
    tx: EntityManager,
    order: StandingOrder,
    occurrenceOn: string,
    orderId: string | null,
    reason: string,
  ): Promise<void> {
    await this.standingOrders.move(
      tx,
      order,
      'pause',
      { pausedReason: reason },
      event(StandingOrderPaused, {
        standingOrderId: order.id,
        buyerId: order.buyerId,
        cause: 'rejection',
        occurrenceOn,
        orderId,
        reason,
        pausedAt: this.clock.now().toISOString(),
      }),
    );
  }
}
