import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { readingTimeMs, type Principal, type TelemetryReading } from '@hb/contracts';
import type { BatchPart, TransactionBatch } from '@hb/messaging';
import { currentTraceContext, runWithTraceContext, type TraceContext } from '@hb/observability';
import { Clock, NotFoundError } from '@hb/platform';
import {
  ColdChainLedger,
  type ColdChainOutcome,
  type ShipmentUnderWatch,
} from '../cold-chain/cold-chain.ledger';
import { assertHolds } from '../shipments/shipment-access';
import { isInTheFuture } from '../timestamps';
import {
  ReadingColumns,
  ReadingRepository,
  type LockedShipmentRow,
  type TimedReading,
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

/** How many readings of a transaction's device batches wait at most for their one statement. */
const MAX_WAITING_READINGS = 20_000;

/** A reading of the trip with its device time (epoch ms, as `Date.parse` reads it). */
type TripReading = TimedReading;

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
    const at = readingTimeMs(reading.recordedAt);
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

/** A device batch planned on what its shipment was, waiting for the statement that stores it. */
interface PlannedBatch {
  /** As the event brought them (what the locked path takes, should the shipment have changed). */
  readonly readings: readonly TelemetryReading[];
  /** Those to store: the trip's, each once. */
  readonly fresh: readonly TripReading[];
  readonly outcome: ColdChainOutcome;
  /** The trace of the event that brought it, for its events and, if it must wait for a lock, its log lines. */
  readonly trace: TraceContext | undefined;
}

/** A shipment's device batches waiting in a transaction, and the shipment as they leave it. */
interface WaitingShipment {
  /** Its row as read earlier (versions then), with the state the waiting batches plan. */
  shipment: LockedShipmentRow;
  /** Its place among the transaction's waiting shipments, from 1. */
  readonly position: number;
  readonly batches: PlannedBatch[];
}

/**
 * The device batches of one consumer transaction whose readings are each later than every one their
 * shipment has folded: stored together, by one statement, after the transaction's last event (or
 * sooner, see recordDeviceBatch).
 */
class WaitingDeviceBatches implements BatchPart {
  private shipments = new Map<string, WaitingShipment>();
  private columns = new ReadingColumns();

  constructor(private readonly store: (waiting: WaitingDeviceBatches) => Promise<void>) {}

  get readings(): number {
    return this.columns.size;
  }

  /** The shipment as this transaction's waiting batches leave it. */
  of(shipmentId: string): LockedShipmentRow | undefined {
    return this.shipments.get(shipmentId)?.shipment;
  }

  add(shipment: LockedShipmentRow, batch: PlannedBatch): void {
    let waiting = this.shipments.get(shipment.id);
    if (!waiting) {
      waiting = { shipment, position: this.shipments.size + 1, batches: [] };
      this.shipments.set(shipment.id, waiting);
    }
    waiting.shipment = { ...waiting.shipment, state: batch.outcome.state };
    waiting.batches.push(batch);
    this.columns.add(batch.fresh, waiting.position);
  }

  /** Everything waiting, handed over once: the part is empty after. */
  take(): { shipments: WaitingShipment[]; columns: ReadingColumns } {
    const taken = { shipments: [...this.shipments.values()], columns: this.columns };
    this.shipments = new Map();
    this.columns = new ReadingColumns();
    return taken;
  }

  finish(): Promise<void> {
    return this.store(this);
  }
}

/** The transaction's part of waiting device batches (one per TransactionBatch). */
const DEVICE_BATCHES = Symbol('waiting device batches');

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
 * on that, without a statement: the consumer applies a partition's events in one transaction, and
 * the batches planned in it wait until its last event, when one statement locks all their shipments,
 * checks for each that neither its row nor its state changed since it was read (same versions: no
 * upload, delivery, cancellation or re-analysis in between, no rolled-back batch), inserts the
 * readings and saves the states; then each shipment's excursions and events are written. A shipment
 * whose rows did change gets nothing written by it, and its batches take the locked path, in order.
 * That statement has no duplicate check: it runs only for readings each later than every reading
 * the state has folded (which includes every stored one and every waiting one), repeats within the
 * batch left out, so none can be stored already; a broken promise would fail on the primary key
 * (and each event of the transaction would be applied alone, on the locked path), never pass
 * unnoticed.
 */
@Injectable()
export class TelemetryIngestService {
  /** Shipments as the device path's last stored batch left them (see above); any may be stale. */
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
      return this.ingest(tx, shipment!, readings, 'http');
    });
  }

  /**
   * A logger's batch from Kafka, in the consumer's transaction (`batch`: what its events share);
   * anything refused is dead-lettered. A batch that can wait for the transaction's one statement
   * waits; any other first has the waiting ones stored (the locked path reads what is stored).
   */
  async recordDeviceBatch(
    tx: EntityManager,
    batch: TransactionBatch,
    shipmentId: string,
    readings: TelemetryReading[],
  ): Promise<void> {
    const waiting = batch.part(
      DEVICE_BATCHES,
      () => new WaitingDeviceBatches((part) => this.store(tx, part)),
    );
    const known = waiting.of(shipmentId) ?? this.remembered.get(shipmentId);
    this.remembered.delete(shipmentId);
    if (known && this.waitWith(waiting, known, readings)) {
      if (waiting.readings >= MAX_WAITING_READINGS) await this.store(tx, waiting);
      return;
    }
    await this.store(tx, waiting);
    // Storing may have remembered it; the locked path below remembers what it leaves, or nothing.
    this.remembered.delete(shipmentId);
    const shipment = await this.readings.lockShipment(tx, shipmentId);
    if (!shipment) throw new NotFoundError('shipment', shipmentId);
    await this.ingest(tx, shipment, readings, 'device');
  }

  /** Keeps a shipment as a batch left it, for the next batch of its logger. */
  private remember(shipment: LockedShipmentRow): void {
    if (this.remembered.size >= REMEMBERED_SHIPMENTS) this.remembered.clear();
    this.remembered.set(shipment.id, shipment);
  }

  /**
   * Plans a batch on a shipment read earlier and adds it to the waiting ones, if every reading is
   * later than every one folded; false (nothing added) if it needs the stored readings (late ones,
   * a re-analysis), or if the answer rests on the delivery time (nothing left to store), which
   * only a locked row gives.
   */
  private waitWith(
    waiting: WaitingDeviceBatches,
    shipment: LockedShipmentRow,
    readings: readonly TelemetryReading[],
  ): boolean {
    const { trip, fresh } = this.tripOf(shipment, readings);
    if (trip.length === 0) return false;
    const outcome = this.plan(shipment, fresh);
    if (!outcome) return false;
    waiting.add(shipment, {
      readings,
      fresh,
      outcome,
      trace: currentTraceContext(),
    });
    return true;
  }

  /**
   * Stores every waiting batch in one statement, then writes each stored shipment's excursions and
   * events and remembers it; the batches of a shipment that changed since it was read take the
   * locked path, one after the other.
   */
  private async store(tx: EntityManager, waiting: WaitingDeviceBatches): Promise<void> {
    if (waiting.readings === 0) return;
    const { shipments, columns } = waiting.take();
    const versions = await this.readings.storeNewOfShipments(
      tx,
      'device',
      shipments.map(({ shipment }) => ({
        id: shipment.id,
        version: shipment.version,
        plannedState: shipment.state,
      })),
      columns,
    );
    for (const [index, { shipment, batches }] of shipments.entries()) {
      const version = versions[index];
      if (version !== null) {
        await this.coldChain.persistPlanned(tx, shipment.id, batches);
        this.remember({ ...shipment, version: { shipment: shipment.version.shipment, state: version } });
        continue;
      }
      for (const { readings, trace } of batches) {
        const onLockedPath = async () => {
          const locked = await this.readings.lockShipment(tx, shipment.id);
          if (!locked) throw new NotFoundError('shipment', shipment.id);
          await this.ingest(tx, locked, readings, 'device');
        };
        await (trace ? runWithTraceContext(trace, onLockedPath) : onLockedPath());
      }
    }
  }

  /** A batch's trip and its readings new to it, or why it is refused (a cancelled shipment, readings in the future). */
  private tripOf(
    shipment: LockedShipmentRow,
    readings: readonly TelemetryReading[],
  ): { trip: TripReading[]; fresh: TripReading[] } {
    if (shipment.status === 'cancelled') {
      throw new ShipmentTakesNoReadings(shipment.id);
    }
    const { trip, increasing, future } = readBatch(
      readings,
      shipment.delivered_ms,
      this.clock.now().getTime(),
    );
    if (future.length > 0) throw new ReadingsInTheFuture(future, MAX_PROBLEMS_LISTED);
    // Readings in increasing device time hold no repeat (a logger streaming).
    return { trip, fresh: increasing ? trip : firstOfEach(trip) };
  }

  /**
   * The state after these readings, computed before writing them on the assumption that every one is
   * new (null if they need a re-analysis): saved by the statement that stores them.
   */
  private plan(shipment: LockedShipmentRow, fresh: readonly TripReading[]): ColdChainOutcome | null {
    return this.coldChain.prepare(
      watchedOf(shipment),
      shipment.state,
      fresh.map(({ reading, at }) => ({
        deviceId: reading.deviceId,
        at,
        temperatureC: reading.temperatureC,
      })),
    );
  }

  /** Stores a batch for a shipment locked by this transaction. */
  private async ingest(
    tx: EntityManager,
    shipment: LockedShipmentRow,
    readings: readonly TelemetryReading[],
    source: ReadingSource,
  ): Promise<IngestReceipt> {
    const { trip, fresh } = this.tripOf(shipment, readings);
    const receipt = {
      received: readings.length,
      stored: 0,
      duplicates: 0,
      afterDelivery: readings.length - trip.length,
    };
    if (trip.length === 0) return receipt;
    // Otherwise the readings really stored are applied afterwards.
    const planned = this.plan(shipment, fresh);
    const result = await this.readings.store(
      tx,
      shipment.id,
      source,
      trip,
      planned?.state ?? null,
      fresh.length,
    );
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
      await this.coldChain.apply(tx, watchedOf(shipment), shipment.state, stored);
    }
    return { ...receipt, stored: result.stored, duplicates: trip.length - result.stored };
  }
}

/** What the ledger needs of a locked shipment row. */
function watchedOf(shipment: LockedShipmentRow): ShipmentUnderWatch {
  return {
    id: shipment.id,
    orderId: shipment.order_id,
    producerId: shipment.producer_id,
    profile: { minC: shipment.min_c, maxC: shipment.max_c, maxDwellMinutes: shipment.max_dwell_minutes },
  };
}
