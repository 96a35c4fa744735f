import { DomainError, UnprocessableError } from '@hb/platform';

export interface BreachedLine {
  productId: string;
  producerId: string;
  quantity: number;
}

/** Kept lines from a shipment that breached the cold chain, without a reason: they would count as relief. */
export class BreachedColdChainError extends DomainError {
  readonly status = 422;
  readonly code = 'breached-cold-chain';
  readonly title = 'A line from a shipment that breached the cold chain needs a decision';
  constructor(readonly lines: BreachedLine[]) {
    super(
      `${lines.length} line(s) came in a shipment that breached the cold chain: refuse each (acceptedQuantity 0) or keep it with an overrideReason of at least 10 characters`,
      { lines },
    );
  }
}

/** More of a line accepted than is left of it once recalled lots are taken away. */
export class RecalledQuantityNotAcceptable extends DomainError {
  readonly status = 422;
  readonly code = 'recalled-quantity';
  readonly title = 'Recalled goods cannot be accepted';
  constructor(
    readonly productId: string,
    readonly acceptableQuantity: number,
    readonly recalledQuantity: number,
  ) {
    super(
      `at most ${acceptableQuantity} of product ${productId} can be accepted: ${recalledQuantity} came from recalled lots`,
      { productId, acceptableQuantity, recalledQuantity },
    );
  }
}

/** One line per product: two lines of one product would be reserved and priced apart. */
export class DuplicateOrderProducts extends UnprocessableError {
  constructor(readonly productIds: readonly string[]) {
    super('each product may appear once per order; add the quantities into one line', {
      productIds: [...productIds],
    });
  }
}

/** An order is delivered today or later. */
export class DeliveryDateInPast extends UnprocessableError {
  constructor(
    readonly requestedDeliveryDate: string,
    readonly today: string,
  ) {
    super(`requestedDeliveryDate ${requestedDeliveryDate} has passed`, { requestedDeliveryDate, today });
  }
}

export interface RejectedLine {
  productId: string;
  problem: string;
}

/** Lines no order can be placed with: an unknown or unlisted product, too small a quantity, a closed sale… */
export class OrderLinesRejected extends UnprocessableError {
  constructor(readonly lines: readonly RejectedLine[]) {
    super(lines.map((line) => `${line.productId}: ${line.problem}`).join('; '), { lines: [...lines] });
  }
}

/** An acceptance names a product the order does not have. */
export class LineNotInOrder extends UnprocessableError {
  constructor(readonly productId: string) {
    super(`product ${productId} is not a line of this order`, { productId });
  }
}

export class LineNamedTwice extends UnprocessableError {
  constructor(readonly productId: string) {
    super(`product ${productId} is named twice`, { productId });
  }
}

export class AcceptedMoreThanOrdered extends UnprocessableError {
  constructor(
    readonly productId: string,
    readonly acceptedQuantity: number,
    readonly orderedQuantity: number,
  ) {
    super(`cannot accept ${acceptedQuantity} of product ${productId}: ${orderedQuantity} were ordered`, {
      productId,
      acceptedQuantity,
      orderedQuantity,
    });
  }
}

/** An overrideReason keeps a line of a breached shipment; any other line has nothing to override. */
export class NoOverrideToGive extends UnprocessableError {
  constructor(readonly productId: string) {
    super(
      `product ${productId} did not come in a shipment that breached the cold chain: no override to give`,
      { productId },
    );
  }
}

/** A refund resolution says how much; the other resolutions refund nothing. */
export class RefundDoesNotFitResolution extends UnprocessableError {
  constructor(
    readonly resolution: string,
    readonly refundCents: number,
  ) {
    super(
      resolution === 'refund'
        ? 'a refund resolution needs refundCents of at least 1'
        : `a ${resolution} resolution refunds nothing: leave refundCents out`,
      { resolution, refundCents },
    );
  }
}

/** A dispute refunds at most what the accepted lines are worth (the refused ones are refunded already). */
export class RefundAboveAccepted extends UnprocessableError {
  constructor(
    readonly refundCents: number,
    readonly refundableCents: number,
  ) {
    super(`cannot refund ${refundCents} cents: the accepted lines are worth ${refundableCents}`, {
      refundCents,
      refundableCents,
    });
  }
}

/** An Idempotency-Key stands for one request: the same key with another body is a client bug. */
export class IdempotencyKeyReused extends UnprocessableError {
  constructor(readonly idempotencyKey: string) {
    super('this Idempotency-Key was already used with a different request body', { idempotencyKey });
  }
}
