import { ConflictError, UnprocessableError } from '@hb/platform';

/** A quote can be awarded up to and including its validUntil day, not after. */
export class QuoteExpired extends ConflictError {
  constructor(
    readonly quoteId: string,
    readonly validUntil: string,
  ) {
    super(`quote ${quoteId} was valid until ${validUntil}`, { quoteId, validUntil });
  }
}

/** Quotes are taken while the request is open only. */
export class RfqClosed extends ConflictError {
  constructor(
    readonly rfqId: string,
    readonly rfqStatus: string,
  ) {
    super(`request for quotation ${rfqId} is ${rfqStatus}`, { rfqId, rfqStatus });
  }
}

/** The quoted product must be the producer's own, listed, in the requested category (and county). */
export class ProductDoesNotMatchRfq extends UnprocessableError {
  constructor(
    readonly productId: string,
    readonly problem: string,
  ) {
    super(`product ${productId} ${problem}`, { productId, problem });
  }
}

/** An awarded quote becomes an order, which needs somewhere to deliver to. */
export class DeliveryAddressMissing extends UnprocessableError {
  constructor(readonly rfqId: string) {
    super(`request for quotation ${rfqId} has no deliveryAddress: give one with the award`, { rfqId });
  }
}
