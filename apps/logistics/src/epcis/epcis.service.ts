import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@hb/contracts';
import { Clock, NotFoundError } from '@hb/platform';
import { ShipmentLotsRepository, type TracedLot } from '../lots/shipment-lots.repository';
import type { ShipmentView } from '../shipments/shipment.dto';
import { ShipmentsService } from '../shipments/shipments.service';
import {
  epcisDocument,
  lotEvents,
  shipmentEvents,
  type EpcisEvent,
  type ShipmentStory,
  type TemperatureBucket,
} from './epcis-document';
import { NAMESPACE } from './epcis-identifiers';
import { EpcisRepository } from './epcis.repository';

const storyOf = (view: ShipmentView, buckets: TemperatureBucket[]): ShipmentStory => ({
  shipmentId: view.id,
  orderId: view.orderId,
  coldChainVerdict: view.coldChainVerdict,
  lots: view.lots.map((lot) => ({
    lotId: lot.lotId,
    productId: lot.productId,
    gtin: lot.gtin,
    quantity: lot.quantity,
  })),
  custody: view.custody.map((link, index) => ({
    seq: index + 1,
    type: link.type,
    at: new Date(link.at),
    location: link.location,
  })),
  buckets,
  excursions: view.excursions.map((excursion) => ({
    start: new Date(excursion.start),
    end: excursion.end ? new Date(excursion.end) : null,
    peakC: excursion.peakC,
  })),
});

/**
 * EPCIS 2.0 exports. Logistics answers them, lots included: it holds the custody steps and the
 * temperatures that make up most of a lot's story, and learns the lots (which shipments carry which,
 * harvest dates, recalls) from catalog's and orders' events, so a lot's document needs no call to
 * another service.
 */
@Injectable()
export class EpcisService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly lots: ShipmentLotsRepository,
    private readonly repository: EpcisRepository,
    private readonly clock: Clock,
  ) {}

  /** Who may read the shipment may read its document (404 otherwise, as for the shipment). */
  async shipmentDocument(caller: Principal, shipmentId: string): Promise<EpcisEvent> {
    const view = await this.shipments.get(caller, shipmentId);
    const buckets = await this.repository.buckets(this.dataSource.manager, [shipmentId]);
    return epcisDocument(
      `${NAMESPACE}:epcis:shipment:${shipmentId}`,
      shipmentEvents(storyOf(view, buckets.get(shipmentId) ?? [])),
      this.clock.now(),
    );
  }

  /** The lot's producer, an administrator or its county's official (404 for anyone else, or an unknown lot). */
  async lotDocument(caller: Principal, lotId: string): Promise<EpcisEvent> {
    const manager = this.dataSource.manager;
    const lot = await this.lots.tracedLot(manager, lotId);
    if (!lot || !(await this.canRead(manager, caller, lot))) throw new NotFoundError('lot', lotId);
    const carrying = await this.repository.shipments(
      manager,
      await this.lots.shipmentIdsCarrying(manager, lotId),
    );
    const views = await this.shipments.views(manager, carrying);
    const buckets = await this.repository.buckets(
      manager,
      views.map((view) => view.id),
    );
    return epcisDocument(
      `${NAMESPACE}:epcis:lot:${lotId}`,
      lotEvents({
        lot: {
          lotId,
          productId: lot.productId,
          gtin: lot.gtin,
          producerId: lot.producerId,
          harvestedOn: lot.harvestedOn,
        },
        recall: lot.recall,
        shipments: views.map((view) => storyOf(view, buckets.get(view.id) ?? [])),
      }),
      this.clock.now(),
    );
  }

  private async canRead(manager: EntityManager, caller: Principal, lot: TracedLot): Promise<boolean> {
    switch (caller.role) {
      case 'admin':
        return true;
      case 'producer':
        return caller.organisationId === lot.producerId;
      case 'county_official':
        return this.repository.producerInCounty(manager, lot.producerId, caller.organisationId);
      default:
        return false;
    }
  }
}
