import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { LotRecalled, type Principal } from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import { Clock, NotFoundError } from '@hb/platform';
import { StockLevels } from '../stock/stock-levels';
import { StockReservationsService } from '../stock/stock-reservations.service';
import { LotAlreadyRecalled } from './lot-recall.errors';
import { LotTraceRepository, type LotReservationRow, type TracedLotRow } from './lot-trace.repository';
import {
  toTracedLotView,
  type LotRecallResult,
  type LotTraceView,
  type RecallLotRequest,
  type TraceReservationStatus,
} from './lot-trace.dto';

/** Who reads a lot's trace: its producer, an administrator, the official of the producer's county. */
export function canTrace(caller: Principal, lot: Pick<TracedLotRow, 'producer_id' | 'county_code'>): boolean {
  switch (caller.role) {
    case 'admin':
      return true;
    case 'producer':
      return caller.organisationId === lot.producer_id;
    case 'county_official':
      return caller.organisationId === lot.county_code;
    default:
      return false;
  }
}

/** Who recalls a lot: its producer or an administrator. */
export const canRecall = (caller: Principal, lot: Pick<TracedLotRow, 'producer_id'>): boolean =>
  caller.role === 'admin' || (caller.role === 'producer' && caller.organisationId === lot.producer_id);

const statusOf = (row: LotReservationRow): TraceReservationStatus =>
  row.state === 'reserved' ? (row.confirmed_at ? 'confirmed' : 'reserved') : row.state;

/**
 * A harvest lot's trace (the orders it was reserved for) and its recall: what is left is blocked, the
 * orders not yet confirmed lose their reservation (whole: an order is reserved all or nothing) and
 * `catalog.lot.recalled.v1` tells orders and logistics, who find the rest by the lot's id.
 */
@Injectable()
export class LotTraceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: LotTraceRepository,
    private readonly reservations: StockReservationsService,
    private readonly stockLevels: StockLevels,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async trace(caller: Principal, lotId: string): Promise<LotTraceView> {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const lot = await this.visibleLot(tx, caller, lotId, canTrace);
      const reservations = await this.repository.reservationsOf(tx, lotId);
      return {
        lot: toTracedLotView(lot),
        reservations: reservations.map((row) => ({
          orderId: row.order_id,
          buyerId: row.buyer_id,
          quantity: row.quantity,
          status: statusOf(row),
        })),
      };
    });
  }

  async recall(caller: Principal, lotId: string, request: RecallLotRequest): Promise<LotRecallResult> {
    return this.dataSource.transaction(async (tx) => {
      const found = await this.visibleLot(tx, caller, lotId, canRecall);
      await this.repository.lockLotsOf(tx, [
        found.product_id,
        ...(await this.repository.productsOfUnconfirmedOrdersHolding(tx, lotId)),
      ]);
      const lot = (await this.repository.find(tx, lotId))!;
      if (lot.recalled_at) throw new LotAlreadyRecalled(lotId, lot.recalled_at.toISOString());

      const at = this.clock.now();
      await this.repository.markRecalled(tx, lotId, { class: request.class, reason: request.reason, at });
      const released = await this.repository.unconfirmedOrdersHolding(tx, lotId);
      for (const orderId of released) await this.reservations.release(tx, orderId, lotId);
      const recalled = (await this.repository.find(tx, lotId))!;
      await this.outbox.append(
        tx,
        event(LotRecalled, {
          lotId,
          productId: recalled.product_id,
          producerId: recalled.producer_id,
          countyCode: recalled.county_code,
          ...(recalled.gtin && { gtin: recalled.gtin }),
          harvestedOn: recalled.harvested_on,
          expiresOn: recalled.expires_on,
          class: request.class,
          reason: request.reason,
          blockedQuantity: recalled.blocked,
          releasedOrders: released.length,
          recalledAt: at.toISOString(),
        }),
      );
      if (released.length === 0) await this.stockLevels.announce(tx, [recalled.product_id]);
      return { lot: toTracedLotView(recalled), releasedOrderIds: released };
    });
  }

  async orderConfirmed(tx: EntityManager, orderId: string, at: Date): Promise<void> {
    await this.repository.markConfirmed(tx, orderId, at);
  }

  private async visibleLot(
    tx: EntityManager,
    caller: Principal,
    lotId: string,
    allowed: (caller: Principal, lot: TracedLotRow) => boolean,
  ): Promise<TracedLotRow> {
    const lot = await this.repository.find(tx, lotId);
    if (!lot || !allowed(caller, lot)) throw new NotFoundError('lot', lotId);
    return lot;
  }
}
