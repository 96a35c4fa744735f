/**
 * Administrative division codes (GB/T 2260), 6 digits: 2 for the province, 2 for the city or
 * prefecture, 2 for the district, county or county-level city. `510000` is Sichuan, `510700` the city
 * of Mianyang, `510703` its Fucheng district and `510781` Jiangyou, a county-level city under it.
 */
export const REGION_CODE = /^\d{6}$/;

/** A city or prefecture: the last two digits are 00 (and the middle two are not). */
export const isCityCode = (code: string): boolean =>
  REGION_CODE.test(code) && code.endsWith('00') && !code.endsWith('0000');

/** A district, county or county-level city: the last two digits are not 00. */
export const isCountyLevelCode = (code: string): boolean => REGION_CODE.test(code) && !code.endsWith('00');

/** A region that can assist or be a buyer's home: a city/prefecture or a district/county-level city (not a province). */
export const isAssistingRegionCode = (code: string): boolean => isCityCode(code) || isCountyLevelCode(code);

/**
 * Whether a place lies in a region: a city covers itself and its districts and county-level cities
 * (same first four digits); a district or county-level city covers itself only.
 */
export const regionCovers = (region: string, place: string): boolean =>
  isCityCode(region) ? place.slice(0, 4) === region.slice(0, 4) : place === region;

/** The same rule in SQL, for reports: `region` and `place` are SQL expressions of char(6) codes. */
export const regionCoversSql = (region: string, place: string): string =>
  `(CASE WHEN right(${region}, 2) = '00' THEN left(${place}, 4) = left(${region}, 4) ELSE ${place} = ${region} END)`;
