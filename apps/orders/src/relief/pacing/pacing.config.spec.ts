import { pacingConfigFromEnv } from './pacing.config';

describe('pacing and offer settings', () => {
  it('defaults to a 10 % tolerance, an hourly sweep and offers to the top 20', () => {
    expect(pacingConfigFromEnv({})).toEqual({
      tolerancePercent: 10,
      sweepIntervalMs: 3_600_000,
      offerTopN: 20,
    });
  });

  it('reads them from the environment', () => {
    expect(
      pacingConfigFromEnv({
        RELIEF_PACE_TOLERANCE_PERCENT: '12.5',
        RELIEF_PACE_SWEEP_INTERVAL_MS: '500',
        EMERGENCY_SALE_OFFER_TOP_N: '3',
      }),
    ).toEqual({ tolerancePercent: 12.5, sweepIntervalMs: 500, offerTopN: 3 });
  });

  it.each([
    ['RELIEF_PACE_TOLERANCE_PERCENT', '150'],
    ['RELIEF_PACE_TOLERANCE_PERCENT', 'ten'],
    ['RELIEF_PACE_SWEEP_INTERVAL_MS', '0'],
    ['EMERGENCY_SALE_OFFER_TOP_N', '2.5'],
    ['EMERGENCY_SALE_OFFER_TOP_N', '-1'],
  ])('refuses %s=%p at start-up', (name, value) => {
    expect(() => pacingConfigFromEnv({ [name]: value })).toThrow(name);
  });
});
