import { ConflictError, ForbiddenError, UnprocessableError } from '@hb/platform';

/** Products belong to a producer the catalog knows (registered with POST /v1/producers). */
export class ProducerNotKnown extends UnprocessableError {
  constructor(readonly producerId: string) {
    super(`producer ${producerId} is not registered in the catalog`, { producerId });
  }
}

/** Price tiers that cannot price every order: each broken rule, as a validation error of `priceTiers`. */
export class PriceTiersInconsistent extends UnprocessableError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '), { errors: [{ field: 'priceTiers', messages: [...problems] }] });
  }
}

/** A producer registers products for its own organisation only. */
export class ProducerRegistersForItself extends ForbiddenError {
  constructor(readonly producerId: string) {
    super(`a producer registers products for itself only; ${producerId} is not your organisation`, {
      producerId,
    });
  }
}

/** A product, its stock included, is managed by its producer or an administrator. */
export class NotProductManager extends ForbiddenError {
  constructor(
    readonly productId: string,
    detail = `only the producer of product ${productId} or an administrator may change it`,
  ) {
    super(detail, { productId });
  }
}

/** A GTIN names one trade item: two products cannot share one. */
export class GtinTaken extends ConflictError {
  constructor(readonly gtin: string) {
    super(`GTIN ${gtin} already belongs to another product`, { gtin });
  }
}
