import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal, TelemetryReading } from '@hb/contracts';
import { Clock, NotFoundError } from '@hb/platform';
import { ColdChainLedger, type ShipmentUnderWatch } from '../cold-chain/cold-chain.ledger';
import type { Reading } from '../cold-chain/excursions';
import { assertHolds } from '../shipments/shipment-access';
import { isInTheFuture } from '../timestamps';
import {
  ReadingRepository,
  type InsertResult,
  type LockedShipmentRow,
  type RowVersion,
} from './reading.repository';
import { ReadingsInTheFuture, ShipmentTakesNoReadings } from './telemetry.errors';

export type ReadingSource = 'http' | 'device';

export interface IngestReceipt {
  received: number;
  stored: number;
  duplicates: number;
  afterDelivery: number;
}

const MAX_PROBLEMS_LISTED = 10;

/** How many shipments' rows the device path remembers between batches (forgotten all at once beyond). */
const REMEMBERED_SHIPMENTS = 10_000;

/** A logger's repeated reading within one batch counts once: the first, as the INSERT keeps the first. */
function firstOfEach(trip: readonly { reading: TelemetryReading; at: number }[]): Reading[] {
  const seen = new Map<string, Set<number>>();
  const readings: Reading[] = [];
  for (const { reading, at } of trip) {
    let times = seen.get(reading.deviceId);
    if (!times) seen.set(reading.deviceId, (times = new Set()));
    if (times.has(at)) continue;
    times.add(at);
    readings.push({ deviceId: reading.deviceId, at, temperatureC: reading.temperatureC });
  }
  return readings;
}

/**
 * Stores temperature readings in batches — one multi-row INSERT … SELECT FROM unnest per batch, the
 * duplicate check done by the primary key (ON CONFLICT DO NOTHING) — and feeds what was new to the
 * cold-chain ledger in the same transaction. A batch is all or nothing. Device time is kept to the
 * millisecond, as `Date.parse` reads it, so that the database and the fold agree on what a repeat
 * is (loggers measure every few seconds at most). Per batch: the shipment row
 * lock with its state, then one statement that inserts and saves the new state, then excursions and
 * events only when there are some.
 *
 * A logger's batches come one after another from its partition, so the device path remembers each
 * shipment as its last batch left it (row, state and the rows' versions) and plans the next batch
 * on that: one statement then locks the rows, checks that neither changed since (same versions:
 * no upload, delivery, cancellation or re-analysis in between, no rolled-back batch), inserts and
 * saves the state. When something did change it writes nothing and the batch takes the path above.
 */
@Injectable()
export class TelemetryIngestService {
  /** Shipments as the device path's last batch left them (see above); any may be stale. */
  private readonly remembered = new Map<string, LockedShipmentRow>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly coldChain: ColdChainLedger,
    private readonly readings: ReadingRepository,
    private readonly clock: Clock,
  ) {}

  /** An operator's upload for a shipment it holds. */
  async postReadings(
    caller: Principal,
    shipmentId: string,
    readings: TelemetryReading[],
  ): Promise<IngestReceipt> {
    return this.dataSource.transaction(async (tx) => {
      const shipment = await this.readings.lockShipment(tx, shipmentId);
      assertHolds(
        caller,
        shipment && {
          id: shipment.id,
          buyerId: shipment.buyer_id,
          producerId: shipment.producer_id,
          operatorId: shipment.operator_id,
        },
        shipmentId,
        'post readings for',
      );
      return (await this.ingest(tx, shipment!, readings, 'http'))!;
    });
  }

  /** A logger's batch from Kafka, in the consumer's transaction; anything refused is dead-lettered. */
  async recordDeviceBatch(
    tx: EntityManager,
    shipmentId: string,
    readings: TelemetryReading[],
  ): Promise<IngestReceipt> {
    const known = this.remembered.get(shipmentId);
    this.remembered.delete(shipmentId);
    if (known) {
      const receipt = await this.ingest(tx, known, readings, 'device', known.version);
      if (receipt) return receipt;
    }
    const shipment = await this.readings.lockShipment(tx, shipmentId);
    if (!shipment) throw new NotFoundError('shipment', shipmentId);
    return (await this.ingest(tx, shipment, readings, 'device'))!;
  }

  /** Keeps a shipment as a batch left it, for the next batch of its logger. */
  private remember(shipment: LockedShipmentRow): void {
    if (this.remembered.size >= REMEMBERED_SHIPMENTS) this.remembered.clear();
    this.remembered.set(shipment.id, shipment);
  }

  /**
   * Stores a batch for a shipment locked by this transaction, or, given the `unlockedAt` versions
   * it was read at, for a shipment read earlier: then null, with nothing written, if its rows have
   * changed since.
   */
  private async ingest(
    tx: EntityManager,
    shipment: LockedShipmentRow,
    readings: readonly TelemetryReading[],
    source: ReadingSource,
    unlockedAt?: RowVersion,
  ): Promise<IngestReceipt | null> {
    if (shipment.status === 'cancelled') {
      throw new ShipmentTakesNoReadings(shipment.id);
    }
    const times = readings.map((reading) => Date.parse(reading.recordedAt));
    this.refuseFutureReadings(readings, times);
    // A logger left running at the buyer's after delivery says nothing about the trip.
    const trip = readings.flatMap((reading, index) =>
      shipment.delivered_ms === null || times[index] <= shipment.delivered_ms
        ? [{ reading, at: times[index] }]
        : [],
    );
    const receipt = {
      received: readings.length,
      stored: 0,
      duplicates: 0,
      afterDelivery: readings.length - trip.length,
    };
    // Nothing to store: the answer rests on the delivery time, so only a locked one gives it.
    if (trip.length === 0) return unlockedAt ? null : receipt;

    const watched: ShipmentUnderWatch = {
      id: shipment.id,
      orderId: shipment.order_id,
      producerId: shipment.producer_id,
      profile: { minC: shipment.min_c, maxC: shipment.max_c, maxDwellMinutes: shipment.max_dwell_minutes },
    };
    // The state after this batch, computed before writing it on the assumption that every reading
    // is new, is saved by the INSERT's own statement when that holds (the common case, one round
    // trip); otherwise the readings really stored are applied afterwards.
    const fresh = firstOfEach(trip);
    const planned = this.coldChain.prepare(watched, shipment.state, fresh);
    const tripReadings = trip.map(({ reading }) => reading);
    let result: InsertResult;
    if (unlockedAt) {
      // Late readings need the stored ones (a re-analysis), under the lock.
      if (!planned) return null;
      const guarded = await this.readings.lockAndStore(
        tx,
        unlockedAt,
        shipment.id,
        source,
        tripReadings,
        planned.state,
        fresh.length,
      );
      if (!guarded) return null;
      result = guarded;
    } else {
      result = await this.readings.store(
        tx,
        shipment.id,
        source,
        tripReadings,
        planned?.state ?? null,
        fresh.length,
      );
    }
    if (result.saved) {
      await this.coldChain.persist(tx, shipment.id, planned!, { stateSaved: true });
      if (source === 'device') {
        this.remember({
          ...shipment,
          state: planned!.state,
          version: { shipment: shipment.version.shipment, state: result.state_version! },
        });
      }
    } else {
      const stored = (result.readings ?? []).map(([deviceId, at, temperatureC]) => ({
        deviceId,
        at,
        temperatureC,
      }));
      await this.coldChain.apply(tx, watched, shipment.state, stored);
    }
    return { ...receipt, stored: result.stored, duplicates: trip.length - result.stored };
  }

  private refuseFutureReadings(readings: readonly TelemetryReading[], times: readonly number[]): void {
    const now = this.clock.now().getTime();
    const problems = times.flatMap((time, index) =>
      isInTheFuture(time, now)
        ? [`readings.${index}.recordedAt: ${readings[index].recordedAt} is in the future`]
        : [],
    );
    if (problems.length === 0) return;
    throw new ReadingsInTheFuture(problems, MAX_PROBLEMS_LISTED);
  }
}
