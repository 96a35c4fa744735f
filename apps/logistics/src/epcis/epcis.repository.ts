import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Shipment } from '../shipments/shipment.entity';
import type { TemperatureBucket } from './epcis-document';

/** Hour-long buckets: enough to show a trip's temperature in a document meant to be exchanged, not charted. */
export const EPCIS_BUCKET = '1 hour';

/** The SQL behind EPCIS exports; each statement takes the caller's manager. */
@Injectable()
export class EpcisRepository {
  async buckets(
    manager: EntityManager,
    shipmentIds: readonly string[],
  ): Promise<Map<string, TemperatureBucket[]>> {
    const rows =
      shipmentIds.length === 0
        ? []
        : await manager.query<
            { shipment_id: string; start: Date; min_c: number; max_c: number; mean_c: number }[]
          >(
            `SELECT shipment_id, date_bin($2::interval, recorded_at, TIMESTAMPTZ '2000-01-01T00:00:00Z') AS start,
                    min(temperature_c) AS min_c, max(temperature_c) AS max_c, avg(temperature_c) AS mean_c
               FROM temperature_readings
              WHERE shipment_id = ANY($1::uuid[])
              GROUP BY 1, 2
              ORDER BY 1, 2`,
            [shipmentIds, EPCIS_BUCKET],
          );
    const byShipment = new Map<string, TemperatureBucket[]>();
    for (const row of rows) {
      const buckets = byShipment.get(row.shipment_id) ?? [];
      buckets.push({
        start: row.start,
        end: new Date(row.start.getTime() + 3_600_000),
        minC: row.min_c,
        maxC: row.max_c,
        meanC: Math.round(row.mean_c * 100) / 100,
      });
      byShipment.set(row.shipment_id, buckets);
    }
    return byShipment;
  }

  shipments(manager: EntityManager, ids: readonly string[]): Promise<Shipment[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(Shipment, 's')
      .where('s.id = ANY(:ids)', { ids })
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  /** Whether a county official's county is the producer's (from catalog's producer events). */
  async producerInCounty(manager: EntityManager, producerId: string, countyCode: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM producer_counties WHERE producer_id = $1 AND county_code = $2`,
      [producerId, countyCode],
    );
    return rows.length > 0;
  }
}
