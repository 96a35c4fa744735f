import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal, TelemetryReading } from '@hb/contracts';
import { Clock, NotFoundError } from '@hb/platform';
import {
  ColdChainLedger,
  type ColdChainOutcome,
  type ShipmentUnderWatch,
} from '../cold-chain/cold-chain.ledger';
import { assertHolds } from '../shipments/shipment-access';
import { isInTheFuture } from '../timestamps';
import { ReadingRepository, type LockedShipmentRow, type RowVersion } from './reading.repository';
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

/** A reading of the trip with its device time (epoch ms, as `Date.parse` reads it). */
interface TripReading {
  readonly reading: TelemetryReading;
  readonly at: number;
}

/** A logger's repeated reading within one batch counts once: the first, as the INSERT keeps the first. */
function firstOfEach(trip: readonly TripReading[]): TripReading[] {
  const seen = new Map<string, Set<number>>();
  const first: TripReading[] = [];
  for (const item of trip) {
    let times = seen.get(item.reading.deviceId);
    if (!times) seen.set(item.reading.deviceId, (times = new Set()));
    if (times.has(item.at)) continue;
    times.add(item.at);
    first.push(item);
  }
  return first;
}

/** A batch read once: its trip (what was recorded up to the delivery), and the readings in the future. */
function readBatch(
  readings: readonly TelemetryReading[],
  deliveredMs: number | null,
  now: number,
): { trip: TripReading[]; increasing: boolean; future: string[] } {
  const trip: TripReading[] = [];
  const future: string[] = [];
  let increasing = true;
  let previous = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < readings.length; index += 1) {
    const reading = readings[index];
    const at = Date.parse(reading.recordedAt);
    if (isInTheFuture(at, now)) {
      future.push(`readings.${index}.recordedAt: ${reading.recordedAt} is in the future`);
    }
    // A logger left running at the buyer's after delivery says nothing about the trip.
    if (deliveredMs !== null && at > deliveredMs) continue;
    if (at <= previous) increasing = false;
    previous = at;
    trip.push({ reading, at });
  }
  return { trip, increasing, future };
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
 * That statement has no duplicate check: it runs only for readings each later than every reading
 * the state has folded (which includes every stored one), repeats within the batch left out, so
 * none can be stored already; a broken promise would fail on the primary key (and the batch would
 * be retried alone, on the locked path), never pass unnoticed.
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
    const { trip, increasing, future } = readBatch(
      readings,
      shipment.delivered_ms,
      this.clock.now().getTime(),
    );
    if (future.length > 0) throw new ReadingsInTheFuture(future, MAX_PROBLEMS_LISTED);
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
    // Readings in increasing device time hold no repeat (a logger streaming).
    const fresh = increasing ? trip : firstOfEach(trip);
    // The state after this batch, computed before writing it on the assumption that every reading
    // is new: then saved by the INSERT's own statement (one round trip); otherwise the readings
    // really stored are applied afterwards.
    const planned = this.coldChain.prepare(
      watched,
      shipment.state,
      fresh.map(({ reading, at }) => ({
        deviceId: reading.deviceId,
        at,
        temperatureC: reading.temperatureC,
      })),
    );
    if (unlockedAt) {
      // Late readings need the stored ones (a re-analysis), under the lock.
      if (!planned) return null;
      // Every reading is later than every one folded, so none is stored yet: no duplicate check.
      const stateVersion = await this.readings.lockAndStoreNew(
        tx,
        unlockedAt,
        shipment.id,
        source,
        fresh.map(({ reading }) => reading),
        planned.state,
      );
      if (stateVersion === null) return null;
      await this.saved(tx, shipment, planned, source, stateVersion);
      return { ...receipt, stored: fresh.length, duplicates: trip.length - fresh.length };
    }
    const result = await this.readings.store(
      tx,
      shipment.id,
      source,
      trip.map(({ reading }) => reading),
      planned?.state ?? null,
      fresh.length,
    );
    if (result.saved) {
      await this.saved(tx, shipment, planned!, source, result.state_version!);
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

  /** After the planned state was saved with the readings: excursions and events, and (devices) the shipment kept. */
  private async saved(
    tx: EntityManager,
    shipment: LockedShipmentRow,
    planned: ColdChainOutcome,
    source: ReadingSource,
    stateVersion: string,
  ): Promise<void> {
    await this.coldChain.persist(tx, shipment.id, planned, { stateSaved: true });
    if (source === 'device') {
      this.remember({
        ...shipment,
        state: planned.state,
        version: { shipment: shipment.version.shipment, state: stateVersion },
      });
    }
  }
}
