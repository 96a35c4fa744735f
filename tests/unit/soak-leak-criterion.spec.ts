import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  floorPerMinute,
  judgeMemory,
  leastSquaresSlope,
  type Reading,
} from '../../tests/faults/leak-criterion';

/**
 * The soak's leak criterion on series made up to look like what the soak samples (every 10 s, with
 * the sawtooth of heap in use between collections): a service that leaks must be flagged whatever
 * the shape of its growth, one whose memory settles must not be.
 */

const MINUTES = 40;
const EVERY_MINUTE = 6;

/** Deterministic noise in [-1, 1): the same series on every run. */
function noise(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return (state / 2_147_483_648) * 2 - 1;
  };
}

/** A reading every 10 s for the whole run, of `mb(minute)` plus ± `jitter` MB of noise. */
function series(mb: (minute: number) => number, jitter = 2, seed = 7): Reading[] {
  const next = noise(seed);
  return Array.from({ length: MINUTES * EVERY_MINUTE }, (_, index) => {
    const minute = (index + 1) / EVERY_MINUTE;
    return { minute, mb: mb(minute) + jitter * next() };
  });
}

/** Heap in use: a live set plus garbage that piles up between scavenges, up to `swing` MB. */
function sawtooth(live: (minute: number) => number, swing: (minute: number) => number): Reading[] {
  const next = noise(11);
  return series((minute) => live(minute) + swing(minute) * ((next() + 1) / 2), 0);
}

const flatHeap = sawtooth(
  () => 55,
  () => 25,
);

describe('the soak leak criterion', () => {
  it('draws the least-squares slope of a line', () => {
    expect(leastSquaresSlope([1, 2, 3, 4].map((minute) => ({ minute, mb: 100 + 2.5 * minute })))).toBeCloseTo(
      2.5,
    );
    expect(leastSquaresSlope([{ minute: 1, mb: 5 }])).toBe(0);
  });

  it("takes each minute's lowest reading as its floor", () => {
    expect(
      floorPerMinute([
        { minute: 0.2, mb: 70 },
        { minute: 0.7, mb: 55 },
        { minute: 1.1, mb: 60 },
        { minute: 1.9, mb: 80 },
      ]),
    ).toEqual([
      { minute: 0.5, mb: 55 },
      { minute: 1.5, mb: 60 },
    ]);
  });

  it('flags RSS that grows steadily, even at 2.5 MB/min under noise', () => {
    const verdict = judgeMemory(
      series((minute) => 150 + 2.5 * minute, 8),
      flatHeap,
      MINUTES,
    );
    expect(verdict.rssMbPerMinute).toBeGreaterThan(2);
    expect(verdict.growing).toBe(true);
  });

  it('flags RSS that grows in steps for as long as the service runs (a leak that maps memory in chunks)', () => {
    const staircase = series((minute) => 150 + 16 * Math.floor(minute / 6));
    expect(judgeMemory(staircase, flatHeap, MINUTES).growing).toBe(true);
  });

  it('flags a heap whose floor rises by 1.5 MB/min while its peaks hide it and RSS stays flat', () => {
    const leakingHeap = sawtooth(
      (minute) => 50 + 1.5 * minute,
      () => 40,
    );
    const verdict = judgeMemory(
      series(() => 260),
      leakingHeap,
      MINUTES,
    );
    expect(verdict.rssMbPerMinute).toBeLessThan(1);
    expect(verdict.heapFloorMbPerMinute).toBeGreaterThan(1);
    expect(verdict.growing).toBe(true);
  });

  it('does not flag memory that steps up during the first half and then stays flat', () => {
    // RSS 150 MB, a step of 100 MB at minute 12 (V8 growing its young generation), flat after.
    const settled = series((minute) => (minute < 12 ? 150 : 250));
    // Heap peaks grow with the young generation; its floor does not.
    const heap = sawtooth(
      () => 55,
      (minute) => (minute < 12 ? 10 : 50),
    );
    const verdict = judgeMemory(settled, heap, MINUTES);
    expect(Math.abs(verdict.rssMbPerMinute)).toBeLessThan(0.5);
    expect(Math.abs(verdict.heapFloorMbPerMinute)).toBeLessThan(0.5);
    expect(verdict.growing).toBe(false);
  });

  it('does not flag memory that settles along a curve within the first half', () => {
    const settling = series((minute) => 260 - 110 * Math.exp(-minute / 4));
    expect(judgeMemory(settling, flatHeap, MINUTES).growing).toBe(false);
  });

  it("flags certification's RSS in soak 53d4d2 (steps at minutes 18 and 35): growth still under way at the end", () => {
    const report = JSON.parse(
      readFileSync(resolve(__dirname, '../../docs/reliability/soak-53d4d2.json'), 'utf8'),
    ) as { perMinute: { minute: number; memory: { certification: { rssMb: number; heapMb: number } } }[] };
    const rss = report.perMinute.map((row) => ({ minute: row.minute, mb: row.memory.certification.rssMb }));
    const heap = report.perMinute.map((row) => ({ minute: row.minute, mb: row.memory.certification.heapMb }));
    const verdict = judgeMemory(rss, heap, report.perMinute.length);
    expect(verdict.rssMbPerMinute).toBeGreaterThan(2);
    expect(verdict.growing).toBe(true);
  });
});
