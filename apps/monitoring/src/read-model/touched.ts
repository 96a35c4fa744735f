/** What an applied event may have changed, so that only the rules about it are evaluated again. */
export interface Touched {
  /** Markets (county × category) whose orders or prices moved. */
  readonly markets: readonly { countyCode: string; category: string }[];
  /** Categories whose reference price may have moved. */
  readonly categories: readonly string[];
  /** Products whose stock or price changed. */
  readonly products: readonly string[];
  readonly producers: readonly string[];
}

export const NOTHING_TOUCHED: Touched = { markets: [], categories: [], products: [], producers: [] };
