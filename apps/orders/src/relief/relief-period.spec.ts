import { reliefPeriod } from './relief-period';

const now = new Date('2026-12-06T10:00:00Z');

describe('the period of a relief report', () => {
  it('defaults to this year so far', () => {
    expect(reliefPeriod({}, now)).toEqual({ from: '2026-01-01', to: '2026-12-06' });
    expect(reliefPeriod({ to: '2025-03-31' }, now)).toEqual({ from: '2025-01-01', to: '2025-03-31' });
  });

  it('covers up to ten years, not a day more', () => {
    expect(reliefPeriod({ from: '2016-01-01', to: '2025-12-31' }, now).to).toBe('2025-12-31');
    expect(() => reliefPeriod({ from: '2016-01-01', to: '2026-01-01' }, now)).toThrow('at most 10 years');
    expect(() => reliefPeriod({ from: '0001-01-01', to: '9999-12-31' }, now)).toThrow('at most 10 years');
    expect(reliefPeriod({ from: '2016-02-29', to: '2026-02-28' }, now).from).toBe('2016-02-29');
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => reliefPeriod({ from: '2026-03-01', to: '2026-02-28' }, now)).toThrow('after');
  });
});
