import { ConflictError } from '@hb/platform';

/** Only a price the check flagged is reviewed. */
export class PriceNotFlagged extends ConflictError {
  constructor(
    readonly productId: string,
    readonly priceReview: string,
  ) {
    super(`the price of product ${productId} is not flagged (it is ${priceReview})`, { priceReview });
  }
}
