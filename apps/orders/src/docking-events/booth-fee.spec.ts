import { boothFeeFor, boothFeeReason } from './booth-fee';
import { dockingEventsConfigFromEnv } from './docking-events.config';

const defaults = dockingEventsConfigFromEnv({}).boothFeeReductionPercent;

describe('booth fees at a docking fair', () => {
  it('waives the fee for a deep-poverty county, halves it for a key county, charges the rest in full', () => {
    expect(boothFeeFor(300_000, 'deep', defaults)).toEqual({
      fullBoothFeeCents: 300_000,
      reductionPercent: 100,
      reductionCents: 300_000,
      boothFeeCents: 0,
    });
    expect(boothFeeFor(300_001, 'key', defaults)).toMatchObject({
      reductionCents: 150_001,
      boothFeeCents: 150_000,
    });
    expect(boothFeeFor(300_000, 'lifted', defaults)).toMatchObject({
      reductionCents: 0,
      boothFeeCents: 300_000,
    });
    expect(boothFeeFor(300_000, null, defaults)).toMatchObject({
      reductionPercent: 0,
      boothFeeCents: 300_000,
    });
  });

  it('reads other reductions from the environment and refuses nonsense at start', () => {
    const config = dockingEventsConfigFromEnv({
      ORDERS_BOOTH_FEE_REDUCTION_KEY_PERCENT: '30',
      ORDERS_BOOTH_FEE_REDUCTION_DEEP_PERCENT: '80',
    });
    expect(boothFeeFor(10_000, 'key', config.boothFeeReductionPercent).boothFeeCents).toBe(7_000);
    expect(boothFeeFor(10_000, 'deep', config.boothFeeReductionPercent).boothFeeCents).toBe(2_000);
    expect(() => dockingEventsConfigFromEnv({ ORDERS_BOOTH_FEE_REDUCTION_KEY_PERCENT: '120' })).toThrow(
      'ORDERS_BOOTH_FEE_REDUCTION_KEY_PERCENT',
    );
    expect(() => dockingEventsConfigFromEnv({ ORDERS_INTENT_DELIVERY_DAYS: 'soon' })).toThrow(
      'ORDERS_INTENT_DELIVERY_DAYS',
    );
  });

  it('says why', () => {
    expect(boothFeeReason('Zhaojue', 'deep', 100)).toBe(
      'Zhaojue, a deep-poverty county: the booth fee is waived',
    );
    expect(boothFeeReason('Leishan', 'key', 50)).toBe('Leishan, a key county: 50 % off the booth fee');
    expect(boothFeeReason('Wangmo', 'lifted', 0)).toContain('full fee');
  });
});
