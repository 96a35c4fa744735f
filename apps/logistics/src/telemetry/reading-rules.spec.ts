import 'reflect-metadata';
import {
  EventValidationError,
  isReadingTime,
  parseEventData,
  readingTimeMs,
  telemetryReadingProblems,
  TelemetryReadingsRecorded,
} from '@hb/contracts';

const reading = (overrides: Record<string, unknown> = {}) => ({
  deviceId: 'TT-4G-860123045678901',
  recordedAt: '2026-11-28T07:15:00+08:00',
  temperatureC: 2.6,
  humidityPct: 88,
  lat: 26.7719,
  lon: 106.5723,
  ...overrides,
});

describe('what a reading must say (HTTP and Kafka alike)', () => {
  it.each([
    '2026-11-28T07:15:00Z',
    '2026-11-28T07:15Z',
    '2026-11-28T07:15:00.123456+08:00',
    '2028-02-29T23:59:59-05:30',
    '2000-02-29T12:00:00Z',
  ])('accepts %s as a device time', (time) => {
    expect(isReadingTime(time)).toBe(true);
  });

  it.each([
    ['a date without a time', '2026-11-28'],
    ['a time without a zone', '2026-11-28T07:15:00'],
    ['31 February', '2026-02-31T07:15:00Z'],
    ['29 February of a common year', '2026-02-29T07:15:00Z'],
    ['29 February of a century that is not a leap year', '2100-02-29T07:15:00Z'],
    ['month 13', '2026-13-01T07:15:00Z'],
    ['hour 24', '2026-11-28T24:00:00Z'],
    ['minute 60', '2026-11-28T07:60:00Z'],
    ['second 60', '2026-11-28T07:15:60.5+08:00'],
    ['an offset of 15 hours', '2026-11-28T07:15:00+15:00'],
    ['an offset of 60 minutes, without seconds', '2026-11-28T07:15-05:60'],
    ['an offset without its colon', '2026-11-28T07:15:00+0800'],
    ['year 0', '0000-01-01T00:00:00Z'],
    ['a number', 1764314100000],
    ['nothing', undefined],
  ])('refuses %s as a device time', (_label, time) => {
    expect(isReadingTime(time)).toBe(false);
  });

  it('finds nothing wrong with a complete reading, or one without the optional fields', () => {
    expect(
      telemetryReadingProblems([reading(), { ...reading(), humidityPct: null, lat: undefined }]),
    ).toEqual([]);
  });

  it('names every field of every reading that is wrong', () => {
    expect(
      telemetryReadingProblems([
        reading({ recordedAt: undefined }),
        reading({ temperatureC: '4.2' }),
        reading({ temperatureC: 61 }),
        reading({ temperatureC: Number.NaN, deviceId: '' }),
        'not a reading',
      ]),
    ).toEqual([
      'readings.0.recordedAt: must be an ISO-8601 timestamp with a time and a UTC offset',
      'readings.1.temperatureC: must be a number from -60 to 60',
      'readings.2.temperatureC: must be a number from -60 to 60',
      'readings.3.deviceId: must be a string of 1 to 100 characters',
      'readings.3.temperatureC: must be a number from -60 to 60',
      'readings.4: must be an object',
    ]);
  });

  it('refuses a Kafka batch with a bad reading, or over a thousand readings, as invalid data', () => {
    const shipmentId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    expect(() =>
      parseEventData(TelemetryReadingsRecorded, {
        shipmentId,
        readings: [reading(), reading({ temperatureC: -75 })],
      }),
    ).toThrow(/readings\.1\.temperatureC/);
    expect(() =>
      parseEventData(TelemetryReadingsRecorded, {
        shipmentId,
        readings: Array.from({ length: 1001 }, (_, i) =>
          reading({ recordedAt: new Date(i * 60_000).toISOString() }),
        ),
      }),
    ).toThrow(EventValidationError);
    expect(
      parseEventData(TelemetryReadingsRecorded, { shipmentId, readings: [reading()] }).readings,
    ).toHaveLength(1);
  });
});

describe('the instant of a device time', () => {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');

  it.each([
    '2026-11-28T07:15:00+08:00',
    '2026-11-28T07:15Z',
    '2026-11-28T07:15-05:30',
    '2026-11-28T07:15:00.5Z',
    '2026-11-28T07:15:00.12+14:00',
    '2026-11-28T07:15:00.123999-12:00',
    '2028-02-29T23:59:59.999Z',
    '2000-03-01T00:00:00+00:30',
    '1970-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '0099-12-31T23:59:59.9+01:00',
    '9999-12-31T23:59:59.999999Z',
  ])('reads %s as Date.parse does', (time) => {
    expect(isReadingTime(time)).toBe(true);
    expect(readingTimeMs(time)).toBe(Date.parse(time));
  });

  it('agrees with Date.parse on every shape of timestamp the contract accepts', () => {
    let seed = 7;
    const next = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % below;
    };
    for (let index = 0; index < 20_000; index += 1) {
      const date = `${pad(1 + next(9999), 4)}-${pad(1 + next(12), 2)}-${pad(1 + next(28), 2)}`;
      const time = `${pad(next(24), 2)}:${pad(next(60), 2)}`;
      const seconds = next(3) === 0 ? '' : `:${pad(next(60), 2)}`;
      const fraction = seconds && next(2) === 0 ? `.${pad(next(10 ** 6), 6).slice(0, 1 + next(6))}` : '';
      const offset =
        next(3) === 0 ? 'Z' : `${next(2) === 0 ? '+' : '-'}${pad(next(15), 2)}:${pad(next(60), 2)}`;
      const text = `${date}T${time}${seconds}${fraction}${offset}`;
      expect([text, readingTimeMs(text)]).toEqual([text, Date.parse(text)]);
    }
  });
});
