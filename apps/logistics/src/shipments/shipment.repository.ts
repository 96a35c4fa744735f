import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal, ShipmentStatus } from '@hb/contracts';
import { createdAtText, creationKey, creationPosition, pageOf, type Page } from '@hb/platform';
import { CustodyEvent } from '../custody/custody-event.entity';
import { visibleTo } from './shipment-access';
import { Shipment } from './shipment.entity';

export interface ShipmentFilter {
  readonly orderId?: string;
  readonly status?: ShipmentStatus;
  readonly operatorId?: string;
  /** Only shipments carrying this harvest lot. */
  readonly lotId?: string;
}

/** Shipments, their custody events and the producers' counties; every statement runs in the caller's transaction. */
@Injectable()
export class ShipmentRepository {
  /** The shipment if the caller may see it (shipment-access.ts `visibleTo`). */
  async findVisible(tx: EntityManager, caller: Principal, id: string): Promise<Shipment | null> {
    const visible = visibleTo(caller, 's');
    return tx
      .createQueryBuilder(Shipment, 's')
      .where('s.id = :id', { id })
      .andWhere(visible.where, visible.params)
      .getOne();
  }

  /** Oldest first, keyset on (created_at, id), as far as the caller may see. */
  async page(
    tx: EntityManager,
    caller: Principal,
    filter: ShipmentFilter,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<Shipment>> {
    const visible = visibleTo(caller, 's');
    const builder = tx
      .createQueryBuilder(Shipment, 's')
      .addSelect(createdAtText('s.created_at'), 'position')
      .where(visible.where, visible.params)
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit + 1);
    if (filter.orderId) builder.andWhere('s.order_id = :orderId', { orderId: filter.orderId });
    if (filter.status) builder.andWhere('s.status = :status', { status: filter.status });
    if (filter.operatorId) builder.andWhere('s.operator_id = :operatorId', { operatorId: filter.operatorId });
    if (filter.lotId)
      builder.andWhere('s.id IN (SELECT sl.shipment_id FROM shipment_lots sl WHERE sl.lot_id = :lotId)', {
        lotId: filter.lotId,
      });
    if (cursor) {
      builder.andWhere(
        '(s.created_at, s.id) > (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))',
        creationPosition(cursor),
      );
    }
    const { entities, raw } = await builder.getRawAndEntities<{ position: string }>();
    return pageOf(
      entities.map((shipment, index) => ({ shipment, createdAtText: raw[index].position, id: shipment.id })),
      limit,
      creationKey,
      (row) => row.shipment,
    );
  }

  /** Custody events of shipments, in order. */
  async custodyOf(tx: EntityManager, shipmentIds: readonly string[]): Promise<CustodyEvent[]> {
    return tx
      .createQueryBuilder(CustodyEvent, 'c')
      .where('c.shipment_id = ANY(:ids)', { ids: shipmentIds })
      .orderBy('c.seq', 'ASC')
      .getMany();
  }

  /** Writes a new shipment; its id, or null when a conflicting row exists already (nothing written). */
  async insertIfNew(
    tx: EntityManager,
    shipment: Omit<Shipment, 'createdAt' | 'updatedAt'>,
  ): Promise<string | null> {
    const inserted = await tx
      .createQueryBuilder()
      .insert()
      .into(Shipment)
      .values(shipment)
      .orIgnore()
      .returning(['id'])
      .updateEntity(false)
      .execute();
    return (inserted.raw as { id: string }[])[0]?.id ?? null;
  }

  async recordProducerCounty(tx: EntityManager, producerId: string, countyCode: string): Promise<void> {
    await tx.query(
      `INSERT INTO producer_counties (producer_id, county_code) VALUES ($1, $2)
       ON CONFLICT (producer_id) DO UPDATE SET county_code = EXCLUDED.county_code`,
      [producerId, countyCode],
    );
  }
}
