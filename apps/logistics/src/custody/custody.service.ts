import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ShipmentClaimed,
  ShipmentCustodyChanged,
  ShipmentDelivered,
  ShipmentPickedUp,
  type Principal,
  type ShipmentMovedData,
} from '@hb/contracts';
import { event, Outbox, type NewEvent } from '@hb/messaging';
import { Clock, NotFoundError } from '@hb/platform';
import { ColdChainLedger } from '../cold-chain/cold-chain.ledger';
import { summarise } from '../cold-chain/excursions';
import { assertHolds, canSee } from '../shipments/shipment-access';
import type { ShipmentView } from '../shipments/shipment.dto';
import { profileOf, Shipment } from '../shipments/shipment.entity';
import { nextShipmentStatus } from '../shipments/shipment-status';
import { ShipmentsService } from '../shipments/shipments.service';
import { isInTheFuture } from '../timestamps';
import { CustodyEvent } from './custody-event.entity';
import type { CustodyEventRequest } from './custody.dto';
import {
  CustodyMoveInFuture,
  CustodyMoveOutOfOrder,
  NoColdChainEvidence,
  ShipmentAlreadyClaimed,
  ShipmentNotClaimable,
} from './custody.errors';

/** Operators take shipments on and move them along, link by link of the chain of custody. */
@Injectable()
export class CustodyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly shipments: ShipmentsService,
    private readonly coldChain: ColdChainLedger,
    private readonly clock: Clock,
  ) {}

  /**
   * The first operator to claim a shipment waiting for pick-up holds it. Claiming it again is a 409;
   * for any other operator it is then out of sight, a 404 as for reading it.
   */
  async claim(caller: Principal, id: string): Promise<ShipmentView> {
    return this.dataSource.transaction(async (tx) => {
      const shipment = await this.shipments.lock(tx, id);
      if (!shipment || !canSee(caller, shipment)) throw new NotFoundError('shipment', id);
      if (shipment.operatorId !== null) {
        throw new ShipmentAlreadyClaimed(id);
      }
      if (shipment.status !== 'created') {
        throw new ShipmentNotClaimable(id, shipment.status);
      }
      const claimedAt = this.clock.now();
      await tx.update(Shipment, { id }, { operatorId: caller.organisationId, claimedAt });
      Object.assign(shipment, { operatorId: caller.organisationId, claimedAt });
      await this.outbox.append(
        tx,
        event(ShipmentClaimed, {
          shipmentId: id,
          orderId: shipment.orderId,
          producerId: shipment.producerId,
          operatorId: caller.organisationId,
          at: claimedAt.toISOString(),
        }),
      );
      return this.shipments.view(tx, shipment);
    });
  }

  /**
   * Moves a shipment to its next status (the table decides; 409 otherwise) and records the link of
   * custody. Delivery decides the cold-chain verdict from every reading stored so far; without a
   * single reading there is no evidence to decide on, so it is refused (a handheld probe reading
   * posted at the door is enough).
   */
  async move(caller: Principal, id: string, request: CustodyEventRequest): Promise<ShipmentView> {
    return this.dataSource.transaction(async (tx) => {
      const shipment = await this.shipments.lock(tx, id);
      assertHolds(caller, shipment, id, 'move');
      const held = shipment!;
      const from = held.status;
      const actor = request.type === 'held' && held.recalledAt !== null ? 'recalled' : 'operator';
      const to = nextShipmentStatus(from, request.type, actor);
      const at = new Date(request.at);
      const previous = await this.lastLink(tx, id);
      this.checkChronology(at, previous);

      const link = tx.create(CustodyEvent, {
        shipmentId: id,
        seq: (previous?.seq ?? 0) + 1,
        fromStatus: from,
        toStatus: to,
        at,
        location: request.location,
        handedOverBy: request.handedOverBy,
        receivedBy: request.receivedBy,
        operatorId: caller.organisationId,
        recordedBy: caller.subject,
      });
      await tx.insert(CustodyEvent, link);

      const moved: ShipmentMovedData = {
        shipmentId: id,
        orderId: held.orderId,
        producerId: held.producerId,
        at: at.toISOString(),
        operatorId: caller.organisationId,
        location: request.location,
        handedOverBy: request.handedOverBy,
        receivedBy: request.receivedBy,
      };
      const changes: Partial<Shipment> = { status: to };
      let announcement: NewEvent;
      if (to === 'delivered') {
        const summary = summarise(await this.coldChain.stateOf(tx, id), profileOf(held));
        if (!summary) {
          throw new NoColdChainEvidence(id);
        }
        Object.assign(changes, {
          coldChainVerdict: summary.verdict,
          deliveredFigures: summary.figures,
          deliveredAt: at,
        });
        announcement = event(
          ShipmentDelivered,
          { ...moved, coldChainVerdict: summary.verdict, figures: { ...summary.figures } },
          at,
        );
      } else if (to === 'picked_up') {
        announcement = event(ShipmentPickedUp, moved, at);
      } else {
        announcement = event(ShipmentCustodyChanged, { ...moved, from, status: to }, at);
      }
      await tx.update(Shipment, { id }, changes);
      Object.assign(held, changes);
      await this.outbox.append(tx, announcement);
      return this.shipments.view(tx, held);
    });
  }

  private lastLink(tx: EntityManager, shipmentId: string): Promise<CustodyEvent | null> {
    return tx.findOne(CustodyEvent, { where: { shipmentId }, order: { seq: 'DESC' } });
  }

  private checkChronology(at: Date, previous: CustodyEvent | null): void {
    if (isInTheFuture(at.getTime(), this.clock.now().getTime())) {
      throw new CustodyMoveInFuture(at.toISOString());
    }
    if (previous && at < previous.at) {
      throw new CustodyMoveOutOfOrder(at.toISOString(), previous.toStatus, previous.at.toISOString());
    }
  }
}
