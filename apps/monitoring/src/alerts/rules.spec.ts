import { highIsBad, lowIsBad, ratioOf, severityOfDrop, severityOfExcess } from './rules';

describe('early-warning verdicts with hysteresis', () => {
  it('raises a low-is-bad measure below its threshold and clears it only past the hysteresis band', () => {
    expect(lowIsBad(0.79, 0.8, 0.1)).toBe('raise');
    expect(lowIsBad(0.8, 0.8, 0.1)).toBe('keep');
    expect(lowIsBad(0.89, 0.8, 0.1)).toBe('keep');
    expect(lowIsBad(0.9, 0.8, 0.1)).toBe('clear');
    expect(lowIsBad(null, 0.8, 0.1)).toBe('keep');
  });

  it('raises a high-is-bad share above its threshold and clears it only well below', () => {
    expect(highIsBad(0.31, 0.3, 0.1)).toBe('raise');
    expect(highIsBad(0.3, 0.3, 0.1)).toBe('keep');
    expect(highIsBad(0.25, 0.3, 0.1)).toBe('keep');
    expect(highIsBad(0.2, 0.3, 0.1)).toBe('clear');
    expect(highIsBad(null, 0.3, 0.1)).toBe('keep');
  });

  it('grades severity by how far past the threshold the measure is', () => {
    expect(severityOfDrop(0.7, 0.8)).toBe('warning');
    expect(severityOfDrop(0.5, 0.8)).toBe('critical');
    expect(severityOfExcess(0.4, 0.3)).toBe('warning');
    expect(severityOfExcess(0.6, 0.3)).toBe('critical');
  });

  it('has no ratio without a baseline', () => {
    expect(ratioOf(5, 0)).toBeNull();
    expect(ratioOf(1, 3)).toBe(0.3333);
  });
});
