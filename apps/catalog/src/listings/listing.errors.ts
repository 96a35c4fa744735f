import { ConflictError, UnprocessableError } from '@hb/platform';

/** Only a listed product goes on a storefront. */
export class ProductNotListable extends UnprocessableError {
  constructor(readonly productId: string) {
    super(
      `product ${productId} does not exist or is not listed; only listed products can go on a storefront`,
      { productId },
    );
  }
}

/** A storefront's SKU names one product. */
export class SkuAlreadyUsed extends ConflictError {
  constructor(
    readonly externalSku: string,
    readonly productId: string,
    readonly listingId: string,
  ) {
    super(`your storefront already uses SKU ${externalSku} for product ${productId}`, { listingId });
  }
}

/** A storefront lists a product once. */
export class ProductAlreadyOnStorefront extends ConflictError {
  constructor(
    readonly productId: string,
    readonly externalSku: string,
    readonly listingId: string,
  ) {
    super(`your storefront already lists product ${productId} as SKU ${externalSku}`, { listingId });
  }
}

/** The SKU or the product is on the storefront already, as a listing committed meanwhile. */
export class ListingAlreadyExists extends ConflictError {
  constructor() {
    super('your storefront already has this SKU or this product');
  }
}
