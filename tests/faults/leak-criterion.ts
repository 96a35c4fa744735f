/**
 * When the soak calls a service's memory a leak.
 *
 * A leak grows for as long as the service runs; memory that settles grows and then stops: V8 sizing
 * its heap spaces to the load, malloc's arenas, JIT code, pools filling. A line through the whole
 * run cannot tell them apart when the settling comes late (a step at minute 18 of 40 tilts it as
 * much as a leak would), so the bound applies to the run's second half, where a leak still grows at
 * its rate and settled memory is flat:
 * - RSS, everything the process holds (heap, Buffers, native memory): its least-squares slope;
 * - the heap floor, each minute's lowest heap-in-use sample (what outlived that minute's
 *   collections): its slope. Heap in use itself swings with the young generation's size between
 *   collections; its floor moves only when more objects stay alive.
 * A growth still under way at the end of the run is called a leak: settling that late needs a
 * longer run to be told apart.
 */

/** Memory may rise this fast at most over the second half of the run. */
export const LEAK_BOUND_MB_PER_MINUTE = { rss: 2, heap: 1 } as const;

/** A reading of memory, `minute` minutes after the load began. */
export interface Reading {
  minute: number;
  mb: number;
}

/** Slope of the least-squares line through the readings, in MB per minute (0 for fewer than two). */
export function leastSquaresSlope(readings: readonly Reading[]): number {
  const n = readings.length;
  if (n < 2) return 0;
  const meanX = readings.reduce((sum, reading) => sum + reading.minute, 0) / n;
  const meanY = readings.reduce((sum, reading) => sum + reading.mb, 0) / n;
  const covariance = readings.reduce(
    (sum, reading) => sum + (reading.minute - meanX) * (reading.mb - meanY),
    0,
  );
  const variance = readings.reduce((sum, reading) => sum + (reading.minute - meanX) ** 2, 0);
  return variance === 0 ? 0 : covariance / variance;
}

/** The lowest reading of each whole minute of the run, placed at the middle of its minute. */
export function floorPerMinute(readings: readonly Reading[]): Reading[] {
  const lowest = new Map<number, number>();
  for (const { minute, mb } of readings) {
    const whole = Math.floor(minute);
    lowest.set(whole, Math.min(lowest.get(whole) ?? Number.POSITIVE_INFINITY, mb));
  }
  return [...lowest].sort(([a], [b]) => a - b).map(([whole, mb]) => ({ minute: whole + 0.5, mb }));
}

export interface MemoryVerdict {
  /** The window judged: the second half of the run, in minutes since the load began. */
  fromMinute: number;
  toMinute: number;
  rssMbPerMinute: number;
  heapFloorMbPerMinute: number;
  /** Either slope beyond its bound. */
  growing: boolean;
}

/** Judges a service's RSS and heap-in-use readings of a run of `minutes` minutes. */
export function judgeMemory(
  rss: readonly Reading[],
  heapInUse: readonly Reading[],
  minutes: number,
): MemoryVerdict {
  const fromMinute = minutes / 2;
  const inWindow = (reading: Reading) => reading.minute >= fromMinute && reading.minute <= minutes;
  const rssMbPerMinute = leastSquaresSlope(rss.filter(inWindow));
  // Whole minutes inside the window only: a minute cut in two has a floor of fewer samples.
  const heapFloorMbPerMinute = leastSquaresSlope(
    floorPerMinute(heapInUse.filter(inWindow)).filter(
      (floor) => floor.minute - 0.5 >= fromMinute && floor.minute + 0.5 <= minutes,
    ),
  );
  return {
    fromMinute,
    toMinute: minutes,
    rssMbPerMinute,
    heapFloorMbPerMinute,
    growing:
      rssMbPerMinute > LEAK_BOUND_MB_PER_MINUTE.rss || heapFloorMbPerMinute > LEAK_BOUND_MB_PER_MINUTE.heap,
  };
}
