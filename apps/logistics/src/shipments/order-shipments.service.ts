import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  ShipmentCancelled,
  ShipmentCreated,
  type OrderCancelledData,
  type OrderConfirmedData,
} from '@hb/contracts';
import { event, Outbox, type NewEvent } from '@hb/messaging';
import { ColdChainLedger } from '../cold-chain/cold-chain.ledger';
import { isEmptyProfile } from '../cold-chain/profile';
import { ShipmentLotsRepository } from '../lots/shipment-lots.repository';
import { planShipments } from './shipment-plan';
import { nextShipmentStatus } from './shipment-status';
import { Shipment } from './shipment.entity';
import { ShipmentRepository } from './shipment.repository';

/**
 * The logistics steps of the order saga: a confirmed order gets one shipment per producer origin; a
 * cancelled one takes its shipments that have not been picked up with it (the compensation, beside
 * the step). Both are idempotent beyond the inbox: an order's shipments are created once, even if
 * OrderConfirmed comes again under a new event id.
 */
@Injectable()
export class OrderShipmentsService {
  private readonly logger = new Logger(OrderShipmentsService.name);

  constructor(
    private readonly outbox: Outbox,
    private readonly coldChain: ColdChainLedger,
    private readonly lots: ShipmentLotsRepository,
    private readonly shipments: ShipmentRepository,
  ) {}

  async createForOrder(tx: EntityManager, order: OrderConfirmedData): Promise<string[]> {
    const created: string[] = [];
    const events: NewEvent[] = [];
    for (const planned of planShipments(order.lines)) {
      if (isEmptyProfile(planned.profile)) {
        this.logger.warn({
          msg: 'the lines of one producer have no temperature range in common; every reading will be out of range',
          orderId: order.orderId,
          producerId: planned.producerId,
          profile: planned.profile,
        });
      }
      const shipmentId = await this.shipments.insertIfNew(tx, {
        id: randomUUID(),
        orderId: order.orderId,
        buyerId: order.buyerId,
        producerId: planned.producerId,
        operatorId: null,
        status: 'created',
        minC: planned.profile.minC,
        maxC: planned.profile.maxC,
        maxDwellMinutes: planned.profile.maxDwellMinutes,
        lines: planned.lines,
        deliveryAddress: order.deliveryAddress,
        requestedDeliveryDate: order.requestedDeliveryDate,
        coldChainVerdict: null,
        deliveredFigures: null,
        claimedAt: null,
        deliveredAt: null,
        recalledAt: null,
      });
      if (!shipmentId) continue;
      await this.coldChain.open(tx, shipmentId);
      await this.lots.record(
        tx,
        shipmentId,
        planned.producerId,
        order.lines
          .filter((line) => line.producerId === planned.producerId)
          .flatMap((line) =>
            (line.lots ?? []).map((lot) => ({ ...lot, productId: line.productId, gtin: line.gtin ?? null })),
          ),
      );
      created.push(shipmentId);
      events.push(
        event(ShipmentCreated, {
          shipmentId,
          orderId: order.orderId,
          producerId: planned.producerId,
          coldChainProfile: { ...planned.profile },
        }),
      );
    }
    await this.outbox.append(tx, ...events);
    return created;
  }

  /**
   * Shipments still waiting for pick-up are cancelled; one already on its way is left as it is. An
   * order rejected after its confirmation (a recalled lot) takes its shipments with it the same way.
   */
  async cancelForOrder(tx: EntityManager, cancelled: Pick<OrderCancelledData, 'orderId'>): Promise<string[]> {
    const shipments = await tx.find(Shipment, {
      where: { orderId: cancelled.orderId },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const cancelledIds: string[] = [];
    const events: NewEvent[] = [];
    for (const shipment of shipments) {
      if (shipment.status === 'cancelled') continue;
      if (shipment.status !== 'created') {
        this.logger.warn({
          msg: 'order cancelled after its shipment was picked up; the shipment goes on',
          orderId: cancelled.orderId,
          shipmentId: shipment.id,
          status: shipment.status,
        });
        continue;
      }
      const status = nextShipmentStatus(shipment.status, 'cancelled', 'order');
      await tx.update(Shipment, { id: shipment.id }, { status });
      cancelledIds.push(shipment.id);
      events.push(
        event(ShipmentCancelled, {
          shipmentId: shipment.id,
          orderId: shipment.orderId,
          producerId: shipment.producerId,
        }),
      );
    }
    await this.outbox.append(tx, ...events);
    return cancelledIds;
  }
}
