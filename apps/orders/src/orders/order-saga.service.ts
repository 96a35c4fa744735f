import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  OrderConfirmed,
  OrderDelivered,
  OrderInTransit,
  OrderRejected,
  type ShipmentDeliveredData,
  type ShipmentMovedData,
  type ShipmentRef,
  type StockReservationRejectedData,
  type StockReservedData,
} from '@hb/contracts';
import { event } from '@hb/messaging';
import { Clock } from '@hb/platform';
import { OrderLotsRepository, type LineLot } from '../recalls/order-lots.repository';
import { RecallMarks } from '../recalls/recall-marks';
import { OrderLifecycle } from './order-lifecycle';
import { OrderShipment } from './order-shipment.entity';
import { ORDER_SHIPMENT_LIFECYCLE, type OrderShipmentTrigger } from './order-shipment-status';
import { canTransition, type OrderTrigger } from './order-status';
import { Order } from './order.entity';
import { OrderRepository, type LineProduct } from './order.repository';

/** The product's GTIN for a confirmed line, left out for a product without one. */
const gtinOf = (product: LineProduct | undefined): { gtin?: string } =>
  product?.gtin ? { gtin: product.gtin } : {};

/**
 * The orders side of the saga (choreography): reacts to catalog's stock decisions and logistics'
 * shipments. A reaction that no longer fits the order (stock reserved for an order that timed out
 * and was cancelled) is logged and skipped: catalog releases that stock when it sees the cancellation.
 */
@Injectable()
export class OrderSagaService {
  private readonly logger = new Logger(OrderSagaService.name);

  constructor(
    private readonly lifecycle: OrderLifecycle,
    private readonly clock: Clock,
    private readonly lots: OrderLotsRepository,
    private readonly recalls: RecallMarks,
    private readonly orders: OrderRepository,
  ) {}

  /**
   * Confirms the order with the lots each line was reserved from; one of them recalled meanwhile
   * (catalog released the reservation, its release follows on the same partition) rejects it instead.
   */
  async stockReserved(tx: EntityManager, reserved: StockReservedData): Promise<void> {
    // The lots first, then the order, as a recall does (RecallMarks): see OrderLotsRepository.lockLots.
    const lotIds = reserved.lines.flatMap((line) => line.lots.map((lot) => lot.lotId));
    const locked = await this.orders.lock(tx, reserved.orderId, lotIds);
    const loaded = locked ? await this.orders.withLines(tx, reserved.orderId, { withProducts: true }) : null;
    if (!this.fits(reserved.orderId, loaded?.order ?? null, 'stockReserved')) return;
    const { order, products } = loaded!;
    const lineNoOf = new Map(order.lines.map((line) => [line.productId, line.lineNo]));
    const lineLots: LineLot[] = reserved.lines.flatMap((line) =>
      lineNoOf.has(line.productId)
        ? line.lots.map((lot) => ({
            orderId: order.id,
            lineNo: lineNoOf.get(line.productId)!,
            lotId: lot.lotId,
            quantity: lot.quantity,
            harvestedOn: lot.harvestedOn ?? null,
            expiresOn: lot.expiresOn,
          }))
        : [],
    );
    const recalled = await this.lots.recordLineLots(tx, lineLots);
    if (recalled.length > 0) {
      const recalledIds = new Set(recalled.map((lot) => lot.lotId));
      const reasons = this.recalls.rejectionReasons(
        order,
        lineLots.filter((lot) => recalledIds.has(lot.lotId)).map((lot) => lot.lineNo),
      );
      await this.lifecycle.move(
        tx,
        order,
        'recalled',
        { rejectionReasons: reasons },
        event(OrderRejected, { orderId: order.id, buyerId: order.buyerId, reasons }),
      );
      await this.recalls.orderReachedByRecalled(tx, order.id, recalled, this.clock.now());
      return;
    }
    await this.lifecycle.move(
      tx,
      order,
      'stockReserved',
      {},
      event(OrderConfirmed, {
        orderId: order.id,
        buyerId: order.buyerId,
        deliveryAddress: order.deliveryAddress,
        requestedDeliveryDate: order.requestedDeliveryDate,
        lines: order.lines.map((line) => ({
          productId: line.productId,
          producerId: line.producerId,
          quantity: line.quantity,
          coldChainProfile: products.get(line.productId)?.coldChainProfile ?? {
            minC: -10,
            maxC: 35,
            maxDwellMinutes: 1440,
          },
          ...gtinOf(products.get(line.productId)),
          lots: lineLots
            .filter((lot) => lot.lineNo === line.lineNo)
            .map((lot) => ({
              lotId: lot.lotId,
              quantity: lot.quantity,
              ...(lot.harvestedOn && { harvestedOn: lot.harvestedOn }),
              expiresOn: lot.expiresOn,
            })),
        })),
      }),
    );
  }

  async stockRejected(tx: EntityManager, rejected: StockReservationRejectedData): Promise<void> {
    const order = await this.orderFor(tx, rejected.orderId, 'stockRejected');
    if (!order) return;
    const reasons = rejected.reasons.map((reason) => ({ ...reason }));
    await this.lifecycle.move(
      tx,
      order,
      'stockRejected',
      { rejectionReasons: reasons },
      event(OrderRejected, { orderId: order.id, buyerId: order.buyerId, reasons }),
    );
  }

  /**
   * Records a shipment of an order; false (logged, nothing written) for an order this service does
   * not have: such an event fits nothing here, like a stock decision for an unknown order. (It used
   * to fail on the foreign key, be retried and be dead-lettered as a handler failure.)
   */
  async shipmentCreated(tx: EntityManager, shipment: ShipmentRef): Promise<boolean> {
    if (!(await tx.exists(Order, { where: { id: shipment.orderId } }))) {
      this.logger.warn({ msg: 'shipment of an unknown order; skipped', ...shipment });
      return false;
    }
    await this.orders.addShipment(tx, shipment);
    return true;
  }

  async shipmentPickedUp(tx: EntityManager, moved: ShipmentMovedData): Promise<void> {
    await this.recordShipment(tx, moved, 'pickedUp');
    const order = await this.orderFor(tx, moved.orderId, 'pickedUp', { quiet: true });
    if (!order) return;
    await this.lifecycle.move(
      tx,
      order,
      'pickedUp',
      {},
      event(OrderInTransit, { orderId: order.id, at: moved.at }),
    );
  }

  async shipmentDelivered(tx: EntityManager, delivered: ShipmentDeliveredData): Promise<void> {
    await this.recordShipment(tx, delivered, 'delivered', {
      coldChainVerdict: delivered.coldChainVerdict,
      figures: { ...delivered.figures },
    });
    const order = await this.orderFor(tx, delivered.orderId, 'allDelivered', { quiet: true });
    if (!order) return;
    // One shipment per producer origin: the order is delivered when every origin's shipment is.
    const origins = new Set(order.lines.map((line) => line.producerId));
    const shipments = await tx.find(OrderShipment, { where: { orderId: order.id } });
    const delivered_ = shipments.filter((shipment) => shipment.status === 'delivered');
    if (
      ![...origins].every((producerId) => delivered_.some((shipment) => shipment.producerId === producerId))
    )
      return;
    await this.lifecycle.move(
      tx,
      order,
      'allDelivered',
      { deliveredAt: this.clock.now() },
      event(OrderDelivered, {
        orderId: order.id,
        shipments: delivered_.map((shipment) => ({
          shipmentId: shipment.shipmentId,
          producerId: shipment.producerId,
          coldChainVerdict: shipment.coldChainVerdict!,
        })),
      }),
    );
  }

  async shipmentCancelled(tx: EntityManager, shipment: ShipmentRef): Promise<void> {
    await this.recordShipment(tx, shipment, 'cancelled');
  }

  private async recordShipment(
    tx: EntityManager,
    shipment: ShipmentRef,
    trigger: OrderShipmentTrigger,
    changes: Partial<OrderShipment> = {},
  ): Promise<void> {
    if (!(await this.shipmentCreated(tx, shipment))) return;
    const { status } = await tx.findOneByOrFail(OrderShipment, { shipmentId: shipment.shipmentId });
    if (!ORDER_SHIPMENT_LIFECYCLE.can(status, trigger)) {
      this.logger.warn({ msg: 'shipment event does not fit; skipped', ...shipment, status, trigger });
      return;
    }
    const next = ORDER_SHIPMENT_LIFECYCLE.next(status, trigger);
    await tx.update(OrderShipment, { shipmentId: shipment.shipmentId }, {
      ...changes,
      status: next,
    } as object);
  }

  private async orderFor(
    tx: EntityManager,
    orderId: string,
    trigger: OrderTrigger,
    { quiet = false } = {},
  ): Promise<Order | null> {
    const order = await this.lifecycle.lock(tx, orderId);
    return this.fits(orderId, order, trigger, { quiet }) ? order : null;
  }

  /** Whether the order is known and the trigger fits its status; logged when not. */
  private fits(
    orderId: string,
    order: Order | null,
    trigger: OrderTrigger,
    { quiet = false } = {},
  ): order is Order {
    if (!order) {
      this.logger.warn({ msg: 'event for an unknown order', orderId, trigger });
      return false;
    }
    if (!canTransition(order.status, trigger)) {
      if (!quiet)
        this.logger.warn({
          msg: 'event does not fit the order any more; skipped',
          orderId,
          status: order.status,
          trigger,
        });
      return false;
    }
    return true;
  }
}
