import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  TemperatureExcursionDetected,
  TemperatureExcursionEnded,
  type ColdChainProfile,
  type TemperatureExcursionData,
} from '@hb/contracts';
import { event, Outbox, type NewEvent } from '@hb/messaging';
import { runWithTraceContext, type TraceContext } from '@hb/observability';
import {
  analyseReadings,
  byDeviceTime,
  canFoldIncrementally,
  currentExcursion,
  EMPTY_COLD_CHAIN_STATE,
  foldReadings,
  type ColdChainState,
  type Excursion,
  type Reading,
} from './excursions';
import { ColdChainRepository, type StoredExcursionRow } from './cold-chain.repository';
import type { ExcursionRecord } from './excursion.entity';

/** What the ledger needs to know of a shipment to judge its readings and announce excursions. */
export interface ShipmentUnderWatch {
  readonly id: string;
  readonly orderId: string;
  readonly producerId: string;
  readonly profile: ColdChainProfile;
}

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

/**
 * Keeps each shipment's cold-chain state and excursions in step with its stored readings, and
 * announces excursions as they start and end. Callers hold the shipment's row lock, so batches of
 * one shipment are applied one at a time.
 *
 * Readings later than every one applied so far are folded onto the stored state (the common case:
 * a logger streaming). A reading older than the latest applied (a buffered upload, a late batch)
 * re-analyses the shipment's readings from the start in device-time order, so late data never
 * fakes an excursion and always lands where it belongs. Excursions keep their ids across re-analyses
 * when they start at the same reading; the events are notifications of what the readings said when
 * they arrived — the verdict at delivery is computed from everything stored.
 */
@Injectable()
export class ColdChainLedger {
  constructor(
    private readonly outbox: Outbox,
    private readonly coldChain: ColdChainRepository,
  ) {}

  async open(tx: EntityManager, shipmentId: string): Promise<void> {
    await this.coldChain.insertState(tx, shipmentId, EMPTY_COLD_CHAIN_STATE);
  }

  async stateOf(tx: EntityManager, shipmentId: string): Promise<ColdChainState> {
    return (await this.coldChain.stateOf(tx, shipmentId)) ?? EMPTY_COLD_CHAIN_STATE;
  }

  /**
   * What folding these readings onto the state gives, when they can be folded (every one later than
   * the latest applied); null when the shipment needs a re-analysis from its stored readings. Pure:
   * nothing is written until `persist`.
   */
  prepare(
    shipment: ShipmentUnderWatch,
    state: ColdChainState,
    readings: readonly Reading[],
  ): ColdChainOutcome | null {
    const ordered = [...readings].sort(byDeviceTime);
    if (!canFoldIncrementally(state, ordered)) return null;
    const { state: next, started, ended } = foldReadings(state, ordered, shipment.profile, randomUUID);
    const current = currentExcursion(next, shipment.profile);
    return {
      state: next,
      upserts: current ? [...ended, current] : ended,
      keep: null,
      events: [
        ...started.map((excursion) =>
          event(TemperatureExcursionDetected, this.announcement(shipment, excursion)),
        ),
        ...ended.map((excursion) => event(TemperatureExcursionEnded, this.announcement(shipment, excursion))),
      ],
    };
  }

  /** Applies readings that were just stored (duplicates already left out) and persists the outcome. */
  async apply(
    tx: EntityManager,
    shipment: ShipmentUnderWatch,
    state: ColdChainState,
    stored: readonly Reading[],
  ): Promise<ColdChainState> {
    if (stored.length === 0) return state;
    const outcome = this.prepare(shipment, state, stored) ?? (await this.reanalyse(tx, shipment));
    await this.persist(tx, shipment.id, outcome, { stateSaved: false });
    return outcome.state;
  }

  /** Writes an outcome: its excursions, its state (unless the caller saved it already) and its events. */
  async persist(
    tx: EntityManager,
    shipmentId: string,
    outcome: ColdChainOutcome,
    { stateSaved }: { stateSaved: boolean },
  ): Promise<void> {
    await this.saveExcursions(tx, shipmentId, outcome.upserts, outcome.keep);
    if (!stateSaved) {
      await this.coldChain.updateState(tx, shipmentId, outcome.state);
    }
    await this.outbox.append(tx, ...outcome.events);
  }

  /**
   * Writes the outcomes of one shipment's batches planned one after the other, their state already
   * saved: each excursion once, as the last outcome left it, in one statement; each batch's events
   * in the trace of the event that brought its readings.
   */
  async persistPlanned(
    tx: EntityManager,
    shipmentId: string,
    planned: readonly { readonly outcome: ColdChainOutcome; readonly trace: TraceContext | undefined }[],
  ): Promise<void> {
    const latest = new Map<string, Excursion>();
    for (const { outcome } of planned)
      for (const excursion of outcome.upserts) latest.set(excursion.id, excursion);
    await this.saveExcursions(tx, shipmentId, [...latest.values()], null);
    for (const { outcome, trace } of planned) {
      if (outcome.events.length === 0) continue;
      const append = () => this.outbox.append(tx, ...outcome.events);
      await (trace ? runWithTraceContext(trace, append) : append());
    }
  }

  /** Excursions of shipments, oldest first, by shipment. */
  async excursionsOf(
    manager: EntityManager,
    shipmentIds: readonly string[],
  ): Promise<Map<string, ExcursionRecord[]>> {
    const byShipment = new Map<string, ExcursionRecord[]>(shipmentIds.map((id) => [id, []]));
    if (shipmentIds.length === 0) return byShipment;
    const records = await this.coldChain.excursionsOf(manager, shipmentIds);
    for (const record of records) byShipment.get(record.shipmentId)?.push(record);
    return byShipment;
  }

  async statesOf(
    manager: EntityManager,
    shipmentIds: readonly string[],
  ): Promise<Map<string, ColdChainState>> {
    if (shipmentIds.length === 0) return new Map();
    return this.coldChain.statesOf(manager, shipmentIds);
  }

  private async reanalyse(tx: EntityManager, shipment: ShipmentUnderWatch): Promise<ColdChainOutcome> {
    const readings = await this.coldChain.readingsOf(tx, shipment.id);
    const before = await this.coldChain.storedExcursions(tx, shipment.id);
    const known = new Map(before.map((row) => [row.started_ms, row]));
    const idFor = new Map<string, StoredExcursionRow>();
    const analysis = analyseReadings(
      readings.map((row) => ({ deviceId: row.device_id, at: row.at_ms, temperatureC: row.temperature_c })),
      shipment.profile,
      randomUUID,
    );
    // An excursion that starts at the same instant as one already recorded is that one.
    const excursions = analysis.excursions.map((excursion) => {
      const previous = known.get(new Date(excursion.startedAt).getTime());
      if (!previous) return excursion;
      idFor.set(excursion.id, previous);
      return { ...excursion, id: previous.id };
    });
    const open = analysis.state.open;
    const state: ColdChainState =
      open && idFor.has(open.id)
        ? { ...analysis.state, open: { ...open, id: idFor.get(open.id)!.id } }
        : analysis.state;

    const events: NewEvent[] = [];
    for (const excursion of excursions) {
      const previous = before.find((row) => row.id === excursion.id);
      if (!previous) events.push(event(TemperatureExcursionDetected, this.announcement(shipment, excursion)));
      if (excursion.endedAt !== null && !previous?.ended) {
        events.push(event(TemperatureExcursionEnded, this.announcement(shipment, excursion)));
      }
    }
    return { state, upserts: excursions, keep: excursions.map((excursion) => excursion.id), events };
  }

  /** Writes excursions in one statement; with `keep`, drops the shipment's others (a re-analysis). */
  private async saveExcursions(
    tx: EntityManager,
    shipmentId: string,
    excursions: readonly Excursion[],
    keep: readonly string[] | null,
  ): Promise<void> {
    if (keep) await this.coldChain.deleteExcursionsExcept(tx, shipmentId, keep);
    if (excursions.length === 0) return;
    await this.coldChain.upsertExcursions(tx, shipmentId, excursions);
  }

  private announcement(shipment: ShipmentUnderWatch, excursion: Excursion): TemperatureExcursionData {
    return {
      shipmentId: shipment.id,
      orderId: shipment.orderId,
      producerId: shipment.producerId,
      excursionId: excursion.id,
      direction: excursion.direction,
      startedAt: iso(excursion.startedAt),
      ...(excursion.endedAt === null ? {} : { endedAt: iso(excursion.endedAt) }),
      peakC: excursion.peakC,
      minutes: excursion.minutes,
      severity: excursion.severity,
    };
  }
}

/** What applying readings changes: the new state, the excursions to write, the events to announce. */
export interface ColdChainOutcome {
  readonly state: ColdChainState;
  readonly upserts: readonly Excursion[];
  /** After a re-analysis, the shipment's only excursions (the others are dropped). */
  readonly keep: readonly string[] | null;
  readonly events: NewEvent[];
}
