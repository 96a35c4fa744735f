import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@hb/contracts';
import { NotFoundError, RequestValidationError } from '@hb/platform';
import { ColdChainLedger } from '../cold-chain/cold-chain.ledger';
import { EMPTY_COLD_CHAIN_STATE, summarise } from '../cold-chain/excursions';
import { canSee } from '../shipments/shipment-access';
import { profileOf, Shipment } from '../shipments/shipment.entity';
import { toExcursionView } from '../shipments/shipment.dto';
import { ReadingRepository } from '../telemetry/reading.repository';
import { parseBucket } from './bucket';
import type { TemperatureHistoryView } from './history.dto';

/** A chart has no use for more points than this; a finer bucket over a long trip is refused. */
export const MAX_BUCKETS = 5_000;

const hundredths = (value: number): number => Math.round(value * 100) / 100;

/** A shipment's temperature series downsampled for charts, with its excursions and MKT. */
@Injectable()
export class HistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly coldChain: ColdChainLedger,
    private readonly readings: ReadingRepository,
  ) {}

  async temperature(
    caller: Principal,
    shipmentId: string,
    bucketText: string,
  ): Promise<TemperatureHistoryView> {
    const bucket = parseBucket(bucketText);
    const manager = this.dataSource.manager;
    const shipment = await manager.findOneBy(Shipment, { id: shipmentId });
    if (!shipment || !canSee(caller, shipment)) throw new NotFoundError('shipment', shipmentId);

    const rows = await this.readings.buckets(manager, shipmentId, bucket.interval, MAX_BUCKETS + 1);
    if (rows.length > MAX_BUCKETS) {
      throw new RequestValidationError([
        {
          field: 'bucket',
          messages: [
            `bucket ${bucket.label} gives more than ${MAX_BUCKETS} points for this trip; choose a coarser one`,
          ],
        },
      ]);
    }
    const excursions = await this.coldChain.excursionsOf(manager, [shipmentId]);
    const states = await this.coldChain.statesOf(manager, [shipmentId]);
    const profile = profileOf(shipment);
    const summary = summarise(states.get(shipmentId) ?? EMPTY_COLD_CHAIN_STATE, profile);
    return {
      shipmentId,
      bucket: bucket.label,
      coldChainProfile: profile,
      buckets: rows.map((row) => ({
        start: row.start.toISOString(),
        minC: row.min_c,
        maxC: row.max_c,
        meanC: hundredths(row.mean_c),
        readings: row.readings,
      })),
      excursions: (excursions.get(shipmentId) ?? []).map(toExcursionView),
      mktC: summary?.figures.mktC ?? null,
    };
  }
}
