import { ConflictError, ForbiddenError, UnprocessableError } from '@hb/platform';

/** The sale is over: it cannot be closed again nor sold from. */
export class SaleClosed extends ConflictError {
  constructor(readonly saleId: string) {
    super(`emergency sale ${saleId} is closed`, { saleId });
  }
}

/** An emergency sale is for produce on sale: a draft or delisted product cannot have one. */
export class ProductNotOnSale extends UnprocessableError {
  constructor(
    readonly productId: string,
    readonly productStatus: string,
  ) {
    super(`product ${productId} is ${productStatus}: only a listed product can be put on emergency sale`, {
      productId,
      productStatus,
    });
  }
}

/** An emergency sale helps a producer sell, it does not raise the price: at most the lowest tier. */
export class PriceAboveLowestTier extends UnprocessableError {
  constructor(
    readonly unitPriceCents: number,
    readonly lowestTierPriceCents: number,
  ) {
    super(
      `unitPriceCents ${unitPriceCents} is above the product's lowest tier price ${lowestTierPriceCents}`,
      { unitPriceCents, lowestTierPriceCents },
    );
  }
}

/** Only unexpired, unreserved stock can be set aside; an expired product has none. */
export class NotEnoughStockToHold extends UnprocessableError {
  constructor(
    readonly productId: string,
    readonly requested: number,
    readonly available: number,
  ) {
    super(
      available === 0
        ? `product ${productId} has no unexpired stock left to put on emergency sale`
        : `product ${productId} has ${available} unexpired units left, fewer than the ${requested} asked for`,
      { productId, requested, available },
    );
  }
}

export class SaleEndsInThePast extends UnprocessableError {
  constructor(readonly endsAt: string) {
    super(`endsAt ${endsAt} has passed: an emergency sale ends in the future`, { endsAt });
  }
}

/** An emergency sale is opened by those who answer for the product: its producer, county official, an administrator. */
export class NotAnsweringForProduct extends ForbiddenError {
  constructor(readonly productId: string) {
    super(
      "only the product's producer, its county's official or an administrator may open an emergency sale",
      {
        productId,
      },
    );
  }
}
