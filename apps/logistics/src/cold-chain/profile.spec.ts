import { COLD_CHAIN_PROFILES } from '@hb/contracts';
import { deviationC, directionOf, intersectProfiles, isEmptyProfile } from './profile';

describe('cold-chain profiles', () => {
  it('keeps a load of chilled goat and kiwifruit in the range both tolerate, with the shorter dwell', () => {
    expect(
      intersectProfiles([COLD_CHAIN_PROFILES.chilled_meat, COLD_CHAIN_PROFILES.temperate_fruit]),
    ).toEqual({ minC: 0, maxC: 4, maxDwellMinutes: 30 });
  });

  it('takes the warmest lower bound and the coldest upper bound of differing ranges', () => {
    expect(
      intersectProfiles([
        { minC: 0, maxC: 5, maxDwellMinutes: 60 },
        { minC: 2, maxC: 6, maxDwellMinutes: 90 },
      ]),
    ).toEqual({ minC: 2, maxC: 5, maxDwellMinutes: 60 });
  });

  it('finds no common range for frozen goods and tropical fruit', () => {
    const profile = intersectProfiles([COLD_CHAIN_PROFILES.frozen, COLD_CHAIN_PROFILES.tropical_fruit]);
    expect(isEmptyProfile(profile)).toBe(true);
    expect(directionOf(-20, profile)).not.toBeNull();
    expect(directionOf(13, profile)).not.toBeNull();
  });

  it('counts tropical fruit at 8 °C as out of range (chilling injury below 12 °C)', () => {
    const mango = COLD_CHAIN_PROFILES.tropical_fruit;
    expect(directionOf(8, mango)).toBe('below');
    expect(deviationC('below', 8, mango)).toBe(4);
    expect(directionOf(12, mango)).toBeNull();
  });

  it('includes both bounds in the range: frozen goods at exactly −18 °C are fine, at −17.9 °C they are not', () => {
    expect(directionOf(-18, COLD_CHAIN_PROFILES.frozen)).toBeNull();
    expect(directionOf(-17.9, COLD_CHAIN_PROFILES.frozen)).toBe('above');
  });

  it('refuses to plan a shipment without lines', () => {
    expect(() => intersectProfiles([])).toThrow();
  });
});
