import type {
  ColdChainProfile,
  ColdChainVerdict,
  ExcursionDirection,
  ExcursionSeverity,
} from '@hb/contracts';
import { arrheniusTerm, meanKineticTemperatureFromSum } from './mean-kinetic-temperature';
import { deviationC, directionOf } from './profile';
import { minutesOf, severityOf, verdictOf, worseSeverity } from './verdict';

/**
 * Excursion detection, as a fold over readings in device-time order. No I/O: the telemetry service
 * keeps the state between batches and persists what comes out.
 *
 * Model (documented in the README of the service):
 * - sample and hold: a logger's temperature is taken to stay at its last reading until its next one;
 * - the shipment is out of range while any of its loggers' last reading is out of range (the worst
 *   logger wins: a probe by the door that reads 9 °C is not outvoted by one in the middle);
 * - an excursion starts at the device time of the reading that took the shipment out of range and
 *   ends at the device time of the reading that brought the last logger back; its peak is the
 *   reading furthest beyond a bound; while it lasts, its duration runs to the latest reading;
 * - readings at the same instant are applied together, so their order does not matter.
 * Time is the device's (recordedAt), never the arrival time: a buffered upload adds its readings
 * where they belong in the trip. Folding readings in order gives the same result in one batch or in
 * many; a reading older than the latest one folded needs a fold from the start (analyseReadings).
 */

export interface Reading {
  readonly deviceId: string;
  /** Device time, epoch milliseconds. */
  readonly at: number;
  readonly temperatureC: number;
}

export interface OpenExcursion {
  readonly id: string;
  readonly startedAt: number;
  readonly direction: ExcursionDirection;
  readonly peakC: number;
}

/** Everything needed to go on folding, JSON-serialisable (kept in the database between batches). */
export interface ColdChainState {
  readonly readings: number;
  readonly minC: number | null;
  readonly maxC: number | null;
  /** Σ e^(−ΔH/(R·T)) over every reading, for the mean kinetic temperature. */
  readonly arrheniusSum: number;
  /** Device time of the latest reading folded in. */
  readonly lastAt: number | null;
  /** Loggers whose last reading is out of range, and on which side. */
  readonly outOfRange: Readonly<Record<string, ExcursionDirection>>;
  readonly open: OpenExcursion | null;
  readonly closed: {
    readonly count: number;
    readonly totalMs: number;
    readonly longestMs: number;
    readonly worst: ExcursionSeverity | null;
  };
}

export interface Excursion {
  readonly id: string;
  readonly direction: ExcursionDirection;
  readonly startedAt: number;
  /** Null while it lasts. */
  readonly endedAt: number | null;
  readonly peakC: number;
  readonly durationMs: number;
  readonly minutes: number;
  readonly severity: ExcursionSeverity;
}

export interface FoldResult {
  readonly state: ColdChainState;
  /** Excursions that started in these readings, as they were when they started. */
  readonly started: Excursion[];
  /** Excursions that ended in these readings, final. */
  readonly ended: Excursion[];
}

export const EMPTY_COLD_CHAIN_STATE: ColdChainState = Object.freeze({
  readings: 0,
  minC: null,
  maxC: null,
  arrheniusSum: 0,
  lastAt: null,
  outOfRange: Object.freeze({}),
  open: null,
  closed: Object.freeze({ count: 0, totalMs: 0, longestMs: 0, worst: null }),
});

/** Whether readings can be folded onto the state as they are: every one later than the latest folded. */
export function canFoldIncrementally(state: ColdChainState, readings: readonly Reading[]): boolean {
  return state.lastAt === null || readings.every((reading) => reading.at > state.lastAt!);
}

/** Orders readings by device time (a stable sort: same-instant readings keep their order). */
export const byDeviceTime = (a: Reading, b: Reading): number => a.at - b.at;

function excursionOf(
  open: OpenExcursion,
  endedAt: number | null,
  until: number,
  profile: ColdChainProfile,
): Excursion {
  const durationMs = (endedAt ?? until) - open.startedAt;
  return {
    id: open.id,
    direction: open.direction,
    startedAt: open.startedAt,
    endedAt,
    peakC: open.peakC,
    durationMs,
    minutes: minutesOf(durationMs),
    severity: severityOf(durationMs, deviationC(open.direction, open.peakC, profile), profile),
  };
}

/** The excursion going on at the latest reading, if any. */
export function currentExcursion(state: ColdChainState, profile: ColdChainProfile): Excursion | null {
  return state.open ? excursionOf(state.open, null, state.lastAt!, profile) : null;
}

/**
 * Folds readings sorted by device time, all later than state.lastAt (see canFoldIncrementally),
 * onto the state. `newId` names each excursion that starts.
 */
export function foldReadings(
  state: ColdChainState,
  readings: readonly Reading[],
  profile: ColdChainProfile,
  newId: () => string,
): FoldResult {
  let { readings: count, minC, maxC, arrheniusSum, lastAt, open, closed } = state;
  const outOfRange: Record<string, ExcursionDirection> = { ...state.outOfRange };
  const started: Excursion[] = [];
  const ended: Excursion[] = [];

  for (let i = 0; i < readings.length;) {
    const at = readings[i].at;
    if (lastAt !== null && at <= lastAt) {
      throw new Error(`readings must be folded in device-time order, after ${lastAt}; got ${at}`);
    }
    let peak: { direction: ExcursionDirection; temperatureC: number; deviation: number } | null = null;
    for (; i < readings.length && readings[i].at === at; i += 1) {
      const { deviceId, temperatureC } = readings[i];
      count += 1;
      minC = minC === null ? temperatureC : Math.min(minC, temperatureC);
      maxC = maxC === null ? temperatureC : Math.max(maxC, temperatureC);
      arrheniusSum += arrheniusTerm(temperatureC);
      const direction = directionOf(temperatureC, profile);
      if (direction === null) {
        delete outOfRange[deviceId];
        continue;
      }
      outOfRange[deviceId] = direction;
      const deviation = deviationC(direction, temperatureC, profile);
      if (!peak || deviation > peak.deviation) peak = { direction, temperatureC, deviation };
    }
    lastAt = at;
    const anyOut = Object.keys(outOfRange).length > 0;
    if (open) {
      if (peak && peak.deviation > deviationC(open.direction, open.peakC, profile)) {
        open = { ...open, direction: peak.direction, peakC: peak.temperatureC };
      }
      if (!anyOut) {
        const excursion = excursionOf(open, at, at, profile);
        ended.push(excursion);
        closed = {
          count: closed.count + 1,
          totalMs: closed.totalMs + excursion.durationMs,
          longestMs: Math.max(closed.longestMs, excursion.durationMs),
          worst: worseSeverity(closed.worst, excursion.severity),
        };
        open = null;
      }
    } else if (anyOut && peak) {
      // Nothing was out before this instant, so a reading of this instant took the shipment out.
      open = { id: newId(), startedAt: at, direction: peak.direction, peakC: peak.temperatureC };
      started.push(excursionOf(open, null, at, profile));
    }
  }
  return {
    state: { readings: count, minC, maxC, arrheniusSum, lastAt, outOfRange, open, closed },
    started,
    ended,
  };
}

export interface Analysis {
  readonly state: ColdChainState;
  /** Every excursion, oldest first; the last one may still be going on. */
  readonly excursions: Excursion[];
}

/**
 * The whole computation from scratch: readings in any order, a logger's repeated reading (same
 * device and device time) counted once (the first one, as the database keeps the first).
 */
export function analyseReadings(
  readings: readonly Reading[],
  profile: ColdChainProfile,
  newId: () => string,
): Analysis {
  const seen = new Set<string>();
  const unique = readings.filter((reading) => {
    const key = `${reading.deviceId}\u0000${reading.at}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const { state, ended } = foldReadings(
    EMPTY_COLD_CHAIN_STATE,
    [...unique].sort(byDeviceTime),
    profile,
    newId,
  );
  const current = currentExcursion(state, profile);
  return { state, excursions: current ? [...ended, current] : ended };
}

/** The figures behind a verdict (the contract's ColdChainFigures) and the verdict itself. */
export interface ColdChainSummary {
  readonly figures: {
    readonly minC: number;
    readonly maxC: number;
    readonly minutesOutOfRange: number;
    readonly longestExcursionMinutes: number;
    readonly mktC: number | null;
    readonly readings: number;
  };
  readonly excursions: number;
  readonly worstSeverity: ExcursionSeverity | null;
  readonly verdict: ColdChainVerdict;
}

const hundredths = (value: number): number => Math.round(value * 100) / 100;

/** The summary of everything folded so far; null before the first reading (no evidence, no verdict). */
export function summarise(state: ColdChainState, profile: ColdChainProfile): ColdChainSummary | null {
  if (state.readings === 0 || state.minC === null || state.maxC === null) return null;
  const current = currentExcursion(state, profile);
  const outOfRangeMs = state.closed.totalMs + (current?.durationMs ?? 0);
  const longestMs = Math.max(state.closed.longestMs, current?.durationMs ?? 0);
  const mkt = meanKineticTemperatureFromSum(state.arrheniusSum, state.readings);
  const mktC = mkt === null ? null : hundredths(mkt);
  const excursions = state.closed.count + (current ? 1 : 0);
  const worstSeverity = worseSeverity(state.closed.worst, current?.severity ?? null);
  return {
    figures: {
      minC: state.minC,
      maxC: state.maxC,
      minutesOutOfRange: minutesOf(outOfRangeMs),
      longestExcursionMinutes: minutesOf(longestMs),
      mktC,
      readings: state.readings,
    },
    excursions,
    worstSeverity,
    verdict: verdictOf({ excursions, worstSeverity, outOfRangeMs, mktC }, profile),
  };
}
