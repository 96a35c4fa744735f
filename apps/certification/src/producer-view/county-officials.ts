/**
 * A county official (`org` = the county's code) reads the applications and certificates of its
 * county's producers only, as catalog's events placed them; `:county` is the official's code.
 */
export const PRODUCERS_OF_COUNTY = `SELECT vp.id FROM viewed_producers vp WHERE vp.county_code = :county`;
