import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@hb/contracts';
import { DEFAULT_PAGE_SIZE, NotFoundError, type Page } from '@hb/platform';
import { ColdChainLedger } from '../cold-chain/cold-chain.ledger';
import { EMPTY_COLD_CHAIN_STATE, summarise } from '../cold-chain/excursions';
import { ShipmentLotsRepository } from '../lots/shipment-lots.repository';
import { canSee } from './shipment-access';
import { toExcursionView, type ListShipmentsQuery, type ShipmentView } from './shipment.dto';
import { profileOf, Shipment } from './shipment.entity';
import { ShipmentRepository } from './shipment.repository';

/** What a county official reads of a shipment: the buyer's delivery address is none of its business. */
const withoutBuyerAddress = (view: ShipmentView): ShipmentView => ({ ...view, deliveryAddress: null });

/** Reading shipments, as their parties may see them, with custody, excursions and cold-chain figures. */
@Injectable()
export class ShipmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly coldChain: ColdChainLedger,
    private readonly lots: ShipmentLotsRepository,
    private readonly shipments: ShipmentRepository,
  ) {}

  async get(caller: Principal, id: string): Promise<ShipmentView> {
    const manager = this.dataSource.manager;
    if (caller.role === 'county_official') {
      const shipment = await this.shipments.findVisible(manager, caller, id);
      if (!shipment) throw new NotFoundError('shipment', id);
      return withoutBuyerAddress(await this.view(manager, shipment));
    }
    const shipment = await manager.findOneBy(Shipment, { id });
    if (!shipment || !canSee(caller, shipment)) throw new NotFoundError('shipment', id);
    return this.view(manager, shipment);
  }

  /** Oldest first (operators take on the longest-waiting shipments first), keyset on (created_at, id). */
  async list(caller: Principal, query: ListShipmentsQuery): Promise<Page<ShipmentView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const manager = this.dataSource.manager;
    const page = await this.shipments.page(
      manager,
      caller,
      { orderId: query.orderId, status: query.status, operatorId: query.operatorId, lotId: query.lotId },
      query.cursor,
      limit,
    );
    const items = await this.views(manager, page.items);
    return {
      items: caller.role === 'county_official' ? items.map(withoutBuyerAddress) : items,
      nextCursor: page.nextCursor,
    };
  }

  /** The shipment with its row locked for the rest of the transaction; null if unknown. */
  lock(tx: EntityManager, id: string): Promise<Shipment | null> {
    return tx.findOne(Shipment, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async view(manager: EntityManager, shipment: Shipment): Promise<ShipmentView> {
    const [view] = await this.views(manager, [shipment]);
    return view;
  }

  /** Views of several shipments, with four more queries whatever their number. */
  async views(manager: EntityManager, shipments: readonly Shipment[]): Promise<ShipmentView[]> {
    const ids = shipments.map((shipment) => shipment.id);
    const custody = ids.length === 0 ? [] : await this.shipments.custodyOf(manager, ids);
    const excursions = await this.coldChain.excursionsOf(manager, ids);
    const states = await this.coldChain.statesOf(manager, ids);
    const lots = await this.lots.lotsOf(manager, ids);
    return shipments.map((shipment) => {
      const profile = profileOf(shipment);
      const live = summarise(states.get(shipment.id) ?? EMPTY_COLD_CHAIN_STATE, profile);
      return {
        id: shipment.id,
        orderId: shipment.orderId,
        buyerId: shipment.buyerId,
        producerId: shipment.producerId,
        operatorId: shipment.operatorId,
        status: shipment.status,
        coldChainProfile: profile,
        lines: shipment.lines,
        lots: lots
          .filter((lot) => lot.shipmentId === shipment.id)
          .map(({ lotId, productId, quantity, harvestedOn, expiresOn, gtin }) => ({
            lotId,
            productId,
            quantity,
            harvestedOn,
            expiresOn,
            gtin,
          })),
        recalled: shipment.recalledAt !== null,
        deliveryAddress: shipment.deliveryAddress,
        requestedDeliveryDate: shipment.requestedDeliveryDate,
        custody: custody
          .filter((link) => link.shipmentId === shipment.id)
          .map((link) => ({
            type: link.toStatus,
            from: link.fromStatus,
            at: link.at.toISOString(),
            location: link.location,
            handedOverBy: link.handedOverBy,
            receivedBy: link.receivedBy,
            operatorId: link.operatorId,
            recordedAt: link.recordedAt.toISOString(),
          })),
        coldChainVerdict: shipment.coldChainVerdict,
        coldChainFigures: shipment.deliveredFigures ?? live?.figures ?? null,
        excursions: (excursions.get(shipment.id) ?? []).map(toExcursionView),
        claimedAt: shipment.claimedAt?.toISOString() ?? null,
        deliveredAt: shipment.deliveredAt?.toISOString() ?? null,
        createdAt: shipment.createdAt.toISOString(),
      };
    });
  }
}
