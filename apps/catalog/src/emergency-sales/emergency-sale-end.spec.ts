import { emergencySaleSweepIntervalMs } from './emergency-sale-end.service';

describe('CATALOG_EMERGENCY_SALE_SWEEP_INTERVAL_MS', () => {
  it('defaults to a minute', () => {
    expect(emergencySaleSweepIntervalMs({})).toBe(60_000);
  });

  it('takes a positive number of milliseconds', () => {
    expect(emergencySaleSweepIntervalMs({ CATALOG_EMERGENCY_SALE_SWEEP_INTERVAL_MS: '250' })).toBe(250);
  });

  it.each(['0', '-5', 'soon', '1.5'])('refuses %p at start-up', (raw) => {
    expect(() => emergencySaleSweepIntervalMs({ CATALOG_EMERGENCY_SALE_SWEEP_INTERVAL_MS: raw })).toThrow(
      /CATALOG_EMERGENCY_SALE_SWEEP_INTERVAL_MS/,
    );
  });
});
