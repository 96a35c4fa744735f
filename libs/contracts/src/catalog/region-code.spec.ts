import { isAssistingRegionCode, isCityCode, isCountyLevelCode, regionCovers } from './region-code';

describe('administrative division codes', () => {
  it('tells cities from districts and county-level cities, and refuses provinces', () => {
    expect(isCityCode('510700')).toBe(true);
    expect(isCountyLevelCode('510703')).toBe(true);
    expect(isCountyLevelCode('510781')).toBe(true);
    expect(isAssistingRegionCode('510000')).toBe(false);
    expect(isAssistingRegionCode('51070')).toBe(false);
  });

  it('lets a city pairing cover its districts and county-level cities, and a district only itself', () => {
    expect(regionCovers('510700', '510703')).toBe(true);
    expect(regionCovers('510700', '510781')).toBe(true);
    expect(regionCovers('510700', '510700')).toBe(true);
    expect(regionCovers('510700', '510104')).toBe(false);
    expect(regionCovers('510703', '510703')).toBe(true);
    expect(regionCovers('510703', '510781')).toBe(false);
  });
});
