import { COLD_CHAIN_PROFILES } from '@hb/contracts';
import {
  analyseReadings,
  canFoldIncrementally,
  EMPTY_COLD_CHAIN_STATE,
  foldReadings,
  summarise,
  type Reading,
} from './excursions';

const goat = COLD_CHAIN_PROFILES.chilled_meat; // 0–4 °C, 30 min
const mango = COLD_CHAIN_PROFILES.tropical_fruit; // 12–15 °C, 120 min
const START = Date.parse('2026-11-27T06:00:00Z');
const MINUTE = 60_000;

/** One logger reading every `everyMinutes` from `fromMinute` on. */
const series = (temperatures: number[], { deviceId = 'logger-A', everyMinutes = 5, fromMinute = 0 } = {}) =>
  temperatures.map((temperatureC, index): Reading => ({
    deviceId,
    at: START + (fromMinute + index * everyMinutes) * MINUTE,
    temperatureC,
  }));

/** n readings at a steady temperature, well inside the chilled range. */
const steady = (n: number, temperatureC = 2.5) => Array.from({ length: n }, () => temperatureC);

const ids = () => {
  let next = 0;
  return () => `excursion-${++next}`;
};

const analyse = (readings: Reading[], profile = goat) => {
  const analysis = analyseReadings(readings, profile, ids());
  return { ...analysis, summary: summarise(analysis.state, profile)! };
};

describe('excursion detection', () => {
  it('finds nothing in a trip that stayed in range, and calls it ok', () => {
    const { excursions, summary } = analyse(series([2.1, 2.8, 3.5, 3.9, 3.2, 2.6]));
    expect(excursions).toEqual([]);
    expect(summary.verdict).toBe('ok');
    expect(summary.figures).toEqual({
      minC: 2.1,
      maxC: 3.9,
      minutesOutOfRange: 0,
      longestExcursionMinutes: 0,
      mktC: expect.any(Number),
      readings: 6,
    });
  });

  it('reports a warm spell longer than the dwell as a major excursion with its interval, and breaches', () => {
    // 06:00 in range, 06:10 to 06:50 at 6.5 °C (40 min > 30 min), back at 06:50.
    const temperatures = [3, 3, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 3, 3];
    const { excursions, summary } = analyse(series(temperatures));
    expect(excursions).toEqual([
      {
        id: 'excursion-1',
        direction: 'above',
        startedAt: START + 10 * MINUTE,
        endedAt: START + 50 * MINUTE,
        peakC: 6.5,
        durationMs: 40 * MINUTE,
        minutes: 40,
        severity: 'major',
      },
    ]);
    expect(summary.verdict).toBe('breached');
    expect(summary.figures).toMatchObject({ minutesOutOfRange: 40, longestExcursionMinutes: 40, maxC: 6.5 });
  });

  it('reports a short warm spell within the dwell as a minor excursion', () => {
    const { excursions, summary } = analyse(series([...steady(12), 5, 5, 5, 2.5, 2.5]));
    expect(excursions).toHaveLength(1);
    expect(excursions[0]).toMatchObject({ minutes: 15, severity: 'minor', endedAt: START + 75 * MINUTE });
    expect(summary.verdict).toBe('excursion');
  });

  it('adds up short excursions: a fourth 20-minute spell takes a 30-minute profile past its hour in total', () => {
    const spell = [...steady(12), 5, 5, 5, 5]; // an hour in range, then 20 minutes out
    const three = analyse(series([...spell, ...spell, ...spell, 2.5]));
    expect(three.summary.figures.minutesOutOfRange).toBe(60);
    expect(three.summary.verdict).toBe('excursion');

    const four = analyse(series([...spell, ...spell, ...spell, ...spell, 2.5]));
    expect(four.excursions.map((excursion) => excursion.severity)).toEqual([
      'minor',
      'minor',
      'minor',
      'minor',
    ]);
    expect(four.summary.figures).toMatchObject({ minutesOutOfRange: 80, longestExcursionMinutes: 20 });
    expect(four.summary.figures.mktC).toBeLessThan(4);
    expect(four.summary.verdict).toBe('breached');
  });

  it('counts tropical fruit held at 8 °C as out of range below its chilling-injury bound', () => {
    const hours = Array.from({ length: 4 * 12 }, () => 8); // four hours at 8 °C, one reading every 5 min
    const { excursions, summary } = analyse(series([13, ...hours, 13]), mango);
    expect(excursions).toHaveLength(1);
    expect(excursions[0]).toMatchObject({ direction: 'below', peakC: 8, minutes: 240, severity: 'major' });
    expect(summary.verdict).toBe('breached');
    expect(summary.figures.minC).toBe(8);
  });

  it('marks an excursion critical when it goes far out of range, however briefly', () => {
    const { excursions, summary } = analyse(series([2, 9.5, 2]));
    expect(excursions[0]).toMatchObject({ peakC: 9.5, minutes: 5, severity: 'critical' });
    expect(summary.verdict).toBe('breached');
  });

  it('gives the same excursions for readings that arrive out of order', () => {
    const readings = series([3, 3, 6, 6, 6, 6, 6, 6, 6, 6, 3, 3, 5, 3]);
    const shuffled = [...readings].reverse();
    shuffled.push(shuffled.shift()!);
    expect(analyse(shuffled)).toEqual(analyse(readings));
  });

  it('counts a reading sent twice once', () => {
    const readings = series([3, 3, 5, 3, 3]);
    const twice = analyse([...readings, ...readings, readings[2]]);
    expect(twice.summary.figures.readings).toBe(5);
    expect(twice).toEqual(analyse(readings));
  });

  it('gives the same result batch by batch as all at once', () => {
    const readings = series([3, 3, 6, 6, 6, 6, 6, 6, 6, 6, 3, 3, 5, 5, 3, -1, -1, 2]);
    const newId = ids();
    let state = EMPTY_COLD_CHAIN_STATE;
    const started: string[] = [];
    const ended: string[] = [];
    for (let from = 0; from < readings.length; from += 4) {
      const batch = readings.slice(from, from + 4);
      expect(canFoldIncrementally(state, batch)).toBe(true);
      const result = foldReadings(state, batch, goat, newId);
      state = result.state;
      started.push(...result.started.map((excursion) => excursion.id));
      ended.push(...result.ended.map((excursion) => excursion.id));
    }
    const whole = analyse(readings);
    expect(state).toEqual(whole.state);
    expect(started).toEqual(whole.excursions.map((excursion) => excursion.id));
    expect(ended).toEqual(started);
  });

  it('keeps an excursion open until the last logger out of range comes back (the worst logger wins)', () => {
    const door = series([3, 7, 7, 7, 3], { deviceId: 'door-probe', everyMinutes: 10 });
    const middle = series([3, 3, 3, 3, 3, 3, 3, 3, 3], { deviceId: 'middle-probe', everyMinutes: 5 });
    const { excursions } = analyse([...middle, ...door]);
    expect(excursions).toHaveLength(1);
    expect(excursions[0]).toMatchObject({
      startedAt: START + 10 * MINUTE,
      endedAt: START + 40 * MINUTE,
      minutes: 30,
      severity: 'minor',
    });
  });

  it('applies readings of the same instant together, whatever their order', () => {
    const a = { deviceId: 'a', at: START, temperatureC: 3 };
    const b = { deviceId: 'b', at: START, temperatureC: 6 };
    const later = { deviceId: 'b', at: START + 5 * MINUTE, temperatureC: 3 };
    expect(analyse([a, b, later]).excursions).toEqual(analyse([b, a, later]).excursions);
    expect(analyse([a, b, later]).excursions[0]).toMatchObject({ startedAt: START, minutes: 5 });
  });

  it('lets a still-running excursion last until the latest reading', () => {
    const { excursions, summary } = analyse(series([...steady(12), 5, 5, 5]));
    expect(excursions).toEqual([expect.objectContaining({ endedAt: null, minutes: 10, severity: 'minor' })]);
    expect(summary.figures.minutesOutOfRange).toBe(10);
    expect(summary.verdict).toBe('excursion');
  });

  it('needs a fold from the start for a reading older than the latest one', () => {
    const { state } = analyse(series([3, 3, 3]));
    const late = { deviceId: 'logger-A', at: START + MINUTE, temperatureC: 3 };
    expect(canFoldIncrementally(state, [late])).toBe(false);
    expect(() => foldReadings(state, [late], goat, ids())).toThrow(/device-time order/);
  });

  it('breaches on the mean kinetic temperature when a logger sampled densely through a warm spell', () => {
    const dairy = COLD_CHAIN_PROFILES.dairy; // 2–6 °C, 60 min
    const hourly = series([5, 5, 5, 5], { everyMinutes: 60 });
    const spell = series(
      Array.from({ length: 50 }, () => 10),
      { everyMinutes: 1, fromMinute: 181 },
    );
    const back = series([5], { fromMinute: 240 });
    const { excursions, summary } = analyse([...hourly, ...spell, ...back], dairy);
    expect(excursions.map((excursion) => excursion.severity)).toEqual(['minor']);
    expect(summary.figures.mktC).toBeGreaterThan(6);
    expect(summary.verdict).toBe('breached');
  });

  it('has no summary without readings', () => {
    expect(summarise(EMPTY_COLD_CHAIN_STATE, goat)).toBeNull();
  });

  it('survives a trip through JSON (the state is stored between batches)', () => {
    const { state } = analyse(series([3, 6, 6]));
    const stored = JSON.parse(JSON.stringify(state));
    const more = series([3], { fromMinute: 15 });
    expect(foldReadings(stored, more, goat, ids()).state).toEqual(
      foldReadings(state, more, goat, ids()).state,
    );
  });
});
