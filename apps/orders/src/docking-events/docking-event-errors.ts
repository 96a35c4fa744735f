import { ConflictError, UnprocessableError } from '@hb/platform';

/** A producer has one booth at a fair: registering again is a conflict, not a second booth. */
export class AlreadyExhibiting extends ConflictError {
  constructor(
    readonly eventId: string,
    readonly producerId: string,
  ) {
    super(`producer ${producerId} is already an exhibitor of docking fair ${eventId}`, {
      eventId,
      producerId,
    });
  }
}

/** Orders knows a producer (and its county) only from the products catalog announced for it. */
export class UnknownProducer extends UnprocessableError {
  constructor(readonly producerId: string) {
    super(`producer ${producerId} has no product in the catalog, so its county is not known`, { producerId });
  }
}

/** An intent is for a product shown at the fair: one of an exhibitor's. */
export class ProductNotExhibited extends UnprocessableError {
  constructor(
    readonly eventId: string,
    readonly productId: string,
  ) {
    super(`product ${productId} is not a product of an exhibitor of docking fair ${eventId}`, {
      eventId,
      productId,
    });
  }
}

/** The order an intent becomes needs somewhere to deliver to. */
export class IntentDeliveryAddressMissing extends UnprocessableError {
  constructor(readonly intentId: string) {
    super(`purchase intent ${intentId} has no deliveryAddress: give one with the order`, { intentId });
  }
}

/** An intent under the product's smallest order could never become an order. */
export class IntentUnderMinimum extends UnprocessableError {
  constructor(
    readonly productId: string,
    readonly minOrderQuantity: number,
  ) {
    super(`product ${productId} is sold from ${minOrderQuantity} units`, { productId, minOrderQuantity });
  }
}
