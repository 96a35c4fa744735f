import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Outbox, type NewEvent } from '@hb/messaging';
import { OrderLotsRepository, type LineLot, type OrderRecallRow } from '../recalls/order-lots.repository';
import { nextStatus, type OrderTrigger } from './order-status';
import { Order } from './order.entity';
import { OrderRepository, type LoadedOrder, type OrderChanges } from './order.repository';
import type { OrderView } from './order.dto';

/** Loads, moves and presents orders; every move goes through the transition table and announces itself. */
@Injectable()
export class OrderLifecycle {
  constructor(
    private readonly outbox: Outbox,
    private readonly lots: OrderLotsRepository,
    private readonly orders: OrderRepository,
  ) {}

  /** The order with its lines, its row locked for the rest of the transaction; null if unknown. */
  async lock(tx: EntityManager, orderId: string): Promise<Order | null> {
    if (!(await this.orders.lock(tx, orderId))) return null;
    return (await this.orders.withLines(tx, orderId))?.order ?? null;
  }

  /** Applies a trigger (409 if the table forbids it), saves the changes and appends the events. */
  async move(
    tx: EntityManager,
    order: Order,
    trigger: OrderTrigger,
    changes: Omit<OrderChanges, 'status'>,
    ...events: NewEvent[]
  ): Promise<Order> {
    const status = nextStatus(order.status, trigger);
    // The change and its events in one round trip.
    await this.outbox.appendWith(
      tx,
      [this.orders.updateStatement(order.id, { ...changes, status })],
      ...events,
    );
    Object.assign(order, changes, { status });
    return order;
  }

  /**
   * The view of an order placed in this transaction, from what placing it wrote: it has no
   * shipments, lots or recall yet, so nothing needs reading back.
   */
  viewOfPlaced(order: Order): OrderView {
    return this.present({ order, lines: order.lines, shipments: [] }, [], undefined);
  }

  async view(tx: EntityManager, order: Order): Promise<OrderView> {
    const [view] = await this.views(tx, await this.orders.load(tx, [order]));
    return view;
  }

  /** The views of orders loaded together: one query for their lots and one for their recalls. */
  async views(tx: EntityManager, loaded: readonly LoadedOrder[]): Promise<OrderView[]> {
    const orderIds = loaded.map(({ order }) => order.id);
    const lots = await this.lots.lotsOf(tx, orderIds);
    const recalls = await this.lots.recallsOf(tx, orderIds);
    return loaded.map((entry) =>
      this.present(
        entry,
        lots.filter((lot) => lot.orderId === entry.order.id),
        recalls.find((recall) => recall.order_id === entry.order.id),
      ),
    );
  }

  private present(
    { order, lines, shipments }: LoadedOrder,
    lots: readonly LineLot[],
    recall: OrderRecallRow | undefined,
  ): OrderView {
    return {
      id: order.id,
      buyerId: order.buyerId,
      status: order.status,
      lines: lines.map((line) => ({
        productId: line.productId,
        producerId: line.producerId,
        quantity: line.quantity,
        unitPriceCents: line.unitPriceCents,
        lineTotalCents: line.lineTotalCents,
        reliefEligible: line.reliefEligible,
        acceptedQuantity: line.acceptedQuantity,
        coldChainVerdict: line.coldChainVerdict,
        overrideReason: line.overrideReason,
        emergencySaleId: line.emergencySaleId,
        recalledQuantity: line.recalledQuantity,
        lots: lots
          .filter((lot) => lot.lineNo === line.lineNo)
          .map(({ lotId, quantity, harvestedOn, expiresOn }) => ({
            lotId,
            quantity,
            harvestedOn,
            expiresOn,
          })),
      })),
      totalCents: order.totalCents,
      refundCents: order.refundCents,
      rejectionReasons: order.rejectionReasons,
      cancelReason: order.cancelReason,
      deliveryAddress: order.deliveryAddress,
      requestedDeliveryDate: order.requestedDeliveryDate,
      shipments: shipments.map((shipment) => ({
        shipmentId: shipment.shipmentId,
        producerId: shipment.producerId,
        status: shipment.status,
        coldChainVerdict: shipment.coldChainVerdict,
      })),
      placedAt: order.placedAt.toISOString(),
      deliveredAt: order.deliveredAt?.toISOString() ?? null,
      acceptedAt: order.acceptedAt?.toISOString() ?? null,
      settledBy: order.settledBy,
      resolution: order.resolution,
      resolutionNote: order.resolutionNote,
      recall: recall
        ? {
            lotId: recall.lot_id,
            class: recall.class,
            reason: recall.reason,
            at: recall.recalled_at.toISOString(),
          }
        : null,
    };
  }
}
