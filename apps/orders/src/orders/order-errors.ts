import { DomainError } from '@hb/platform';

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
