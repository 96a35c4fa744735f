import { ConfigurationError, envDuration, envInt } from './env';

describe('envInt', () => {
  const env = (value: string | undefined) => ({ POOL: value });

  it('falls back when the variable is unset or empty, and reads a whole number', () => {
    expect(envInt('POOL', 10, { env: env(undefined) })).toBe(10);
    expect(envInt('POOL', 10, { env: env('  ') })).toBe(10);
    expect(envInt('POOL', 10, { env: env(' 25 ') })).toBe(25);
    expect(envInt('POOL', 10, { env: env('0'), min: 0 })).toBe(0);
  });

  it.each(['12abc', '1.5', 'ten', '1e3', '99999999999999999999'])(
    'refuses %j at start, naming the variable',
    (value) => {
      expect(() => envInt('POOL', 10, { env: env(value) })).toThrow(ConfigurationError);
      expect(() => envInt('POOL', 10, { env: env(value) })).toThrow(`POOL: "${value}" is not a whole number`);
    },
  );

  it('refuses a number out of range instead of running with the default', () => {
    expect(() => envInt('POOL', 10, { env: env('0') })).toThrow('POOL: "0" is out of range (at least 1)');
    expect(() => envInt('POOL', 10, { env: env('-3') })).toThrow(ConfigurationError);
    expect(() => envInt('POOL', 10, { env: env('101'), max: 100 })).toThrow('(from 1 to 100)');
  });
});

describe('envDuration', () => {
  const env = (value: string | undefined) => ({ SWEEP: value });

  it('reads a bare number in the unit asked for, and a number with a unit', () => {
    expect(envDuration('SWEEP', 60_000, { env: env(undefined) })).toBe(60_000);
    expect(envDuration('SWEEP', 60_000, { env: env('1500') })).toBe(1_500);
    expect(envDuration('SWEEP', 60_000, { env: env('30s') })).toBe(30_000);
    expect(envDuration('SWEEP', 60_000, { env: env('15m') })).toBe(900_000);
    expect(envDuration('SWEEP', 3600, { env: env('12h'), unit: 's' })).toBe(43_200);
    expect(envDuration('SWEEP', 3600, { env: env('600'), unit: 's' })).toBe(600);
    expect(envDuration('SWEEP', 7, { env: env('2d'), unit: 'd' })).toBe(2);
  });

  it.each(['soon', '10 minutes', '-5s', '1.5h', ''])('refuses %j unless empty', (value) => {
    if (value === '') expect(envDuration('SWEEP', 5, { env: env(value) })).toBe(5);
    else expect(() => envDuration('SWEEP', 5, { env: env(value) })).toThrow(/^SWEEP: ".*" is not a duration/);
  });

  it('refuses a duration that is not a whole number of the unit, or out of range', () => {
    expect(() => envDuration('SWEEP', 60, { env: env('1500ms'), unit: 's' })).toThrow(
      'SWEEP: "1500ms" is not a duration such as 30s, 15m, 12h or 7d (a whole number of s)',
    );
    expect(() => envDuration('SWEEP', 60, { env: env('0s') })).toThrow('out of range');
    expect(envDuration('SWEEP', 60, { env: env('0'), unit: 's', min: 0 })).toBe(0);
  });
});
