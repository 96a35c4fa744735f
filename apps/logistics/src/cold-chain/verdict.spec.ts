import { COLD_CHAIN_PROFILES } from '@hb/contracts';
import { minutesOf, severityOf, verdictOf, worseSeverity } from './verdict';

const goat = COLD_CHAIN_PROFILES.chilled_meat; // 0–4 °C, 30 min
const minutes = (n: number) => n * 60_000;

describe('excursion severity', () => {
  it('is minor while back within the allowed dwell, even at the last second', () => {
    expect(severityOf(minutes(30), 2, goat)).toBe('minor');
  });

  it('is major once the dwell is exceeded', () => {
    expect(severityOf(minutes(30) + 1, 2, goat)).toBe('major');
  });

  it('is critical when far out of range, however short', () => {
    expect(severityOf(minutes(1), 5, goat)).toBe('critical');
    expect(severityOf(minutes(1), 4.99, goat)).toBe('minor');
  });

  it('is critical when it lasts more than four times the dwell', () => {
    expect(severityOf(minutes(120), 1, goat)).toBe('major');
    expect(severityOf(minutes(121), 1, goat)).toBe('critical');
  });

  it('ranks critical over major over minor', () => {
    expect(worseSeverity('minor', 'critical')).toBe('critical');
    expect(worseSeverity('major', 'minor')).toBe('major');
    expect(worseSeverity(null, 'minor')).toBe('minor');
    expect(worseSeverity(null, null)).toBeNull();
  });
});

describe('cold-chain verdict', () => {
  const clean = { excursions: 0, worstSeverity: null, outOfRangeMs: 0, mktC: 2.8 } as const;

  it('is ok when nothing was ever out of range and MKT is in range', () => {
    expect(verdictOf(clean, goat)).toBe('ok');
  });

  it('is excursion when out of range only briefly', () => {
    expect(
      verdictOf({ ...clean, excursions: 1, worstSeverity: 'minor', outOfRangeMs: minutes(12) }, goat),
    ).toBe('excursion');
  });

  it('is breached by one excursion beyond the dwell', () => {
    expect(
      verdictOf({ ...clean, excursions: 1, worstSeverity: 'major', outOfRangeMs: minutes(45) }, goat),
    ).toBe('breached');
  });

  it('is breached by a critical excursion', () => {
    expect(
      verdictOf({ ...clean, excursions: 1, worstSeverity: 'critical', outOfRangeMs: minutes(2) }, goat),
    ).toBe('breached');
  });

  it('is breached when short excursions add up to more than twice the dwell', () => {
    const inputs = { ...clean, excursions: 4, worstSeverity: 'minor' as const };
    expect(verdictOf({ ...inputs, outOfRangeMs: minutes(60) }, goat)).toBe('excursion');
    expect(verdictOf({ ...inputs, outOfRangeMs: minutes(61) }, goat)).toBe('breached');
  });

  it('is breached when the mean kinetic temperature is out of range', () => {
    expect(verdictOf({ ...clean, excursions: 1, worstSeverity: 'minor', mktC: 4.01 }, goat)).toBe('breached');
    expect(verdictOf({ ...clean, mktC: 4 }, goat)).toBe('ok');
  });
});

describe('minutes', () => {
  it('are rounded up, so that a published figure over the dwell is never shown as equal to it', () => {
    expect(minutesOf(0)).toBe(0);
    expect(minutesOf(minutes(30))).toBe(30);
    expect(minutesOf(minutes(30) + 20_000)).toBe(31);
  });
});
